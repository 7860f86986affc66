import ArgumentParser
import Foundation
import HanoutStore

/// `hanout generate`: a large, deterministic region for benchmarks and trials.
struct GenerateCommand: ClerkCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Create a database with a generated region (same seed, same region).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Number of zones.") var zones = 3000
    @Option(help: "Number of units, spread over the zones.") var units = 100_000
    @Option(help: "Number of occupants (at least the number of units).") var occupants = 1_000_000
    @Option(help: "Number of allocations, past and current.") var allocations = 5_000_000
    @Option(help: "The seed: the same seed gives the same region.") var seed: UInt64 = 42
    @Flag(help: "Replace an existing database.") var force = false

    func validate() throws {
        let generator = RegionGenerator(
            zones: zones, units: units, occupants: occupants, allocations: allocations,
            seed: seed, today: global.today)
        if let problem = generator.problem { throw ValidationError(problem) }
    }

    func run() throws {
        try Failure.reporting(in: global.language) {
            let path = global.databasePath
            try DatabaseBuilder.checkTarget(path, force: force)
            let directory = try FixtureLocation.find(
                explicit: global.fixtures, environment: global.environment)
            let trades = try FixtureSet.load(from: directory).trades
            let generator = RegionGenerator(
                zones: zones, units: units, occupants: occupants, allocations: allocations,
                seed: seed, today: global.today)
            let started = Date()
            let clerk = global.clerkName
            try DatabaseBuilder.create(
                at: path, whenPresent: force ? .replace : .refuse,
                fill: { database in try database.generate(generator, trades: trades, by: clerk) })
            let seconds = Date().timeIntervalSince(started)
            try confirm(
                global.language.pick(
                    fr: "Région générée dans \(path) en \(String(format: "%.1f", seconds)) s.",
                    en: "Region generated in \(path) in \(String(format: "%.1f", seconds)) s."))
        }
    }
}
