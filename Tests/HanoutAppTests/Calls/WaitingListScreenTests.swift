import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing
import TextLayout

@testable import HanoutApp

/// The waiting list of a zone, one trade at a time, read by windows.
@MainActor
@Suite struct WaitingListScreenTests {
    func waitingListOfTAF(_ language: Language = .en) throws -> AppHarness {
        let app = try AppHarness(language: language, scene: CallScene.allocated)
        app.press(.char("g"))
        app.type("TAF")
        app.press(.enter, .char("W"))
        return app
    }

    @Test func wOnAZoneShowsItsWaitingListInLineWithRankScoreAndDayJoined() throws {
        let app = try waitingListOfTAF()
        expectScreen(
            app,
            """
            | Hanout · Waiting list TAF                                          29 Nov 2026 |
            | Zone TAF · trade BIJ (1/2, ← →) · 2 waiting                                    |
            |  Place Applicant                            File               Rk  Pts Joined  |
            |      1 Lahoucine Id Lmoudden                TAF-2027-01/0007    3   32 28/11/26|
            |      2 Rachida Benhammou                    TAF-2027-01/0005    4   25 28/11/26|
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
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |1Help   2       3       4Zones  5People 6Go to  7       8       9       10Quit  |
            """)
    }

    @Test func leftAndRightGoThroughTheTradesSomeoneWaitsFor() throws {
        let app = try waitingListOfTAF(.fr)
        #expect(app.lines[1].contains("Zone TAF · métier BIJ (1/2, ← →) · 2 en attente"))
        app.press(.right)
        #expect(app.lines[1].contains("métier POT (2/2, ← →) · 1 en attente"), "\(app.text)")
        #expect(app.lines[3].contains("Hassane Ahrouch"))
        app.press(.right)
        #expect(app.lines[3].contains("Lahoucine Id Lmoudden"), "round to the first trade")
    }

    @Test func scrollingReadsOnlyTheWindowAndCountsOncePerTrade() throws {
        var screen = WaitingListScreen(zoneCode: "TAF")
        #expect(
            screen.request
                == .waitingList(
                    zone: "TAF", trade: nil, offset: 0, limit: 100, counting: true, known: nil))
        let context = AppContext(
            language: .en, today: TestDay.day, size: Size(width: 80, height: 24))
        let lines = (0..<60).map { index in
            WaitingLine(
                entry: WaitingEntry(
                    applicationID: Int64(index), occupantID: Int64(index), callReference: "C",
                    zoneCode: "TAF", trade: "BIJ", rank: index + 1, total: 50, joinedOn: TestDay.day
                ),
                applicant: "N\(index)", filingNumber: "C/\(index)")
        }
        screen.receive(
            .waitingList(
                WaitingPage(trade: "BIJ", trades: ["BIJ"], lines: lines, offset: 0, total: 100_000)),
            for: screen.request ?? .calls, context)
        #expect(screen.list.total == 100_000)
        let handled = screen.handle(.end, context)
        let outcome = try #require(handled)
        guard
            case .load(.waitingList(_, "BIJ", let offset, let limit, let counting, 100_000))? =
                outcome.effects.first
        else {
            Issue.record("no window read: \(outcome)")
            return
        }
        #expect(offset > 99_000 && limit < 100 && !counting, "\(offset) \(limit)")
    }
}
