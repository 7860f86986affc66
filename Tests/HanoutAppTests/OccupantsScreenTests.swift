import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// The clerk's day and an 80x24 terminal: 18 occupants in view, windows of 54.
let occupantsContext = AppContext(language: .en, today: TestDay.day)

/// `count` made-up artisans numbered from `first`, as the store would list them.
func sampleOccupants(_ count: Int, from first: Int = 1) -> [Occupant] {
    (first..<first + count).map { number in
        Occupant(
            id: Int64(number), kind: .artisan, name: "Artisan \(number)", trades: ["MEN"],
            commune: "Tiznit")
    }
}

/// The directory after the store answered its first window.
func loadedDirectory(_ occupants: [Occupant], total: Int? = nil) -> OccupantsScreen {
    var screen = OccupantsScreen()
    screen.receive(
        .occupants(occupants, offset: 0, count: .exactly(total ?? occupants.count)),
        for: .occupants(screen.query),
        occupantsContext)
    return screen
}

let sampleTrades = [
    Trade(
        code: "BIJ", nameFr: "Bijouterie", nameEn: "Jewellery", branchFr: "Bijouterie",
        branchEn: "Jewellery", family: .art),
    Trade(
        code: "MEN", nameFr: "Menuiserie", nameEn: "Carpentry", branchFr: "Bois",
        branchEn: "Wood", family: .art),
]

@Suite("Occupant directory: keys and loading")
struct OccupantsScreenTests {
    @Test("the directory first asks for a window of occupants from the start")
    func firstRequest() {
        #expect(OccupantsScreen().request == .occupants(OccupantQuery(offset: 0, limit: 100)))
        #expect(!OccupantsScreen().capturesText)
    }

