import Benchmark
import Foundation
import HanoutDomain
import HanoutStore
import TerminalKit

/// Lets the benchmark handle cross to the main actor, where the session lives:
/// the closure that uses it runs while the benchmark waits for it.
struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
}

extension BenchmarkMetric {
    /// Bytes the program wrote to the terminal for the measured key.
    static let terminalBytes = BenchmarkMetric.custom(
        "Bytes written to the terminal", polarity: .prefersSmaller, useScalingFactor: false)
    /// Peak resident memory of the child program (`wait4`'s `ru_maxrss`), in KiB.
    static let programPeakKiB = BenchmarkMetric.custom(
        "Program peak resident memory (KiB)", polarity: .prefersSmaller,
        useScalingFactor: false)
}

/// What one iteration of a key benchmark does: keys that bring the session
/// where it should be (not measured), then the one key that is measured.
struct KeyPlan {
    var before: [Key] = []
    var key: Key
    /// Keys pressed after `key` within the measurement, for what a clerk
    /// reaches in more than one key (the rack by weeks is `R` then `-`).
    var then: [Key] = []
}

/// Runs a key benchmark in the session: one measured key per iteration.
@MainActor
final class KeyDriver {
    let session: AppSession
    let plan: @MainActor (AppSession, Int) -> KeyPlan
    private var iteration = 0

    /// Opens the session, presses `start`, and checks it is where the benchmark
    /// means to measure (`check` gives what is wrong, if anything).
    init(
        settings: BenchSettings, start: [Key],
        check: @MainActor (AppSession) -> String?,
        plan: @escaping @MainActor (AppSession, Int) -> KeyPlan
    ) throws {
        session = try AppSession(settings: settings)
        session.go(start)
        if let problem = check(session) { throw BenchFailure(problem) }
        self.plan = plan
    }

    func iterate(_ benchmark: Benchmark) {
        let next = plan(session, iteration)
        iteration += 1
        if !next.before.isEmpty { session.go(next.before) }
        benchmark.startMeasurement()
        session.press(next.key)
        for key in next.then { session.press(key) }
        benchmark.stopMeasurement()
        benchmark.measurement(.terminalBytes, session.drain())
    }
}

/// Assignments and releases on a copy of the database: vacant units, each
/// with an occupant the rules accept, found before the measurement.
final class WriteDriver: Sendable {
    let database: AppDatabase
    let pairs: [AllocationRequest]
    let today: Day
    let copy: String

    init(settings: BenchSettings, name: String) throws {
        copy = settings.workFolder.appendingPath("\(name)-\(getpid()).sqlite")
        Self.remove(copy)
        try FileManager.default.copyItem(atPath: settings.database, toPath: copy)
        let wal = settings.database + "-wal"
        if FileManager.default.fileExists(atPath: wal) {
            try FileManager.default.copyItem(atPath: wal, toPath: copy + "-wal")
        }
        database = try AppDatabase.open(at: copy)
        today = settings.today
        var pairs: [AllocationRequest] = []
        var offset = 0
        search: while pairs.count < 50 {
            let zones = try database.zoneSummaries(on: today, offset: offset, limit: 20)
            if zones.isEmpty { break }
            offset += zones.count
            for zone in zones where zone.vacant > 0 {
                for unit in try database.units(inZone: zone.zone.code, on: today)
                where unit.state == .vacant {
                    for candidate in try database.candidates(
                        forUnit: unit.unit.code, on: today, limit: 3)
                    {
                        let request = AllocationRequest(
                            unitCode: unit.unit.code, occupantID: candidate.occupant.id,
                            period: Period(openFrom: today), decision: "benchmark")
                        // Tried once: kept only if the rules accept it.
                        guard (try? database.assign(request, by: "bench")) != nil else { continue }
                        try database.release(
                            unitCode: request.unitCode, on: today, reason: "benchmark",
                            by: "bench")
                        pairs.append(request)
                        break
                    }
                    if pairs.count >= 50 { break search }
                }
            }
        }
        guard !pairs.isEmpty else { throw BenchFailure("no vacant unit that can be assigned") }
        self.pairs = pairs
    }

    func assign(_ index: Int) throws {
        try database.assign(pairs[index % pairs.count], by: "bench")
    }

