import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing
import TextLayout

@testable import HanoutApp

/// The whole frame for one screen over the zones, as the clerk would see it.
func occupantsFrame(
    _ screen: Screen, width: Int = 80, height: Int = 24, language: Language = .en
) -> (lines: [String], cursor: Cursor, canvas: Canvas) {
    var state = AppState(
        context: AppContext(
            language: language, today: TestDay.day, size: Size(width: width, height: height)))
    state.stack.append(screen)
    let (canvas, cursor) = AppView.render(state)
    return (canvas.lines, cursor, canvas)
}

/// Names from everywhere the region's data comes from, and one from an attacker.
let mixedOccupants = [
    Occupant(
        id: 2, kind: .artisan, name: "Brahim Aït Ali", category: .master, trades: ["MEN"],
        commune: "Aouartas"),
    Occupant(
        id: 56, kind: .artisan, name: "فاطمة أيت علي", trades: ["TIS", "TAP"], commune: "Ameln"),
    Occupant(id: 7, kind: .cooperative, name: "漢字", trades: ["BIJ"], commune: "Tiznit"),
    Occupant(
        id: 31, kind: .association, name: "Evil\u{1b}]52;c;AAAA\u{07}Name", trades: ["MEN"],
        commune: "Tiznit\u{1b}[2J"),
    Occupant(
        id: 104, kind: .cooperative, name: "Coopérative Tiwizi de menuiserie et d'ébénisterie",
        trades: ["MEN", "EBE"], commune: "Sidi Bou Abdallah"),
]

