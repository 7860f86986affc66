import ArgumentParser
import Foundation
import HanoutStore

/// `hanout init`: creates the database from the fixtures.
struct InitCommand: ClerkCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the database from the fixtures.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Replace an existing database (back it up first).")
    var force = false

    func run() throws {
        try Failure.reporting(in: global.language) {
            let path = global.databasePath
            try DatabaseBuilder.checkTarget(path, force: force)
            let directory = try FixtureLocation.find(
                explicit: global.fixtures, environment: global.environment)
            let fixtures = try FixtureSet.load(from: directory)
            try DatabaseBuilder.create(
                at: path, from: fixtures, clerk: global.clerkName,
                whenPresent: force ? .replace : .refuse)
            try confirm(
                global.language.pick(
                    fr: "Base créée : \(path) (\(fixtures.zones.count) zones, "
                        + "\(fixtures.units.count) locaux, \(fixtures.occupants.count) occupants).",
                    en: "Database created: \(path) (\(fixtures.zones.count) zones, "
                        + "\(fixtures.units.count) units, \(fixtures.occupants.count) occupants)."))
        }
    }
}