    @Test("typing in the search asks for the new query from the first row, letter by letter")
    func typingSearches() {
        var screen = loadedDirectory(sampleOccupants(30))
        screen.selected = 12
        #expect(screen.handle(.char("/"), occupantsContext) == .done)
        #expect(screen.capturesText)
        var outcomes: [Outcome?] = []
        for letter in "ait" { outcomes.append(screen.handle(.char(letter), occupantsContext)) }
        #expect(
            outcomes.map { $0?.effects }
                == ["a", "ai", "ait"].map {
                    [.load(.occupants(OccupantQuery(search: $0, offset: 0, limit: 54)))]
                })
        var expected = OccupantsScreen()
        expected.focus = .search
        expected.search = InputLine(text: "ait")
        expected.query = OccupantQuery(search: "ait", offset: 0, limit: 54)
        #expect(screen == expected)
        #expect(screen.request == .occupants(OccupantQuery(search: "ait", offset: 0, limit: 54)))
    }

    @Test("moving the cursor in the search does not ask the store again")
    func cursorKeysDoNotReload() {
        var screen = OccupantsScreen()
        _ = screen.handle(.char("/"), occupantsContext)
        _ = screen.handle(.char("x"), occupantsContext)
        #expect(screen.handle(.left, occupantsContext) == .done)
        #expect(screen.handle(.up, occupantsContext) == .done)
        #expect(screen.search.text == "x")
    }

    @Test("Enter, Tab and ↓ leave the search for the list; Esc clears, then leaves")
    func leavingTheSearch() {
        for key in [Key.enter, .tab, .down] {
            var screen = OccupantsScreen()
            _ = screen.handle(.char("/"), occupantsContext)
            #expect(screen.handle(key, occupantsContext) == .done)
            #expect(screen.focus == .list)
        }
        var screen = OccupantsScreen()
        _ = screen.handle(.char("/"), occupantsContext)
        _ = screen.handle(.char("z"), occupantsContext)
        #expect(
            screen.handle(.escape, occupantsContext)?.effects
                == [.load(.occupants(OccupantQuery(offset: 0, limit: 54)))])
        #expect(screen.search.text.isEmpty && screen.focus == .search)
        #expect(screen.handle(.escape, occupantsContext) == .done)
        #expect(screen.focus == .list)
        #expect(screen.handle(.escape, occupantsContext) == nil, "Esc in the list goes back")
    }

    @Test("Backspace in an empty search stays in the directory")
    func backspaceOnEmptySearch() {
        var screen = OccupantsScreen()
        _ = screen.handle(.char("/"), occupantsContext)
        #expect(screen.handle(.backspace, occupantsContext) == .done)
        #expect(screen.focus == .search)
    }

    @Test("the store's answer goes only to the screen whose request it is")
    func resultsRouting() throws {
        var state = AppState(context: occupantsContext)
        state.stack.append(.occupants(OccupantsScreen()))
        _ = AppCore.update(&state, .key(.function(7)))
        _ = AppCore.update(&state, .key(.char("q")))
        #expect(state.isRunning, "q is typed into the search, it does not quit")
        let stale = OccupantQuery(offset: 0, limit: 100)
        _ = AppCore.update(
            &state,
            .loaded(
                .occupants(stale), .occupants(sampleOccupants(9), offset: 0, count: .exactly(9))))
        let before = try #require(state.top.occupants)
        #expect(before.total == nil && before.rows.isEmpty)
        let fresh = OccupantQuery(search: "q", offset: 0, limit: 54)
        let found = [Occupant(id: 4, kind: .artisan, name: "Qassem", trades: ["BIJ"])]
        _ = AppCore.update(
            &state, .loaded(.occupants(fresh), .occupants(found, offset: 0, count: .exactly(1))))
        let after = try #require(state.top.occupants)
        #expect(after.rows == found && after.total == 1)
    }

    @Test("the selection stays between the first and the last occupant")
    func selectionClamps() {
        var screen = loadedDirectory(sampleOccupants(5))
        #expect(screen.handle(.up, occupantsContext) == .done)
        #expect(screen.selected == 0)
        _ = screen.handle(.pageDown, occupantsContext)
        #expect(screen.selected == 4)
        _ = screen.handle(.char("j"), occupantsContext)
        #expect(screen.selected == 4)
        _ = screen.handle(.home, occupantsContext)
        #expect(screen.selected == 0 && screen.scroll == 0)
        var empty = loadedDirectory([])
        #expect(empty.handle(.down, occupantsContext) == .done)
        #expect(empty.handle(.enter, occupantsContext) == .done)
        #expect(empty.selected == 0)
    }

    @Test("inside the loaded window, moving asks nothing; past it, the next window is asked")
    func windowing() {
        var screen = loadedDirectory(sampleOccupants(100), total: 1_000_000)
        #expect(screen.update(.list(.to(82)), occupantsContext) == .done)
        #expect(screen.scroll == 65)
        // Rows 83 to 100 in view: row 100 is not loaded yet.
        #expect(
            screen.update(.list(.to(100)), occupantsContext).effects
                == [
                    .load(
                        .occupants(
                            OccupantQuery(offset: 65, limit: 54, counting: .none, known: 1_000_000))
                    )
                ])
        #expect(
            screen.request
                == .occupants(
                    OccupantQuery(offset: 65, limit: 54, counting: .none, known: 1_000_000)))
        screen.receive(
            .occupants(sampleOccupants(54, from: 66), offset: 65, count: nil),
            for: .occupants(screen.query), occupantsContext)
        #expect(screen.rowsOffset == 65 && screen.current?.id == 101)
        #expect(
            screen.handle(.end, occupantsContext)?.effects
                == [
                    .load(
                        .occupants(
                            OccupantQuery(
                                offset: 999_964, limit: 54, counting: .none, known: 1_000_000)))
                ])
        #expect(screen.selected == 999_999 && screen.scroll == 999_982)
        #expect(screen.current == nil, "not loaded until the store answers")
        #expect(screen.handle(.enter, occupantsContext) == .done)
    }

    @Test(
        "a search counted only so far says 'more than', counts further near its end; End counts all"
    )
    func uncountedSearch() {
        var screen = OccupantsScreen()
        _ = screen.update(.focusSearch, occupantsContext)
        let typed = screen.update(.edit(.char("a")), occupantsContext)
        #expect(
            typed.effects == [
                .load(
                    .occupants(
                        OccupantQuery(search: "a", offset: 0, limit: 54, counting: .upTo(1_000))))
            ])
        screen.receive(
            .occupants(sampleOccupants(54), offset: 0, count: .moreThan(1_000)),
            for: .occupants(screen.query), occupantsContext)
        #expect(screen.total == 1_001 && !screen.list.totalIsExact)
        #expect(screen.countText(occupantsContext) == "more than 1,000 match")
        // Within a screen of what is known, the next window counts a thousand further.
        _ = screen.update(.leaveSearch, occupantsContext)
        let near = screen.update(.list(.to(990)), occupantsContext)
        #expect(
            near.effects == [
                .load(
                    .occupants(
                        OccupantQuery(search: "a", offset: 955, limit: 54, counting: .upTo(2_001))))
            ])
        // End: the store counts all of it and answers with the last window.
        let end = screen.update(.list(.last), occupantsContext)
        #expect(end.effects.count == 1)
        #expect(screen.query.fromEnd && screen.query.counting == .all)
        screen.receive(
            .occupants(sampleOccupants(54, from: 4_947), offset: 4_946, count: .exactly(5_000)),
            for: .occupants(screen.query), occupantsContext)
        #expect(screen.list.totalIsExact && screen.total == 5_000)
        #expect(screen.selected == 4_999 && screen.current?.id == 5_000)
        #expect(screen.countText(occupantsContext) == "5,000 occupants match")
    }

    @Test("when another clerk's change shrinks the list, the selection follows it in")
    func shrinkingList() {
        var screen = loadedDirectory(sampleOccupants(60))
        _ = screen.update(.list(.to(50)), occupantsContext)
        screen.receive(
            .occupants(sampleOccupants(10), offset: 0, count: .exactly(10)),
            for: .occupants(screen.query),
            occupantsContext)
        #expect(screen.selected == 9 && screen.scroll == 0)
        #expect(screen.current?.id == 10)
    }

    @Test("t opens the trade menu, reading the catalogue once; Enter filters the list")
    func tradeFilter() {
        var screen = loadedDirectory(sampleOccupants(10))
        #expect(screen.handle(.char("t"), occupantsContext)?.effects == [.load(.trades)])
        #expect(screen.request == .trades)
        screen.receive(.trades(sampleTrades), for: .trades, occupantsContext)
        #expect(screen.tradeFilter.highlighted == 0)
        _ = screen.handle(.down, occupantsContext)
        #expect(
            screen.handle(.enter, occupantsContext)?.effects
                == [.load(.occupants(OccupantQuery(trade: "BIJ", offset: 0, limit: 54)))])
        #expect(screen.tradeFilter.code == "BIJ" && !screen.tradeFilter.isOpen)
        #expect(screen.tradeFilter.label(occupantsContext) == "BIJ Jewellery")

        #expect(screen.handle(.char("t"), occupantsContext) == .done, "the catalogue is kept")
        #expect(screen.tradeFilter.highlighted == 1, "the menu opens on the current filter")
        _ = screen.handle(.end, occupantsContext)
        #expect(screen.handle(.escape, occupantsContext) == .done)
        #expect(screen.tradeFilter.code == "BIJ" && !screen.tradeFilter.isOpen)

        _ = screen.handle(.char("t"), occupantsContext)
        _ = screen.handle(.home, occupantsContext)
        _ = screen.handle(.enter, occupantsContext)
        #expect(screen.tradeFilter.code == nil)
        #expect(screen.request == .occupants(OccupantQuery(offset: 0, limit: 54)))
    }

    @Test("choosing the trade already chosen does not reload")
    func sameTrade() {
        var screen = loadedDirectory(sampleOccupants(3))
        screen.tradeFilter.trades = sampleTrades
        _ = screen.handle(.char("t"), occupantsContext)
        #expect(screen.handle(.enter, occupantsContext) == .done)
    }

    @Test("Enter opens the selected occupant's record, a picks a unit for them")
    func navigation() throws {
        var state = AppState(context: occupantsContext)
        state.stack.append(.occupants(loadedDirectory(sampleOccupants(10))))
        _ = AppCore.update(&state, .key(.down))
        #expect(AppCore.update(&state, .key(.enter)) == [.load(.occupant(id: 2))])
        #expect(state.top == .occupant(OccupantScreen(occupantID: 2)))
        _ = AppCore.update(&state, .key(.escape))
        _ = try #require(state.top.occupants)
        _ = AppCore.update(&state, .key(.function(2)))
        #expect(state.top == .unitPicker(UnitPicker(occupant: sampleOccupants(2)[1])))
    }

    @Test("a click on a row selects it; on the search line, focuses the search")
    func mouse() {
        var screen = loadedDirectory(sampleOccupants(30))
        // Title bar, search, filter, header: the third occupant is on screen row 6.
        _ = screen.handle(.mouse(row: 6, column: 10, kind: .clicked(button: 1)), occupantsContext)
        #expect(screen.selected == 2)
        _ = screen.handle(.mouse(row: 1, column: 10, kind: .clicked(button: 1)), occupantsContext)
        #expect(screen.focus == .search)
        _ = screen.handle(.mouse(row: 21, column: 3, kind: .clicked(button: 1)), occupantsContext)
        #expect(screen.selected == 17 && screen.focus == .list)
        _ = screen.handle(.mouse(row: 22, column: 3, kind: .clicked(button: 1)), occupantsContext)
        #expect(screen.selected == 17, "the message line is not a row")
        _ = screen.handle(.mouse(row: 9, column: 3, kind: .scrollDown), occupantsContext)
        #expect(screen.selected == 20)
    }

    @Test("every key the directory knows is in its help, in both languages")
    func help() {
        let english = OccupantsScreen().help(occupantsContext).map(\.keys).joined(separator: " ")
        for key in ["/", "F7", "Tab", "Enter", "Esc", "t", "↑", "j", "PgDn", "Home", "a", "F2"] {
            #expect(english.contains(key), "\(key)")
        }
        let french = AppContext(language: .fr, today: TestDay.day)
        #expect(OccupantsScreen().title(french) == "Répertoire des occupants")
        #expect(
            OccupantsScreen().help(french).count == OccupantsScreen().help(occupantsContext).count)
    }
}
