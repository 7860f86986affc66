import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// The run previewed, committed, and its offers answered from the keyboard.
@MainActor
@Suite struct AllocationFlowTests {
    let reference = CallScene.reference

    /// Ranked and frozen, the four units back in service (works over).
    static func frozen(_ database: AppDatabase) throws {
        try CallScene.ranked(database)
        try database.freezeRanking(call: CallScene.reference, by: "test")
        for unit in ["TAF-11", "TAF-12", "TAF-13", "TAF-14"] {
            try database.changeCondition(
                unitCode: unit, to: .available(note: "travaux finis"), today: TestDay.day,
                by: "test")
        }
    }

    @Test func thePreviewShowsEachOfferAndEveryApplicantNotPlacedWithTheReason() throws {
        let app = try AppHarness(scene: Self.frozen)
        app.press(.char("c"), .enter, .char("P"))
        expectScreen(
            app,
            """
            | Hanout · Allocation run TAF-2027-01                                29 Nov 2026 |
            | Ranking v1 · 2 offers · 3 not placed · a preview, nothing written              |
            | Rk Applicant                      Trd. Proposed                                |
            |  1 Moulay Ahmed Tagadirt          BIJ  → TAF-12                                |
            |  2 Ahmed Amalou                   POT  → TAF-14                                |
            |  3 Rachida Benhammou              BIJ  ✗ ranked below the units offered: on th…|
            |  4 Itto Assoufid                  POT  ✗ already holds the zone's maximum of u…|
            |  5 Hassane Ahrouch                POT  ✗ ranked below the units offered: on th…|
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            | Enter commit · Esc back (nothing written)                                      |
            |                                                                                |
            |1Help   2       3       4Zones  5People 6Go to  7       8       9       10Quit  |
            """)
        app.press(.down, .down)
        #expect(app.lines[20].contains("Rachida Benhammou: ranked below"), "\(app.text)")
        app.press(.escape)
        #expect(try app.database.offers(call: reference).isEmpty, "a preview writes nothing")
    }

    @Test func committingMakesTheOffersAndAcceptingOneAllocatesTheUnit() throws {
        let app = try AppHarness(scene: Self.frozen)
        app.press(.char("c"), .enter, .char("P"), .enter)
        #expect(app.text.contains("Commit the run of TAF-2027-01: offers made on 29 Nov 2026? y/n"))
        app.press(.char("y"))
        #expect(app.text.contains("2 offers made, 3 not placed."), "\(app.text)")
        #expect(try app.database.call(reference).status == .allocated)
        #expect(app.text.contains("offers 2 · placed 0"))
        app.press(.char("f"))
        #expect(
            app.lines[2].contains("Moulay Ahmed Tagadirt        TAF-12  29/11/26 14/12/26 pending"))
        app.press(.char("A"), .char("y"))
        #expect(
            app.text.contains("Offer 1 accepted: TAF-12 allocated (decision TAF-2027-01)."),
            "\(app.text)")
        #expect(app.lines[2].contains("accepted 29/11/26"))
        let unit = try app.database.unit(code: "TAF-12", on: TestDay.day.adding(days: 200))
        #expect(unit.occupant?.name == "Moulay Ahmed Tagadirt")
    }

    @Test func decliningPassesTheUnitToTheNextInLine() throws {
        let app = try AppHarness(scene: {
            try Self.frozen($0)
            try $0.commitAllocation(call: CallScene.reference, on: TestDay.day, by: "test")
        })
        app.press(.char("c"), .enter, .char("f"), .char("D"), .char("y"))
        #expect(
            app.text.contains("Offer 1 declined. TAF-12 offered to the next in line (offer 3)."),
            "\(app.text)")
        #expect(app.lines[4].contains("Rachida Benhammou            TAF-12"), "\(app.text)")
    }

    @Test func anOfferPastItsDayShowsLapsedByDate() throws {
        let app = try AppHarness(scene: {
            try Self.frozen($0)
            try $0.commitAllocation(
                call: CallScene.reference, on: TestDay.day.adding(days: -20), by: "test")
        })
        app.press(.char("c"), .enter, .char("f"))
        #expect(app.lines[2].contains("lapsed 25/11/26"), "\(app.text)")
        app.press(.char("A"), .char("y"))
        #expect(app.state.message?.kind == .error, "a lapsed offer cannot be accepted")
    }

    @Test func lRecordsTheLapsedOffersAndOffersTheirUnitsToTheNextInLine() throws {
        let app = try AppHarness(scene: {
            try Self.frozen($0)
            try $0.commitAllocation(
                call: CallScene.reference, on: TestDay.day.adding(days: -20), by: "test")
        })
        app.press(.char("c"), .enter, .char("f"), .char("L"))
        #expect(app.text.contains("Record the offers lapsed by 29 Nov 2026? y/n"))
        app.press(.char("y"))
        #expect(
            app.text.contains("Lapsed offers recorded; 2 new offers to the next in line."),
            "\(app.text)")
        let offers = try app.database.offers(call: reference)
        #expect(offers.prefix(2).allSatisfy { $0.answer?.state == .lapsed })
        #expect(offers.count == 4)
    }

    @Test func noFileIsTakenOnACallNoLongerOpen() throws {
        let app = try AppHarness(scene: {
            try Self.frozen($0)
            try $0.commitAllocation(call: CallScene.reference, on: TestDay.day, by: "test")
        })
        app.press(.char("c"), .enter, .char("n"))
        #expect(app.state.top.call != nil)
        #expect(
            app.text.contains("Files are received while the call is open (this one is allocated)."))
    }
}