    /// Ends the allocation the same day it started (a cancellation): the unit
    /// is vacant again for the next round, and today's counts are unchanged.
    func release(_ index: Int) throws {
        try database.release(
            unitCode: pairs[index % pairs.count].unitCode, on: today, reason: "benchmark",
            by: "bench")
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}

/// The occupants file the import benchmark reads: the benchmark database's
/// own occupants as `hanout export occupants` writes them, so that a
/// national database gives a million lines with CINs, phones and all; the
/// id column is left out, since a fresh database (`hanout init`) has ids of
/// its own.
enum OccupantFile {
    /// Exports the database once (for a given database file); gives the path.
    static func exported(settings: BenchSettings) throws -> String {
        let modified =
            (try? FileManager.default.attributesOfItem(atPath: settings.database)[
                .modificationDate]) as? Date
        let name = (settings.database as NSString).lastPathComponent
        let path = settings.workFolder.appendingPath(
            "occupants-of-\(name)-\(Int(modified?.timeIntervalSince1970 ?? 0)).csv")
        if FileManager.default.fileExists(atPath: path) { return path }
        let temporary = path + ".part"
        let child = try ChildProcess(
            program: settings.program, arguments: ["export", "occupants"],
            environment: settings.childEnvironment(), outputFile: temporary)
        let end = child.wait()
        guard end.status == 0 else {
            throw BenchFailure(
                "hanout export occupants failed (\(end.status)): "
                    + String(decoding: child.output(), as: UTF8.self))
        }
        // The id is the first field, digits only: everything up to the first comma.
        let exported = try String(contentsOfFile: temporary, encoding: .utf8)
        let withoutIDs = exported.split(separator: "\n").map { line in
            line.firstIndex(of: ",").map { line[line.index(after: $0)...] } ?? line
        }
        try (withoutIDs.joined(separator: "\n") + "\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        WriteDriver.remove(temporary)
        return path
    }
}

/// The keys of the scripted session, as a terminal sends them (xterm, keypad mode).
enum TerminalKeys {
    static let down: [UInt8] = Array("\u{1B}OB".utf8)
    static let up: [UInt8] = Array("\u{1B}OA".utf8)
    static let home: [UInt8] = Array("\u{1B}OH".utf8)
    static let end: [UInt8] = Array("\u{1B}OF".utf8)
    static let pageUp: [UInt8] = Array("\u{1B}[5~".utf8)
    static let pageDown: [UInt8] = Array("\u{1B}[6~".utf8)
    static let enter: [UInt8] = [13]
    static let escape: [UInt8] = [27]
    static let tab: [UInt8] = [9]
    static func text(_ string: String) -> [[UInt8]] { string.map { Array(String($0).utf8) } }

    /// A clerk browsing all of it: the zones to the end and back, a zone's plan
    /// and table, the occupant directory to the end and back, a search as you
    /// type, an occupant's record, then quit.
    static let browsing: [[UInt8]] =
        [end, pageUp, pageUp, home, pageDown, down, down, down, enter, down, down, tab, down]
        + [down, down, escape, Array("o".utf8), end, pageUp, pageUp, home, pageDown, pageDown]
        + [down, Array("/".utf8)] + text("hassan") + [enter, end, pageUp, enter, escape]
        + [Array("t".utf8), down, down, enter, end, home, escape, Array("z".utf8), end]
        + [Array("q".utf8)]
}

extension Benchmark {
    /// Runs the program with `arguments`, its whole life measured, and
    /// records its peak resident memory; a failure ends the run with the
    /// start of what it printed (see `fail`).
    func measureProgram(_ settings: BenchSettings, _ arguments: [String], outputFile: String? = nil)
    {
        do {
            startMeasurement()
            let child = try ChildProcess(
                program: settings.program, arguments: arguments,
                environment: settings.childEnvironment(), outputFile: outputFile)
            let end = child.wait()
            stopMeasurement()
            guard end.status == 0 else {
                fail(
                    "\(arguments.first ?? "hanout"): status \(end.status): "
                        + String(decoding: child.output().prefix(2_000), as: UTF8.self))
            }
            measurement(.programPeakKiB, end.peakResidentBytes / 1024)
        } catch { fail("\(error)") }
    }
}
