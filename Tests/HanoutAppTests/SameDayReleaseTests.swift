import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutApp

@MainActor
@Suite struct SameDayReleaseTests {
    /// Released the day it began, an allocation held no day: the record says
    /// so, where it used to show its "last day" before its first
    /// ("29 Nov 2026 → 28 Nov 2026").
    @Test func aReleaseTheDayItBeganNeverShowsAnEndBeforeItsStart() throws {
        let app = try AppHarness()
        let holder = try app.database.add(
            Occupant(kind: .artisan, name: "Yassine Amzil", trades: ["MEN"]), by: "t")
        try app.database.assign(
            AllocationRequest(
                unitCode: "AOU-04", occupantID: holder.id, period: Period(openFrom: TestDay.day)),
            by: "t")
        try app.database.release(unitCode: "AOU-04", on: TestDay.day, reason: "Erreur", by: "t")
        app.press(.down, .down, .enter)  // AME, ANZ, AOU
        app.press(.right, .right, .right, .enter)  // AOU-04
        #expect(app.lines[0].contains("Unit AOU-04"), "\(app.text)")
        #expect(!app.text.contains("28 Nov 2026"), "\(app.text)")
        #expect(
            app.text.contains(
                "29 Nov 2026 (ended the same day)  Yassine Amzil (MEN)  released : Erreur"),
            "\(app.text)")
    }
}
