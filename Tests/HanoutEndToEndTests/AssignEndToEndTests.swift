import Foundation
import HanoutTestSupport
import Testing

/// The clerk assigning units with the real program in tmux, checked afterwards with the
/// commands.
@Suite("Assigning a unit in the full-screen program", .enabled(if: tmuxAvailable, tmuxMissing))
struct AssignEndToEndTests {
    @Test func theFirstProposedCarpenterGetsAVacantCarpentryUnit() throws {
        let program = try HanoutProgram()
        let tmux = TmuxSession(program)
        defer {
            tmux.kill()
            program.removeFolder()
        }
        let units = try program.json("units", "AOU")
        let vacant = try #require(
            units.first { $0["state"] == "vacant" && allowedTrades($0).contains("MEN") },
            "a vacant unit of Aouartas that allows carpentry")
        let unit = try #require(vacant["unit"])
        let first = try #require(try program.json("suggest", unit).first, "a candidate")
        let name = try #require(first["name"])
        #expect(first["trade"] == "MEN" && first["fits_trade"] == "yes", "\(first)")

        try tmux.startHanout()
        try openZone("AOU", program: program, tmux: tmux)
        try moveOnPlan(to: unit, tmux: tmux)
        try tmux.keys("a")
        try tmux.waitFor("the candidates for \(unit), \(name) first") {
            $0.line(0).contains("Assign \(unit)")
                && Self.candidate(1, in: $0)?.hasPrefix(name) == true
        }
        try tmux.keys("Enter")
        try tmux.waitFor("the form assigning \(unit) to \(name)") {
            $0.line(0).contains("Assign \(unit) to \(name)") && $0.contains("Enter: save")
        }
        try tmux.keys("Enter")
        let saved = try tmux.waitFor("the confirmation on the message line") {
            $0.line(22).contains("Allocated: \(unit) to \(name) (MEN).")
        }
        let tile = try #require(PlanTile.all(in: saved).first { $0.unit == unit }, "\(saved)")
        #expect(tile.state == "O", "the tile shows the unit occupied:\n\(saved)")
        try tmux.keys("q")
        try tmux.waitForEnd()

        let row = try #require(try program.json("units", "AOU").first { $0["unit"] == unit })
        #expect(row["state"] == "occupied")
        #expect(row["occupant_id"] == first["id"])
        #expect(row["occupant"] == name)
        #expect(row["trade"] == "MEN")
        #expect(row["since"] == TestDay.text)
    }

    @Test func aCarpenterInAnIronworkUnitIsRefusedAndNothingIsWritten() throws {
        let program = try HanoutProgram()
        let tmux = TmuxSession(program)
        defer {
            tmux.kill()
            program.removeFolder()
        }
        let units = try program.json("units", "AOU")
        let index = try #require(
            units.firstIndex {
                $0["state"] == "vacant" && !allowedTrades($0).isEmpty
                    && !allowedTrades($0).contains("MEN")
            }, "a vacant unit of Aouartas closed to carpentry")
        let unit = try #require(units[index]["unit"])
        // A carpenter and nothing else, holding no unit in the zone yet: only the trade rule
        // stands in the way.
        let holders = Set(units.compactMap { $0["occupant_id"] })
        let carpenter = try #require(
            try program.json("occupants", "--trade", "MEN").first {
                $0["trades"] == "MEN" && !holders.contains($0["id"] ?? "")
            }, "a carpenter without a unit in Aouartas")
        let name = try #require(carpenter["name"])
        let search = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let journal = try program.json("history")

        try tmux.startHanout()
        try openZone("AOU", program: program, tmux: tmux)
        // The path through the list: Tab to it, then one step down per unit before.
        try tmux.keys(["Tab"] + Array(repeating: "Down", count: index))
        try tmux.waitFor("\(unit) selected") { PlanTile.selected(in: $0)?.unit == unit }
        try tmux.keys("a")
        try tmux.waitFor("the candidates for \(unit)") {
            $0.line(0).contains("Assign \(unit)") && $0.contains("Search:")
        }
        try tmux.type(search)
        try tmux.waitFor("\(name) alone in the list, searched as \"\(search)\"") {
            $0.contains("Search: \(search)") && Self.candidate(1, in: $0)?.hasPrefix(name) == true
                && Self.candidate(1, in: $0)?.contains("override") == true
        }
        try tmux.keys("Enter")
        try tmux.waitFor("the form assigning \(unit) to \(name)") {
            $0.line(0).contains("Assign \(unit) to \(name)") && $0.contains("Enter: save")
        }
        try tmux.keys("Enter")
        let refused = try tmux.waitFor("the refusal") { $0.contains("Refused:") }
        let reasons = refused.lines.filter { $0.hasPrefix("  • ") }
        #expect(
            reasons.contains {
                $0.contains("MEN") && $0.contains("not allowed") && $0.contains(unit)
            },
            "the reason names the trade not allowed:\n\(refused)")
        #expect(reasons.count == 1, "the trade rule alone:\n\(refused)")
        #expect(refused.contains("override"), "it offers the override:\n\(refused)")
        #expect(
            refused.lines.contains { $0.hasPrefix(" Reason:") }, "it asks the reason:\n\(refused)")
        #expect(refused.line(22).contains("Allocation refused."), "\(refused)")

        try tmux.keys("Escape")
        let editing = try tmux.waitFor("the form again, without the refusal") {
            $0.contains("Enter: save") && !$0.contains("Refused:")
        }
        #expect(editing.line(0).contains("Assign \(unit) to \(name)"))
        try tmux.keys("Escape")
        try tmux.waitFor("the candidates again") {
            $0.contains("Search: \(search)") && !$0.contains("Enter: save")
        }
        try tmux.keys("Escape")
        let zone = try tmux.waitFor("the zone again") { $0.line(0).contains("Hanout · AOU · ") }
        #expect(PlanTile.all(in: zone).first { $0.unit == unit }?.state == "V", "\(zone)")
        try tmux.keys("q")
        try tmux.waitForEnd()

        #expect(try program.json("units", "AOU") == units, "the units are as before")
        #expect(try program.json("history") == journal, "the journal is as before")
    }

    /// The name on row `rank` of the occupant picker's list, and the rest of the row.
    static func candidate(_ rank: Int, in screen: Screen) -> String? {
        let prefix = String(repeating: " ", count: max(0, 3 - String(rank).count)) + "\(rank) "
        return screen.lines.first { $0.hasPrefix(prefix) }.map {
            String($0.dropFirst(prefix.count))
        }
    }
}

