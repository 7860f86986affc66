import Foundation
import HanoutDomain
import HanoutStore
import Testing

/// Clerks on several terminals asking for the same units at the same moment, as separate
/// processes: SQLite is the referee (`BEGIN IMMEDIATE`, the overlap trigger), so each unit
/// goes to exactly one of them and the others are told who won, never "database is locked".
@Suite struct ProcessRaceTests {
    static let seed: UInt64 = 4_010
    static let racers = 4
    static let rounds = 4
    /// Free units of the two fairs, open to every trade, one unit per occupant and zone.
    static let units = [
        "FTI-13", "FTI-14", "FTI-15", "FTI-16",
        "FAM-09", "FAM-10", "FAM-11", "FAM-12", "FAM-13", "FAM-14",
    ]

    /// One racer's try for one unit in one round.
    struct Attempt {
        var unit: String
        var racer: Int
        var occupant: Int64
        var day: String
        var process: SpawnedHanout?
        var ending: SpawnedHanout.Ending?
        var errors = ""
    }

    @Test(.timeLimit(.minutes(3)))
    func racingProcessesGiveEachUnitToExactlyOneOfThem() throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        let occupants = try Self.prepare(hanout)
        var random = SplitMix64(seed: Self.seed)
        var winners: [String: Int64] = [:]
        var refusals = 0
        var attempts = 0
        let started = ContinuousClock.now

        for round in 0..<Self.rounds {
            // Each round on a day of both fairs (5 to 9 August, 18 to 21 February).
            let days = ["FTI": "2026-08-0\(5 + round)", "FAM": "2027-02-\(18 + round)"]
            var wave = (0..<Self.racers).flatMap { racer in
                Self.units.map { unit in
                    Attempt(
                        unit: unit, racer: racer, occupant: occupants[racer][unit] ?? 0,
                        day: days[String(unit.prefix(3))] ?? "")
                }
            }
            .shuffled(using: &random)
            // All started before any is waited for: they meet in SQLite, not in this loop.
            for index in wave.indices {
                let attempt = wave[index]
                wave[index].process = try hanout.spawn([
                    "assign", attempt.unit, String(attempt.occupant), "--from", attempt.day,
                    "--until", attempt.day, "--decision", "RACE-\(attempt.day)-\(attempt.racer)",
                ])
            }
            for index in wave.indices {
                let process = try #require(wave[index].process)
                wave[index].ending = try process.wait()
                wave[index].errors = process.errors
                wave[index].process = nil
            }
            attempts += wave.count
            for unit in Self.units {
                let tries = wave.filter { $0.unit == unit }
                let won = tries.filter { $0.ending == .exited(0) }
                #expect(won.count == 1, "\(unit) on \(tries[0].day): \(won.count) winners")
                if let winner = won.first { winners["\(unit) \(winner.day)"] = winner.occupant }
                for lost in tries where lost.ending != .exited(0) {
                    refusals += 1
                    #expect(lost.ending == .exited(1), "\(unit): \(lost.errors)")
                    #expect(lost.errors.contains("is already allocated to"), "\(lost.errors)")
                    #expect(!lost.errors.contains("locked"), "\(lost.errors)")
                    #expect(!lost.errors.contains("held the register too long"), "\(lost.errors)")
                }
            }
        }

        let check = try hanout.run("check")
        #expect(check.status == 0, "hanout check: \(check.output)\(check.errors)")
        let rows = try hanout.json("export", "allocations", "--format", "json")
            .filter { $0["decision"]?.hasPrefix("RACE-") == true }
        #expect(rows.count == Self.units.count * Self.rounds)
        for row in rows {
            let key = "\(row["unit"] ?? "") \(row["from"] ?? "")"
            #expect(row["occupant_id"] == winners[key].map { String($0) }, "\(key): \(row)")
        }
        let seconds = Double(started.duration(to: .now).components.seconds)
        print(
            "ROBUSTNESS race of processes (seed \(Self.seed)): \(Self.racers) processes x \(Self.units.count) units x "
                + "\(Self.rounds) rounds: \(attempts) attempts, \(winners.count) winners "
                + "(one per unit and round), \(refusals) refusals, \(rows.count) allocations "
                + "written; hanout check status \(check.status); \(Int(seconds)) s")
    }

    /// A fresh database and one artisan per racer and unit, so that no occupant rule can
    /// refuse a racer: only the unit being taken can.
    static func prepare(_ hanout: HanoutProcess) throws -> [[String: Int64]] {
        let file = hanout.folder.appendingPathComponent("racers.csv")
        var lines = ["kind,name,trades"]
        for racer in 0..<racers {
            lines += units.map { "artisan,Racer \(racer) \($0),TER" }
        }
        try (lines.joined(separator: "\n") + "\n").write(
            to: file, atomically: true, encoding: .utf8)
        let imported = try hanout.run("import", "occupants", file.path)
        try #require(imported.status == 0, "\(imported.errors)")
        var ids: [String: Int64] = [:]
        for row in try hanout.json("occupants", "--search", "racer", "--format", "json") {
            if let name = row["name"], let id = row["id"].flatMap({ Int64($0) }) {
                ids[name] = id
            }
        }
        return try (0..<racers).map { racer in
            try Dictionary(
                uniqueKeysWithValues: units.map { unit in
                    (unit, try #require(ids["Racer \(racer) \(unit)"]))
                })
        }
    }
}
