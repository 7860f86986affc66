import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// The waiting list drives vacancies: `a` on a vacant unit proposes who
/// waits for it first, and passing over the first in line needs a reason.
@MainActor
@Suite struct WaitingPickerTests {
    /// The picker of TAF-01, released after the Tafraout call's run.
    func pickerOfTAF01() throws -> AppHarness {
        let app = try AppHarness(scene: CallScene.allocated)
        app.press(.char("g"))
        app.type("TAF-01")
        app.press(.enter, .char("a"))
        return app
    }

    @Test func thePickerShowsTheZonesWaitingListForTheUnitsTradesFirst() throws {
        let app = try pickerOfTAF01()
        let picker = try #require(app.state.top.occupantPicker)
        #expect(
            picker.waiting.map(\.occupant.name) == ["Lahoucine Id Lmoudden", "Rachida Benhammou"])
        #expect(app.lines[1].contains("waiting list first (rank, score, joined)"), "\(app.text)")
        #expect(app.lines[5].hasPrefix(" W1 Lahoucine Id Lmoudden         BIJ    rk 3 · 32 pts"))
        #expect(app.lines[5].hasSuffix("28/11/26   "), "the day joined")
        #expect(app.lines[6].hasPrefix(" W2 Rachida Benhammou             BIJ    rk 4 · 25 pts"))
        #expect(app.lines[7].hasPrefix("  3 "), "then the others as before")
        #expect(
            !app.text.contains("Hassane Ahrouch"), "a potter does not wait for a jewellery unit")
    }

    @Test func theFirstInLineIsAssignedWithNoReasonAndLeavesTheList() throws {
        let app = try pickerOfTAF01()
        app.press(.enter)
        #expect(!app.text.contains("first in line"), "no reason asked: \(app.text)")
        app.press(.enter)
        #expect(
            app.text.contains("Allocated: TAF-01 to Lahoucine Id Lmoudden (BIJ)."), "\(app.text)")
        let waiting = try app.database.waitingList(zone: "TAF", trade: "BIJ", includingLeft: true)
        #expect(waiting.first { $0.occupantID == 43 }?.left?.why == .placed)
        let entry = try #require(try app.database.journal(unitCode: "TAF-01", limit: 1).first)
        #expect(entry.action == .assign && entry.note == nil)
    }

    @Test func passingOverTheFirstInLineAsksAReasonThatTheJournalKeeps() throws {
        let app = try pickerOfTAF01()
        app.press(.down, .enter)
        #expect(app.text.contains("Why not Lahoucine Id Lmoudden (first in line) :"), "\(app.text)")
        app.press(.enter)
        #expect(app.text.contains("Passing over the first in line needs a written reason."))
        #expect(try app.database.unit(code: "TAF-01", on: TestDay.day).occupant == nil)
        app.type("Premier injoignable depuis le 28/11")
        app.press(.enter)
        #expect(app.text.contains("Allocated: TAF-01 to Rachida Benhammou (BIJ)."), "\(app.text)")
        let entry = try #require(try app.database.journal(unitCode: "TAF-01", limit: 1).first)
        #expect(entry.action == .assign)
        #expect(
            entry.note
                == "passed over TAF-2027-01/0007 (Lahoucine Id Lmoudden), first in line: Premier injoignable depuis le 28/11"
        )
        let waiting = try app.database.waitingList(zone: "TAF", trade: "BIJ")
        #expect(waiting.map(\.occupantID) == [43], "the one passed over still waits, first")
    }

    @Test func theStoreRefusesPassingOverWithoutAReasonAndWritesNothing() throws {
        let app = try AppHarness(scene: CallScene.allocated)
        let request = AllocationRequest(
            unitCode: "TAF-01", occupantID: 47, trade: "BIJ",
            period: Period(openFrom: TestDay.day))
        #expect(throws: PassedOverWithoutReason.self) {
            try app.database.assign(request, passingOverReason: "  ", by: "test")
        }
        #expect(try app.database.unit(code: "TAF-01", on: TestDay.day).occupant == nil)
    }
}
