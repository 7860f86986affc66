import Foundation
import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing
import TextLayout

@testable import HanoutApp

/// `/` on the zones list: the list narrows as the clerk types.
@MainActor
@Suite struct ZonesSearchTests {
    @Test func typingNarrowsTheListAndSaysHowManyOfHowMany() throws {
        let app = try AppHarness()
        app.type("/taf")
        let screen = try #require(app.state.top.zones)
        #expect(screen.focus == .search)
        #expect(screen.list.total == 2)
        #expect(app.lines[1].hasPrefix(" Search (/): taf"), "\(app.text)")
        #expect(app.lines[1].hasSuffix("2 of 12 zones match "), "\(app.text)")
        #expect(app.lines[3].hasPrefix("TAE"))
        #expect(app.lines[4].hasPrefix("TAF"))
        #expect(
            app.lines[5].trimmingCharacters(in: .whitespaces).isEmpty, "only the zones that fit")
    }

    @Test func theFilteredListAt80x24() throws {
        let app = try AppHarness()
        app.type("/ameln")
        app.press(.enter)
        expectScreen(
            app,
            """
            | Hanout · Zones of the Tiznit region                                29 Nov 2026 |
            | Search (/): ameln                                          5 of 12 zones match |
            |Code  Zone              Commune   Kind      Units Occ. Vac. Res.  Wks Occupancy |
            |AME   Espace d'exposit… Ameln     exhibiti…     8    3    5    0    0 ██░░░  38%|
            |ASK   Centre de renfor… Ameln     centre        6    2    4    0    0 ██░░░  33%|
            |FAM   Foire du Festiva… Ameln     fair         14    0   14    0    0 ░░░░░   0%|
            |FTI   Foire du Festiva… Ameln     fair         16    0   16    0    0 ░░░░░   0%|
            |IGH   Centre de renfor… Ameln     centre        6    2    4    0    0 ██░░░  33%|
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
            | Region: 12 zones, 146 units: 51 occ., 77 vac., 4 res., 14 works · 35 % occupied|
            |                                                                                |
            |1Help   2       3       4       5People 6Go to  7Search 8       9Print  10Quit  |
            """)
    }

    @Test func accentsAndCaseAreIgnored() throws {
        let app = try AppHarness()
        app.type("/MARCHE")
        #expect(app.state.top.zones?.list.total == 1)
        #expect(app.lines[3].hasPrefix("TAF"), "Marché de l'artisanat de Tafraout")
    }

    @Test func enterKeepsTheSearchAndTheKeysMoveAndOpenAgain() throws {
        let app = try AppHarness()
        app.type("/tafraout")
        app.press(.enter)
        var screen = try #require(app.state.top.zones)
        #expect(screen.focus == .list)
        #expect(screen.search.text == "tafraout")
        app.press(.char("j"))
        screen = try #require(app.state.top.zones)
        #expect(screen.list.current?.zone.code == "TAF", "j moves in the list, not the search")
        app.press(.enter)
        let zone = try #require(app.state.top.zone)
        #expect(zone.zoneCode == "TAF")
        app.press(.escape)
        screen = try #require(app.state.top.zones)
        #expect(screen.search.text == "tafraout", "back from the zone, the search is still kept")
        #expect(screen.list.total == 2)
    }

    @Test func escapeClearsTheSearchThenLeavesIt() throws {
        let app = try AppHarness()
        app.type("/taf")
        app.press(.escape)
        var screen = try #require(app.state.top.zones)
        #expect(screen.search.text.isEmpty)
        #expect(screen.list.total == 12)
        #expect(screen.focus == .search)
        app.press(.escape)
        screen = try #require(app.state.top.zones)
        #expect(screen.focus == .list)
        #expect(app.lines[1].hasPrefix("Code"), "the search line gives its row back")
    }

    @Test func escapeInTheListClearsAKeptSearch() throws {
        let app = try AppHarness()
        app.type("/taf")
        app.press(.enter, .escape)
        let screen = try #require(app.state.top.zones)
        #expect(screen.search.text.isEmpty)
        #expect(screen.list.total == 12)
        #expect(app.lines[2].hasPrefix("AME"))
    }

    @Test func nothingFoundSaysSo() throws {
        let app = try AppHarness()
        app.type("/zzz")
        #expect(app.state.top.zones?.list.total == 0)
        #expect(app.lines[1].hasSuffix("0 of 12 zones match "), "\(app.text)")
        #expect(app.lines[3].contains("No zone matches."))
    }

    @Test func whileTypingTheLettersAreTextNotCommands() throws {
        let app = try AppHarness()
        app.type("/gpq?")
        #expect(app.state.isRunning, "q typed, not quit")
        #expect(app.state.goTo == nil, "g typed, not the go-to prompt")
        #expect(!app.state.showsHelp)
        #expect(app.state.top.zones?.search.text == "gpq?")
        #expect(
            app.lines.last
                == "1Help   2       3       4       5       6       7       8       9       10Quit  ",
            "while typing only help and quit")
    }

    @Test func theHelpListsTheSearchOnTheListAndNotWhileTyping() throws {
        let app = try AppHarness()
        app.press(.char("?"))
        #expect(app.text.contains("/ F7"), "\(app.text)")
        #expect(app.text.contains("search a zone by code, name or commune"))
        #expect(app.text.contains("g F6"))
        app.press(.char("x"), .char("/"), .function(1))
        #expect(app.state.showsHelp)
        #expect(!app.text.contains("g F6"), "in the search line g is typed: \(app.text)")
    }

    @Test func theFrenchSearchLine() throws {
        let app = try AppHarness(language: .fr)
        app.type("/tafraout")
        #expect(app.lines[1].hasPrefix(" Chercher (/) : tafraout"), "\(app.text)")
        #expect(app.lines[1].hasSuffix("2 zones sur 12 correspondent "), "\(app.text)")
    }

    /// Thousands of zones: the search is read through the store, a window at a time.
    @Test func overManyZonesTheSearchReadsOneWindowOfTheMatches() throws {
        let database = try AppDatabase.inMemory()
        try database.generate(
            RegionGenerator(
                zones: 300, units: 600, occupants: 600, allocations: 1200, seed: 3,
                today: TestDay.day),
            trades: try FixtureSet.load(from: TestRepository.fixtures).trades, by: "generator")
        let expected = try database.zoneSummaries(
            on: TestDay.day, matching: "g0", offset: 0, limit: 0
        ).matching
        let app = try AppHarness(database: database)
        app.type("/g0")
        var screen = try #require(app.state.top.zones)
        #expect(screen.list.total == expected)
        #expect(expected > 100, "more matches than one window")
        #expect(screen.list.rows.count < expected, "one window of the matches, not all")
        guard case .matchingZones("g0", 0, _)? = screen.request else {
            Issue.record("\(String(describing: screen.request))")
            return
        }
        app.press(.enter, .end)
        screen = try #require(app.state.top.zones)
        #expect(screen.list.selected == expected - 1)
        #expect(screen.list.current != nil, "the last match's window was read")
    }
}
