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

    @Option(
        name: .customLong("shared"),
        help: ArgumentHelp(
            "Create the office's register, shared by the clerks of this Unix group.",
            discussion: """
                In /var/lib/hanout unless --db or $HANOUT_DB says otherwise: the folder the \
                group's (setgid, mode 2770), the register and its WAL read and written by the \
                group only (0660); /etc/hanout/hanout.conf then names it, so every clerk's \
                hanout opens it without flags. Run it as the administrator (sudo).
                """, valueName: "group"))
    var sharedGroup: String?

    /// Where the office's register goes when no path is given.
    static let sharedPath = "/var/lib/hanout/hanout.sqlite"

    func run() throws {
        try Failure.reporting(in: global.language) {
            if let sharedGroup { return try createShared(group: sharedGroup) }
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

extension InitCommand {
    /// `init --shared GROUP`: the office's register, its folder and its
    /// settings (see `RegisterSharing`, `SystemSettings`).
    func createShared(group name: String) throws {
        let group = try OfficeGroup(named: name)
        let environment = global.environment
        let path =
            global.db.flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HANOUT_DB"].flatMap { $0.isEmpty ? nil : $0 }
            ?? Self.sharedPath
        try DatabaseBuilder.checkTarget(path, force: force)
        let fixtures = try FixtureSet.load(
            from: try FixtureLocation.find(explicit: global.fixtures, environment: environment))
        try group.prepare(folder: (path as NSString).deletingLastPathComponent)
        try DatabaseBuilder.create(
            at: path, from: fixtures, clerk: ClerkLogin.current ?? global.clerkName,
            whenPresent: force ? .replace : .refuse, sharedWith: group.id)
        let language = global.language
        var said = language.pick(
            fr:
                "Registre partagé créé : \(path), pour le groupe \(name) (dossier 2770, fichiers 0660).",
            en: "Shared register created: \(path), for the group \(name) (folder 2770, files 0660)."
        )
        do {
            try SystemSettings.write(databasePath: path, environment)
            said += language.pick(
                fr:
                    " \(SystemSettings.file(environment)) le nomme : chaque agent du groupe l'ouvre sans option.",
                en:
                    " \(SystemSettings.file(environment)) names it: every clerk of the group opens it without flags."
            )
        } catch {
            said += language.pick(
                fr:
                    " Pour que chaque agent l'ouvre sans option, écrivez « database = \(path) » dans \(SystemSettings.file(environment)) (en administrateur).",
                en:
                    " For every clerk to open it without flags, write 'database = \(path)' into \(SystemSettings.file(environment)) (as the administrator)."
            )
        }
        try confirm(said)
    }
}
