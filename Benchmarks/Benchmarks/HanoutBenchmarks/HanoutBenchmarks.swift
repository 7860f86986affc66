import Benchmark
import Foundation
import TerminalKit

/// Hanout's figures: whole processes of the real program in a pseudo-terminal
/// (start, `hanout zones`, import, a browsing session's memory) and, in this
/// process, single keys through the program's own loop on a real ncurses
/// screen (navigation, search as you type, bytes per move) and single
/// committed transactions (assign, release).
///
/// Each benchmark runs in a process of its own (package-benchmark does so), so
/// its setup opens what it needs. The database is `HANOUT_BENCH_DB`, or a small
/// generated one for the smoke test (see `BenchSettings`).
let benchmarks: @Sendable () -> Void = {
    let smoke = BenchSettings.isSmokeRun

    /// Limits: the national run takes a few minutes, the smoke run seconds.
    func limits(
        iterations: Int, seconds: Int, warmup: Int = 0, units: BenchmarkTimeUnits,
        metrics: [BenchmarkMetric]
    ) -> Benchmark.Configuration {
        .init(
            metrics: metrics, timeUnits: units,
            units: [.programPeakKiB: .count, .terminalBytes: .count],
            warmupIterations: smoke ? min(warmup, 1) : warmup,
            maxDuration: .seconds(smoke ? min(seconds, 1) : seconds),
            maxIterations: smoke ? min(iterations, 20) : iterations)
    }
    let keyMetrics: [BenchmarkMetric] = [.wallClock, .terminalBytes, .peakMemoryResident]
    let processMetrics: [BenchmarkMetric] = [.wallClock, .programPeakKiB]

    // MARK: - Whole processes

    // (1) The whole program until its first frame is written, then exit.
    Benchmark(
        "Start to first frame (process)",
        configuration: limits(
            iterations: 30, seconds: 10, warmup: 2, units: .milliseconds,
            metrics: processMetrics)
    ) { benchmark, settings in
        let environment = settings.childEnvironment(["HANOUT_EXIT_AFTER_FIRST_FRAME": "1"])
        benchmark.startMeasurement()
        do {
            let child = try ChildProcess(
                program: settings.program, arguments: [], environment: environment,
                keepOutput: false)
            let end = child.wait()
            benchmark.stopMeasurement()
            guard end.status == 0, child.outputCount > 500 else {
                fail("start: status \(end.status), \(child.outputCount) bytes")
            }
            benchmark.measurement(.programPeakKiB, end.peakResidentBytes / 1024)
        } catch { fail("\(error)") }
    } setup: {
        await prepare { try BenchSettings.load() }
    }

    // (5) `hanout zones`: every zone with its counts, printed to the terminal.
    Benchmark(
        "hanout zones (process)",
        configuration: limits(
            iterations: 20, seconds: 10, warmup: 1, units: .milliseconds,
            metrics: processMetrics)
    ) { benchmark, settings in
        let environment = settings.childEnvironment()
        benchmark.startMeasurement()
        do {
            let child = try ChildProcess(
                program: settings.program, arguments: ["zones"], environment: environment,
                keepOutput: false)
            let end = child.wait()
            benchmark.stopMeasurement()
            guard end.status == 0 else { fail("zones: status \(end.status)") }
            benchmark.measurement(.programPeakKiB, end.peakResidentBytes / 1024)
        } catch { fail("\(error)") }
    } setup: {
        await prepare { try BenchSettings.load() }
    }

    // (6) `hanout export occupants` to a file: every occupant of the
    // database as CSV (1,000,000 in the national one).
    Benchmark(
        "Export occupants CSV (process)",
        configuration: limits(
            iterations: 5, seconds: 60, warmup: 1, units: .milliseconds,
            metrics: processMetrics)
    ) { benchmark, settings in
        let file = settings.workFolder.appendingPath("export-target.csv")
        benchmark.measureProgram(settings, ["export", "occupants"], outputFile: file)
    } setup: {
        await prepare { try BenchSettings.load() }
    } teardown: {
        WriteDriver.remove(BenchSettings.workFolderPath.appendingPath("export-target.csv"))
    }

    // (6b) `hanout import occupants FILE` into a fresh database: the file is
    // the export of the benchmark database, ids, CINs and all (1,000,000
    // occupants in the national one); then (6b') the file the figure was
    // first taken on, names and trades alone (see `importBenchmark`).
    let importLimits = limits(
        iterations: 3, seconds: 60, units: .milliseconds, metrics: processMetrics)
    importBenchmark(
        "Import occupants CSV (process)", importLimits, file: OccupantFile.exported(settings:))
    importBenchmark(
        "Import occupants CSV, names and trades only (process)", importLimits,
        file: NamesAndTradesFile.made(settings:))

    // (6c) What SQLite alone takes to store the same rows (see `ImportFloor`).
    importFloorBenchmark(smoke: smoke)

    // (7) A clerk browsing all of it in the real program; its peak resident memory.
    Benchmark(
        "Browsing session peak memory (process)",
        configuration: limits(
            iterations: 3, seconds: 60, units: .milliseconds,
            metrics: [.programPeakKiB, .wallClock])
    ) { benchmark, settings in
        do {
            let child = try ChildProcess(
                program: settings.program, arguments: [], environment: settings.childEnvironment(),
                keepOutput: false)
            child.waitForQuiet(after: 0, timeout: .seconds(30))
            for key in TerminalKeys.browsing {
                let before = child.outputCount
                child.type(key)
                child.waitForQuiet(after: before, timeout: .seconds(30))
            }
            let end = child.wait()
            guard end.status == 0 else { fail("session: status \(end.status)") }
            benchmark.measurement(.programPeakKiB, end.peakResidentBytes / 1024)
        } catch { fail("\(error)") }
    } setup: {
        await prepare { try BenchSettings.load() }
    }

    // MARK: - Keys, in this process

    /// One measured key per iteration in an in-process session on an 80x24 pseudo-terminal.
    func keys(
        _ name: String, iterations: Int, seconds: Int, start: [Key],
        check: @escaping @MainActor @Sendable (AppSession) -> String?,
        plan: @escaping @MainActor @Sendable (AppSession, Int) -> KeyPlan
    ) {
        keys(
            name, iterations: iterations, seconds: seconds,
            from: { settings in
                SessionStart(settings: settings, keys: start, check: check)
            }, plan: plan)
    }
    /// The same, in a session that `from` opens: on a database prepared for it.
    func keys(
        _ name: String, iterations: Int, seconds: Int,
        from start: @escaping @Sendable (BenchSettings) throws -> SessionStart,
        plan: @escaping @MainActor @Sendable (AppSession, Int) -> KeyPlan
    ) {
        Benchmark(
            name,
            configuration: limits(
                iterations: iterations, seconds: seconds, warmup: 5, units: .microseconds,
                metrics: keyMetrics)
        ) { (benchmark, driver: KeyDriver) async in
            let handle = Unchecked(value: benchmark)
            await MainActor.run { driver.iterate(handle.value) }
        } setup: {
            await prepare {
                let start = try start(try BenchSettings.load())
                return try await MainActor.run {
                    try KeyDriver(
                        settings: start.settings, start: start.keys, check: start.check,
                        plan: plan)
                }
            }
        }
    }

    /// ↓ down the list, back to the top at its end.
    let downTheList: @MainActor @Sendable (AppSession, Int) -> KeyPlan = { session, _ in
        guard let (selected, total) = session.listPosition, selected < total - 1 else {
            return KeyPlan(before: [.home], key: .down)
        }
        return KeyPlan(key: .down)
    }
    let onZones: @MainActor @Sendable (AppSession) -> String? = { session in
        guard case .zones = session.top, let (_, total) = session.listPosition, total > 0 else {
            return "not on the zones list, or no zone"
        }
        return nil
    }
    let onOccupants: @MainActor @Sendable (AppSession) -> String? = { session in
        guard case .occupants = session.top, let (_, total) = session.listPosition, total > 0
        else { return "not on the occupants list, or no occupant" }
        return nil
    }

    // (2) Navigation: ↓ held down on the zones list, on a zone's plan, on the occupants.
    keys(
        "Key down on the zones list", iterations: 3_000, seconds: 8, start: [], check: onZones,
        plan: downTheList)
    keys(
        "Key down on a zone plan", iterations: 2_000, seconds: 5, start: [.enter],
        check: { session in
            guard case .zone(let zone) = session.top, !zone.units.isEmpty else {
                return "not on a zone with units"
            }
            return nil
        }
    ) { _, index in
        // Down the plan and back up, on the first zone.
        KeyPlan(key: index % 8 < 4 ? .down : .up)
    }
    keys(
        "Key down on the occupants list", iterations: 3_000, seconds: 8, start: [.char("o")],
        check: onOccupants, plan: downTheList)
    // Not a target: the far end of a million rows, then back.
    keys(
        "Key End or Home on the occupants list", iterations: 40, seconds: 10,
        start: [.char("o")], check: onOccupants
    ) { _, index in
        KeyPlan(key: index.isMultiple(of: 2) ? .end : .home)
    }

    // A zone's waiting list of 100,000 for one trade (issue 12), on a copy of
    // the database made for it (see `WaitingListCopy`): same targets as the
    // occupants list.
    let onWaitingList: @Sendable (BenchSettings) throws -> SessionStart = { settings in
        try WaitingListCopy.prepared(settings: settings).start(settings)
    }
    keys(
        "Key down on a waiting list of 100,000", iterations: 3_000, seconds: 8,
        from: onWaitingList, plan: downTheList)
    // Not a target: the far end of the list, then back.
    keys(
        "Key End or Home on a waiting list of 100,000", iterations: 40, seconds: 10,
        from: onWaitingList
    ) { _, index in
        KeyPlan(key: index.isMultiple(of: 2) ? .end : .home)
    }

    // Tenancy (issue 13), on a copy of the database with a convention for
    // every current allocation and the payments of the years since
    // (`TenancyCopy`). Targets: the region's arrears, first window under
    // 50 ms; a zone's rack over a year, first frame under 30 ms and a key's
    // p99 under 5 ms; a payment committed, median under 2 ms.
    let onRack: @Sendable (BenchSettings) throws -> SessionStart = { settings in
        try TenancyCopy.prepared(settings: settings).rack(settings)
    }
    // The rack by weeks (80 weeks read) from the zone: `R` then `-`, measured
    // together; Esc back to the zone between iterations.
    keys(
        "Rack of a zone over a year: first frame", iterations: 300, seconds: 8,
        from: { settings in
            var start = try onRack(settings)
            start.keys.removeLast(2)
            let check = start.check
            start.check = { session in
                guard case .zone = session.top else { return "not on a zone" }
                session.go([.char("R"), .char("-")])
                defer { session.go([.escape]) }
                return check(session)
            }
            return start
        }
    ) { session, _ in
        guard case .rack = session.top else { return KeyPlan(key: .char("R"), then: [.char("-")]) }
        return KeyPlan(before: [.escape], key: .char("R"), then: [.char("-")])
    }
    // → held to past the 80 weeks read (the rack is read again there), then
    // ← as long; ↓ down the zone's units and back up.
    keys("Rack: key right", iterations: 2_000, seconds: 8, from: onRack) { _, index in
        KeyPlan(key: index % 200 < 100 ? .right : .left)
    }
    keys("Rack: key down", iterations: 2_000, seconds: 8, from: onRack) { session, index in
        guard case .rack(let rack) = session.top, let count = rack.rack?.unitCodes.count, count > 1
        else { return KeyPlan(key: .down) }
        return KeyPlan(key: index % (2 * (count - 1)) < count - 1 ? .down : .up)
    }
    // The follow-up screen of the region as `A` opens it on the zones list:
    // its first window of arrears (500 lines) read and drawn.
    keys(
        "Arrears of the region, first frame", iterations: 100, seconds: 10,
        from: { settings in
            let copy = try TenancyCopy.prepared(settings: settings)
            return SessionStart(settings: copy.onZones(settings), keys: []) { session in
                session.go([.char("A")])
                defer { session.go([.escape]) }
                guard case .followUp(let screen) = session.top, !screen.arrears.isEmpty else {
                    return "A did not open the region's arrears, or nobody owes"
                }
                return nil
            }
        }
    ) { session, _ in
        guard case .followUp = session.top else { return KeyPlan(key: .char("A")) }
        return KeyPlan(before: [.escape], key: .char("A"))
    }
    tenancyStoreBenchmarks(smoke: smoke)

    // (3) Search as you type over the occupants: each key of a few names, measured
    // one by one; the search is cleared (not measured) before the next name.
    let names = ["hassan", "fatima", "brahim ait", "lahcen", "moha"].map(Array.init)
    let keysPerRound = names.map(\.count).reduce(0, +)
    keys(
        "Search key over the occupants", iterations: 600, seconds: 15,
        start: [.char("o"), .char("/")],
        check: { session in
            // The search filters: "hassan" finds some occupants, not all of them.
            guard case .occupants = session.top, let (_, all) = session.listPosition else {
                return "not on the occupants list"
            }
            session.go("hassan".map { .char($0) })
            let found = session.listPosition?.total ?? 0
            session.go([.escape])
            guard found > 0 && found < all, session.listPosition?.total == all else {
                return "the search for hassan found \(found) of \(all)"
            }
            return nil
        }
    ) { _, index in
        var position = index % keysPerRound
        for name in names {
            if position < name.count {
                return KeyPlan(
                    before: position == 0 && index > 0 ? [.escape] : [],
                    key: .char(name[position]))
            }
            position -= name.count
        }
        return KeyPlan(key: .char("a"))
    }

    // (8) Bytes sent to the terminal for moving the selection one row (↓ then ↑,
    // never scrolling), at the ncurses adapter's output through the pseudo-terminal.
    keys(
        "Row move bytes on the zones list", iterations: 200, seconds: 3, start: [.down],
        check: onZones
    ) { _, index in
        KeyPlan(key: index.isMultiple(of: 2) ? .down : .up)
    }
    keys(
        "Row move bytes on the occupants list", iterations: 200, seconds: 3,
        start: [.char("o"), .down], check: onOccupants
    ) { _, index in
        KeyPlan(key: index.isMultiple(of: 2) ? .down : .up)
    }

    // MARK: - Transactions, in this process

    // (4) An assignment and a release, each one committed transaction, on a
    // copy of the database (removed afterwards).
    for (name, file) in [
        ("Assign a unit (commit)", "assign"), ("Release a unit (commit)", "release"),
    ] {
        let assigning = file == "assign"
        Benchmark(
            name,
            configuration: limits(
                iterations: 1_000, seconds: 5, warmup: 5, units: .microseconds,
                metrics: [.wallClock, .peakMemoryResident])
        ) { benchmark, driver in
            let index = benchmark.currentIteration
            do {
                if assigning {
                    benchmark.startMeasurement()
                    try driver.assign(index)
                    benchmark.stopMeasurement()
                    try driver.release(index)
                } else {
                    try driver.assign(index)
                    benchmark.startMeasurement()
                    try driver.release(index)
                    benchmark.stopMeasurement()
                }
            } catch { fail("\(error)") }
        } setup: {
            await prepare { try WriteDriver(settings: try BenchSettings.load(), name: file) }
        } teardown: {
            WriteDriver.remove(
                BenchSettings.workFolderPath.appendingPath("\(file)-\(getpid()).sqlite"))
        }
    }

    // MARK: - Calls for applications, in this process

    callBenchmarks(smoke: smoke)
}
