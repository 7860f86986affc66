import Benchmark
import Foundation
import HanoutDomain
import HanoutStore

/// Tenancy through the store (issue 13), on the tenancy copy of the
/// benchmark database (`TenancyCopy`): the region's arrears, the least the
/// follow-up screen waits for, and a payment committed.
func tenancyStoreBenchmarks(smoke: Bool) {
    func configuration(iterations: Int, seconds: Int) -> Benchmark.Configuration {
        .init(
            metrics: [.wallClock, .peakMemoryResident], timeUnits: .microseconds,
            warmupIterations: smoke ? 1 : 5, maxDuration: .seconds(smoke ? 1 : seconds),
            maxIterations: smoke ? min(iterations, 20) : iterations)
    }

    // The first 50 occupants in arrears of the whole region, oldest debt first.
    Benchmark(
        "Arrears of the region, first window",
        configuration: configuration(iterations: 300, seconds: 8)
    ) { (benchmark: Benchmark, opened: (database: AppDatabase, today: Day)) in
        do {
            benchmark.startMeasurement()
            let lines = try opened.database.arrears(zone: nil, asOf: opened.today, limit: 50)
            benchmark.stopMeasurement()
            guard !lines.isEmpty else { fail("nobody in arrears") }
            blackHole(lines)
        } catch { fail("\(error)") }
    } setup: {
        await prepare {
            let settings = try BenchSettings.load()
            let copy = try TenancyCopy.prepared(settings: settings)
            return (try AppDatabase.open(at: copy.path), settings.today)
        }
    }

    // A payment of 100 MAD recorded: checked, journaled, the occupant's
    // dues settled again, committed. Each on a receipt of its own.
    Benchmark(
        "Payment committed", configuration: configuration(iterations: 1_000, seconds: 8)
    ) { (benchmark: Benchmark, driver: PaymentDriver) in
        do {
            benchmark.startMeasurement()
            try driver.pay()
            benchmark.stopMeasurement()
        } catch { fail("\(error)") }
    } setup: {
        await prepare {
            let settings = try BenchSettings.load()
            return try PaymentDriver(
                settings: settings, copy: try TenancyCopy.prepared(settings: settings))
        }
    } teardown: {
        WriteDriver.remove(PaymentDriver.path(BenchSettings.workFolderPath))
    }
}