@Suite("Occupant directory: drawing")
struct OccupantsRenderTests {
    @Test("the directory at 80x24: wide names keep the columns aligned, escapes are defused")
    func directory() {
        var screen = loadedDirectory(mixedOccupants, total: 5)
        screen.selected = 1
        let (lines, cursor, canvas) = occupantsFrame(.occupants(screen))
        let expected = framedRows(
            """
            | Hanout · Occupant directory                                        29 Nov 2026 |
            | Search (/):                                                                    |
            | Trade (t): all trades                                              5 occupants |
            |No. Name                              Kind        Trades         Commune        |
            |  2 Brahim Aït Ali                    artisan     MEN            Aouartas       |
            | 56 فاطمة أيت علي                     artisan     TIS TAP        Ameln          |
            |  7 漢字                              cooperative BIJ            Tiznit         |
            | 31 Evil�]52;c;AAAA�Name              association MEN            Tiznit�[2J     |
            |104 Coopérative Tiwizi de menuiserie… cooperative MEN EBE        Sidi Bou Abdal…|
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
            |1Help   2Assign 3       4Zones  5       6Go to  7Search 8       9       10Quit  |
            """)
        #expect(lines == expected, "\(framed(lines))")
        #expect(cursor == .parked(Position(row: 5, column: 0)))
        #expect((0..<80).allSatisfy { canvas[5, $0].style == Theme.selected })
        #expect(canvas[4, 10].style == .plain)
        #expect(lines.allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test("while searching, the hardware cursor shows on the search line")
    func searching() {
        var screen = OccupantsScreen()
        _ = screen.handle(.char("/"), occupantsContext)
        for letter in "aït" { _ = screen.handle(.char(letter), occupantsContext) }
        screen.receive(
            .occupants([mixedOccupants[0]], offset: 0, count: .exactly(1)),
            for: .occupants(screen.query),
            occupantsContext)
        let (lines, cursor, _) = occupantsFrame(.occupants(screen))
        let expected = framedRows(
            """
            | Hanout · Occupant directory                                        29 Nov 2026 |
            | Search (/): aït                                                                |
            | Trade (t): all trades                                       1 occupant matches |
            |No. Name                              Kind        Trades         Commune        |
            |  2 Brahim Aït Ali                    artisan     MEN            Aouartas       |
            |                                                                                |
            """)
        #expect(Array(lines.prefix(6)) == expected, "\(framed(lines))")
        #expect(cursor == .visible(Position(row: 1, column: 16)))
    }

    @Test("the trade menu opens under the filter line, the current trade highlighted")
    func tradeMenu() {
        var screen = loadedDirectory(mixedOccupants)
        screen.tradeFilter.trades = sampleTrades
        screen.tradeFilter.code = "MEN"
        _ = screen.handle(.char("t"), occupantsContext)
        let (lines, cursor, _) = occupantsFrame(.occupants(screen))
        let expected = framedRows(
            """
            | Hanout · Occupant directory                                        29 Nov 2026 |
            | Search (/):                                                                    |
            | Trade (t): MEN Carpentry                                     5 occupants match |
            |N┌ Trade ───────────────┐             Kind        Trades         Commune        |
            | │ all trades           │             artisan     MEN            Aouartas       |
            | │ BIJ  Jewellery       │             artisan     TIS TAP        Ameln          |
            | │ MEN  Carpentry       │             cooperative BIJ            Tiznit         |
            | └──────────────────────┘             association MEN            Tiznit�[2J     |
            |104 Coopérative Tiwizi de menuiserie… cooperative MEN EBE        Sidi Bou Abdal…|
            """)
        #expect(Array(lines.prefix(9)) == expected, "\(framed(lines))")
        #expect(cursor == .parked(Position(row: 6, column: 2)))
    }

    @Test("on a 40x12 terminal in French the kind and commune give way to the name")
    func tinyFrench() {
        let french = AppContext(
            language: .fr, today: TestDay.day, size: Size(width: 40, height: 12))
        var screen = OccupantsScreen()
        screen.receive(
            .occupants(mixedOccupants, offset: 0, count: .exactly(1234)),
            for: .occupants(screen.query), french)
        let (lines, _, _) = occupantsFrame(.occupants(screen), width: 40, height: 12, language: .fr)
        let expected = framedRows(
            """
            | Hanout · Répertoire des oc… 29/11/2026 |
            | Chercher (/) :                         |
            | Métier (t) : tous les métiers    1 234 |
            |  N° Nom                      Métiers   |
            |   2 Brahim Aït Ali           MEN       |
            |  56 فاطمة أيت علي            TIS TAP   |
            |   7 漢字                     BIJ       |
            |  31 Evil�]52;c;AAAA�Name     MEN       |
            | 104 Coopérative Tiwizi de m… MEN EBE   |
            |     …                                  |
            |                                        |
            |1Ai…2At…3   4Zo…5   6Al…7Ch…8   9   10S…|
            """)
        #expect(lines == expected, "\(framed(lines))")
    }

    @Test("a search that finds nobody says so")
    func nobody() {
        var screen = OccupantsScreen()
        _ = screen.handle(.char("/"), occupantsContext)
        _ = screen.handle(.char("x"), occupantsContext)
        screen.receive(
            .occupants([], offset: 0, count: .exactly(0)), for: .occupants(screen.query),
            occupantsContext)
        let (lines, _, _) = occupantsFrame(.occupants(screen))
        let expected = framedRows(
            """
            | Hanout · Occupant directory                                        29 Nov 2026 |
            | Search (/): x                                                                  |
            | Trade (t): all trades                                        0 occupants match |
            |No. Name                              Kind        Trades         Commune        |
            | Nobody matches.                                                                |
            |                                                                                |
            """)
        #expect(Array(lines.prefix(6)) == expected, "\(framed(lines))")
    }

    @Test("counts read in the clerk's language, thousands grouped")
    func counts() {
        #expect(OccupantsScreen.grouped(1_000_000, .fr) == "1 000 000")
        #expect(OccupantsScreen.grouped(1_234, .en) == "1,234")
        #expect(OccupantsScreen.grouped(999, .en) == "999")
        var screen = loadedDirectory(sampleOccupants(1))
        #expect(screen.countText(occupantsContext) == "1 occupant")
        screen.tradeFilter.code = "MEN"
        screen.total = 0
        #expect(
            screen.countText(AppContext(language: .fr, today: TestDay.day))
                == "0 occupant correspond"
        )
    }
}