/// The trades a unit of a listing allows, none for any.
func allowedTrades(_ row: [String: String]) -> [String] {
    (row["allowed_trades"] ?? "").split(separator: ";").map(String.init).filter { $0 != "*" }
}

/// Opens a zone from the zones screen: down to its row (the list is the `zones` command's
/// order), then Enter.
/// Runs `body` with the program started in tmux on zone `code`, and ends both.
func onZone(_ code: String, _ body: (HanoutProgram, TmuxSession) throws -> Void) throws {
    let program = try HanoutProgram()
    let tmux = TmuxSession(program)
    defer {
        tmux.kill()
        program.removeFolder()
    }
    try tmux.startHanout()
    try openZone(code, program: program, tmux: tmux)
    try body(program, tmux)
}

func openZone(_ code: String, program: HanoutProgram, tmux: TmuxSession) throws {
    let zones = try program.json("zones")
    let index = try #require(zones.firstIndex { $0["code"] == code }, "zone \(code)")
    try tmux.waitFor("the zones screen") {
        $0.line(0).contains("Zones of the Tiznit region") && $0.contains("Region: ")
    }
    try tmux.keys(Array(repeating: "Down", count: index) + ["Enter"])
    try tmux.waitFor("zone \(code)") {
        $0.line(0).contains("Hanout · \(code) · ") && !PlanTile.all(in: $0).isEmpty
    }
}

/// Moves the selection on the floor plan to `unit` with the arrow keys, one step at a time
/// towards the tile as the screen shows it: rows first, then along the row.
func moveOnPlan(to unit: String, tmux: TmuxSession) throws {
    var screen = try tmux.capture()
    for _ in 0..<40 {
        let tiles = PlanTile.all(in: screen)
        guard let here = tiles.first(where: \.selected),
            let there = tiles.first(where: { $0.unit == unit })
        else {
            throw EndToEndFailure(description: "No selected tile or no tile \(unit) on:\n\(screen)")
        }
        if here.unit == unit { return }
        let key =
            there.line > here.line
            ? "Down" : there.line < here.line ? "Up" : there.column > here.column ? "Right" : "Left"
        try tmux.keys(key)
        screen = try tmux.waitFor("the selection to leave \(here.unit) (\(key))") {
            PlanTile.selected(in: $0).map { $0.unit != here.unit } ?? false
        }
    }
    throw EndToEndFailure(description: "Could not reach \(unit) on the plan:\n\(screen)")
}

/// A tile of the zone's floor plan as the screen shows it: "▶04 V MEN+".
struct PlanTile: Equatable {
    var unit: String
    var state: Character
    var line: Int
    var column: Int
    var selected: Bool

    static func all(in screen: Screen) -> [PlanTile] {
        guard screen.line(0).contains("Hanout · ") else { return [] }
        let zone = screen.line(0).components(separatedBy: " · ").dropFirst().first ?? ""
        // The plan ends at its legend; the table of units below it is not the plan.
        let end = screen.lines.firstIndex { $0.contains("W  under works") } ?? screen.lines.count
        var tiles: [PlanTile] = []
        for (index, line) in screen.lines.enumerated().prefix(end) where index > 1 {
            for match in line.matches(of: #/([ ▶])(\d{2}) ([VORW]) /#) {
                let column = line.distance(from: line.startIndex, to: match.range.lowerBound)
                tiles.append(
                    PlanTile(
                        unit: "\(zone)-\(match.output.2)", state: match.output.3.first ?? "?",
                        line: index, column: column, selected: match.output.1 == "▶"))
            }
        }
        return tiles
    }

    static func selected(in screen: Screen) -> PlanTile? {
        all(in: screen).first(where: \.selected)
    }
}
