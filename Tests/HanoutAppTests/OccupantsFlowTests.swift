import HanoutDomain
import TerminalKit
import Testing

@testable import HanoutApp

/// The directory against the region's fixtures, through the whole program.
@MainActor
@Suite("Occupant directory: with the store")
struct OccupantsFlowTests {
    @Test("o, a search without accents, a trade, the record and back")
    func searchFilterAndOpen() throws {
        let app = try AppHarness()
        app.press(.char("o"))
        #expect(app.lines[2].hasSuffix(" 108 occupants "))
        app.type("/ait")
        #expect(app.lines[2].hasSuffix(" 18 occupants match "))
        #expect(app.lines[4].contains("Abdellah Aït M'bark"))
        app.press(.enter, .char("t"))
        #expect(app.lines[7].contains("BIJ  Jewellery"))
        app.press(.down, .down, .down, .enter)
        #expect(app.lines[2].contains("Trade (t): BIJ Jewellery"))
        #expect(app.lines[2].hasSuffix(" 2 occupants match "))
        app.press(.down, .enter)
        #expect(app.lines[0].contains("Occupant #44 · Omar Aït Massoud"))
        app.press(.escape)
        #expect(app.lines[5].contains("Omar Aït Massoud"), "the selection is kept")
        app.press(.char("a"))
        #expect(app.lines[0].contains("A unit for Omar Aït Massoud"))
    }

    @Test("a click in the trade menu chooses; a click outside closes it")
    func menuByMouse() throws {
        let app = try AppHarness()
        app.press(.char("o"), .char("t"))
        // The menu's box starts on screen row 3: "all trades" on row 4, ALU on row 5.
        app.press(.mouse(row: 5, column: 5, kind: .clicked(button: 1)))
        #expect(app.lines[2].contains("Trade (t): ALU"))
        app.press(.char("t"), .mouse(row: 20, column: 70, kind: .clicked(button: 1)))
        let screen = try #require(app.state.top.occupants)
        #expect(!screen.tradeFilter.isOpen && screen.tradeFilter.code == "ALU")
    }
}
