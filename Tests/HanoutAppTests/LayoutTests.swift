import HanoutDomain
import TerminalKit
import Testing
import TextLayout

@testable import HanoutApp

/// One layout per frame and one set of list keys: what update hit-tests and
/// pages by is what render draws, on every screen.
@MainActor
@Suite struct LayoutTests {
    // MARK: - List keys

    @Test func everyListMovesWithTheSameKeys() {
        let expected: [(Key, ListMove?)] = [
            (.up, .by(-1)), (.down, .by(1)), (.char("k"), .by(-1)), (.char("j"), .by(1)),
            (.pageUp, .page(-1)), (.pageDown, .page(1)), (.home, .first), (.end, .last),
            (.enter, nil), (.char("x"), nil), (.mouse(row: 3, column: 3, kind: .scrollDown), nil),
        ]
        for (key, move) in expected {
            #expect(ListKeys.move(for: key) == move, "\(key)")
        }
    }

    @Test func aListUnderASearchLineLeavesLettersHomeAndEndToTheSearch() {
        for key: Key in [.char("k"), .char("j"), .home, .end] {
            #expect(ListKeys.move(for: key, typing: true) == nil, "\(key)")
        }
        #expect(ListKeys.move(for: .down, typing: true) == .by(1))
        #expect(ListKeys.move(for: .pageUp, typing: true) == .page(-1))
    }

    @Test func aPageMovesOneRowAtLeastAndTheEndIsClampedByTheList() {
        #expect(ListMove.page(1).index(from: 5, page: 0) == 6)
        #expect(ListMove.page(-2).index(from: 50, page: 10) == 30)
        #expect(ListMove.by(-1).index(from: 0, page: 10) == -1)
        #expect(ListMove.last.index(from: 3, page: 10) == Int.max)
    }

    @Test func onlyTheRowsUnderTheHeaderTakeClicks() {
        let list = ListArea(frame: Rect(row: 3, column: 0, width: 10, height: 5), header: 1)
        #expect(list.rowCount == 4)
        #expect(list.index(atRow: 3, column: 2, scroll: 10) == nil, "the header")
        #expect(list.index(atRow: 4, column: 2, scroll: 10) == 10)
        #expect(list.index(atRow: 7, column: 9, scroll: 10) == 13)
        #expect(list.index(atRow: 8, column: 2, scroll: 10) == nil, "below the list")
        #expect(ListArea(frame: Rect(row: 3, column: 0, width: 10, height: 0), header: 1).page == 1)
    }

    // MARK: - Clicks land on what is drawn

    @Test func aClickOnTheRegionTotalSelectsNoZone() throws {
        // At 80x12 seven zones show; the total line is where an eighth would be.
        let app = try AppHarness(width: 80, height: 12)
        #expect(app.lines[9].contains("Region: 12 zones"))
        app.press(.mouse(row: 9, column: 10, kind: .clicked(button: 1)))
        let zones = try #require(app.state.top.zones)
        #expect(zones.list.selected == 0)
        app.press(.mouse(row: 8, column: 10, kind: .clicked(button: 1)))
        let after = try #require(app.state.top.zones)
        #expect(after.list.selected == 6, "the last row in view")
    }

    @Test func aClickOnTheUnitTableHeaderSelectsNoUnit() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .tab, .end)
        #expect(app.lines[14].hasPrefix("Unit    m² Trades"))
        app.press(.mouse(row: 14, column: 10, kind: .clicked(button: 1)))
        let zone = try #require(app.state.top.zone)
        #expect(zone.selected == 24)
        app.press(.mouse(row: 15, column: 10, kind: .clicked(button: 1)))
        let after = try #require(app.state.top.zone)
        #expect(after.selected == after.tableScroll && after.selected < 24, "the first row in view")
    }

    @Test func aClickBelowTheCandidatesSelectsNoOne() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .right, .right, .right, .char("a"))
        let picker = try #require(app.state.top.occupantPicker)
        // More candidates than rows in view, so that the message line maps to one.
        #expect(picker.candidates.count > 17)
        app.press(.mouse(row: 22, column: 10, kind: .clicked(button: 1)))
        let after = try #require(app.state.top.occupantPicker)
        #expect(after.list.selected == 0)
        app.press(.mouse(row: 6, column: 10, kind: .clicked(button: 1)))
        let second = try #require(app.state.top.occupantPicker)
        #expect(second.list.selected == 1, "the second candidate's row")
    }
}
