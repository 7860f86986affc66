import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// The arrears and the conventions ending soon, for the region and a zone.
@MainActor
@Suite struct FollowUpScreenTests {
    func app() throws -> AppHarness {
        let app = try AppHarness()
        let signed = try #require(Day("2025-10-01"))
        try app.database.signConvention(
            ConventionRequest(unitCode: "AOU-01", number: "C-1", signedOn: signed), by: "test")
        try app.database.signConvention(
            ConventionRequest(unitCode: "AOU-02", number: "C-2", signedOn: signed, months: 15),
            by: "test")
        try app.database.pay(
            Payment(
                receipt: "Q-1", occupantID: 2, paidOn: try #require(Day("2026-02-01")),
                amount: Money(dirhams: 3_000)),
            today: TestDay.day, by: "test")
        return app
    }

    @Test func theRegionsArrearsListTheOldestDebtFirstAndOpenTheLedger() throws {
        let app = try app()
        app.press(.char("A"))
        let screen = try #require(app.state.top.followUp, "\(app.text)")
        #expect(screen.arrears.map(\.arrears.occupantID) == [1, 2])
        #expect(app.lines[0].contains("Arrears · region"))
        #expect(app.text.contains("#1 Lahcen Ennajjar    AOU-01   1 Oct 2025"), "\(app.text)")
        app.press(.enter)
        #expect(app.state.top.ledger?.occupantID == 1)
    }

    @Test func rightShowsTheConventionsEndingSoonOfTheZone() throws {
        let app = try app()
        app.press(.char("g"))
        app.type("AOU")
        app.press(.enter, .char("A"), .right)
        let screen = try #require(app.state.top.followUp, "\(app.text)")
        #expect(screen.zoneCode == "AOU" && screen.kind == .expiring)
        #expect(screen.expiring.map(\.number) == ["C-2"])
        #expect(app.text.contains("1 convention ends within 90 days"), "\(app.text)")
        app.press(.enter)
        #expect(app.state.top.unit?.unitCode == "AOU-02")
    }
}
