import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// Reserve, works, back in service and transfer, as a clerk goes through
/// them from the zone screen and the unit's record.
@MainActor
@Suite struct UnitFormFlowTests {
    /// The zone screen of AOU, AOU-04 (vacant) selected.
    static func vacantUnit() throws -> AppHarness {
        let app = try AppHarness()
        app.press(.down, .down, .enter)  // AME, ANZ, AOU
        app.press(.right, .right, .right)  // AOU-04
        return app
    }

    /// AOU-04 reserved for Abdellah Aït Taleb (#6) from the zone screen.
    static func reserved() throws -> AppHarness {
        let app = try vacantUnit()
        app.press(.char("v"), .enter)  // the first candidate
        app.type("Relogement")
        app.press(.tab)
        app.type("31/12/2026")
        app.press(.enter, .char("y"))
        return app
    }

    @Test func reservingAsksForWhomWhyAndUntilThenConfirms() throws {
        let app = try Self.vacantUnit()
        app.press(.char("v"))
        #expect(app.lines[0].contains("Reserve AOU-04"), "\(app.text)")
        app.press(.enter)
        #expect(app.lines[0].contains("Reserve AOU-04 for Abdellah Aït Taleb"), "\(app.text)")
        app.press(.enter)
        #expect(app.text.contains("Give the reason for the reservation."), "\(app.text)")
        app.type("Relogement")
        app.press(.tab)
        app.type("2026-11-01")
        app.press(.enter)
        #expect(app.text.contains("Invalid date"), "\(app.text)")
        app.press(.ctrl("u"))
        app.type("31/12/2026")
        app.press(.enter)
        #expect(
            app.text.contains("Reserve AOU-04 for Abdellah Aït Taleb until 31 Dec 2026? y/n"),
            "\(app.text)")
        // No: back to the fields, nothing written.
        app.press(.char("n"))
        #expect(try app.database.unit(code: "AOU-04", on: TestDay.day).state == .vacant)
        app.press(.enter, .char("y"))
        #expect(app.text.contains("Reserved: AOU-04 for Abdellah Aït Taleb."), "\(app.text)")
        #expect(app.lines[2].contains("04 R"), "\(app.text)")
        let unit = try app.database.unit(code: "AOU-04", on: TestDay.day).unit
        #expect(
            unit.detail.reservedFor == 6 && unit.detail.until == Day(year: 2026, month: 12, day: 31)
        )
        #expect(unit.detail.note == "Relogement")
    }

    @Test func assigningTheReservedUnitToAnotherOccupantIsRefusedWhole() throws {
        let app = try Self.reserved()
        app.press(.char("a"), .down, .enter, .enter)
        #expect(
            app.text.contains("Unit AOU-04 is reserved for Abdellah Aït Taleb until 31 Dec 2026:"),
            "\(app.text)")
        #expect(app.text.contains("or put it back in service first."), "\(app.text)")
    }

    @Test func theHolderIsNamedInTheTableAndProposedFirstWhenAssigning() throws {
        let app = try Self.vacantUnit()
        app.press(.char("v"), .down, .down, .enter)  // the third: Lhoussaine Aït Baha
        app.type("Relogement")
        app.press(.enter, .char("y"))
        let row = try #require(app.lines.first { $0.hasPrefix("AOU-04") })
        #expect(row.contains("R reserved") && row.contains("→ Lhoussaine Aït Baha"), "\(app.text)")
        app.press(.char("a"))
        let first = app.lines[5]
        #expect(
            first.contains("Lhoussaine Aït Baha") && first.contains("★ reserved"), "\(app.text)")
    }

    @Test func worksThenBackInServiceFromTheUnitRecord() throws {
        let app = try Self.vacantUnit()
        app.press(.enter)  // AOU-04's record
        app.press(.char("w"))
        #expect(app.lines[0].contains("Put AOU-04 under works"), "\(app.text)")
        app.type("Toiture")
        app.press(.tab)
        app.type("2027-03-31")
        app.press(.enter)
        #expect(app.text.contains("Put AOU-04 under works until 31 Mar 2027? y/n"), "\(app.text)")
        app.press(.char("y"))
        #expect(app.lines[0].contains("Unit AOU-04"), "\(app.text)")
        #expect(app.text.contains("W under works until 31 Mar 2027 — Toiture"), "\(app.text)")
        #expect(app.text.contains("unit condition → under works : Toiture"), "\(app.text)")
        #expect(try #require(app.state.top.unit).actions.contains(.backInService))
        app.press(.char("s"))
        #expect(app.lines[0].contains("Put AOU-04 back in service"), "\(app.text)")
        app.press(.enter, .char("y"))
        #expect(app.text.contains("In service: AOU-04."), "\(app.text)")
        #expect(try app.database.unit(code: "AOU-04", on: TestDay.day).state == .vacant)
    }

    @Test func transferringAnOccupiedUnitPicksTheNewOccupantThenConfirms() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter)  // AOU-01, Lahcen Ennajjar
        app.press(.char("T"))
        #expect(app.lines[0].contains("Transfer AOU-01"), "\(app.text)")
        app.press(.enter)
        app.type("Cession")
        app.press(.enter)
        #expect(
            app.text.contains(
                "Transfer AOU-01 from Lahcen Ennajjar to Abdellah Aït Taleb on 29 Nov 2026? y/n"),
            "\(app.text)")
        app.press(.char("y"))
        #expect(app.text.contains("Transferred: AOU-01 to Abdellah Aït Taleb."), "\(app.text)")
        #expect(app.lines[0].contains("AOU ·"), "\(app.text)")
        #expect(try app.database.unit(code: "AOU-01", on: TestDay.day).occupant?.id == 6)
    }

    @Test func aTransferOnlyTheTradeRuleRefusesAsksForTheOverridesReason() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .char("T"))  // AOU-01: EBE, MEN
        app.type("Abdelghani Idsalah")  // PLA
        app.press(.enter)
        app.type("Cession")
        app.press(.enter, .char("y"))
        #expect(app.text.contains("Only the trade rule refuses."), "\(app.text)")
        app.press(.enter)
        #expect(app.text.contains("An override needs a written reason."), "\(app.text)")
        app.type("Décision du comité")
        app.press(.enter)
        #expect(app.text.contains("Transferred: AOU-01 to Abdelghani Idsalah."), "\(app.text)")
        let allocation = try #require(
            try app.database.unit(code: "AOU-01", on: TestDay.day).allocation)
        #expect(allocation.trade == "PLA" && allocation.overrideReason == "Décision du comité")
    }

    @Test func aRefusedTransferIsShownWholeAndNothingChanges() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .right, .right, .right, .right)  // AOU-05
        app.press(.char("T"))
        app.type("Brahim Ait Ali")
        app.press(.enter)
        app.type("Cession")
        app.press(.enter, .char("y"))
        #expect(app.text.contains("Refused:"), "\(app.text)")
        #expect(app.text.contains("Brahim Aït Ali already holds AOU-02 in zone AOU"), "\(app.text)")
        #expect(app.text.contains("Nothing was saved."), "\(app.text)")
        #expect(try app.database.unit(code: "AOU-05", on: TestDay.day).occupant?.id != 2)
        app.press(.char("z"))  // any key: back to the fields
        #expect(app.text.contains("Enter: continue"), "\(app.text)")
    }

    @Test func eachKeyIsOfferedOnlyWhereItApplies() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter)  // AOU-01, occupied
        var zone = try #require(app.state.top.zone)
        #expect(zone.actions.contains(.transfer) && !zone.actions.contains(.reserve))
        app.press(.char("v"))
        #expect(app.text.contains("is occupied by Lahcen Ennajjar: release it first (r)."))
        app.press(.char("?"))
        #expect(
            app.text.contains("transfer to another occupant")
                && !app.text.contains("reserve for an occupant"), "\(app.text)")
        app.press(.char("?"))
        app.press(.right, .right, .right)  // AOU-04, vacant
        zone = try #require(app.state.top.zone)
        #expect(zone.actions.isSuperset(of: [.reserve, .works]))
        #expect(!zone.actions.contains(.transfer) && !zone.actions.contains(.backInService))
        app.press(.char("s"))
        #expect(app.text.contains("nothing to put back in service"), "\(app.text)")
        app.press(.down, .right)  // AOU-11, then AOU-12, reserved
        zone = try #require(app.state.top.zone)
        #expect(zone.current?.unit.code == "AOU-12", "\(app.text)")
        #expect(zone.actions.contains(.backInService) && !zone.actions.contains(.works))
        app.press(.char("w"))
        #expect(app.text.contains("put it back in service first (s)"), "\(app.text)")
    }
}
