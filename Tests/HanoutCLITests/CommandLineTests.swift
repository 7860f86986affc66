import ArgumentParser
import Foundation
import Testing

@testable import HanoutCLI

/// The program as a clerk or a script uses it: the built binary on a temporary database.
@Suite struct CommandLineTests {
    let hanout = HanoutProcess()

    @Test func theFirstRunCreatesThePrivateDatabaseFromTheFixtures() throws {
        let zones = try hanout.json("zones", "--format", "json")
        let aouartas = try #require(zones.first { $0["code"] == "AOU" })
        #expect(aouartas["units"] == "25")
        #expect(zones.first { $0["code"] == "TAF" }?["units"] == "15")
        let mode = try FileManager.default.attributesOfItem(atPath: hanout.database)[
            .posixPermissions]
        #expect((mode as? NSNumber)?.intValue == 0o600)
    }

    @Test func initRefusesToReplaceADatabaseWithoutForce() throws {
        try hanout.run("zones")
        let again = try hanout.run("init")
        #expect(again.status != 0)
        #expect(again.errors.contains("--force"))
        #expect(try hanout.run("init", "--force").status == 0)
    }

    @Test func assigningAVacantUnitToAMatchingArtisanShowsInTheUnitsListing() throws {
        let vacant = try hanout.json(
            "units", "AOU", "--status", "vacant", "--trade", "MEN", "--format", "json")
        let unit = try #require(vacant.first?["unit"])
        let carpenter = try #require(try hanout.json("suggest", unit, "--format", "json").first)
        let assigned = try hanout.run(
            "assign", unit, carpenter["id"] ?? "", "--decision", "DEC-2026-77")
        #expect(assigned.status == 0, "\(assigned.errors)")
        let row = try #require(
            try hanout.json("units", "AOU", "--format", "json").first { $0["unit"] == unit })
        #expect(row["state"] == "occupied")
        #expect(row["occupant_id"] == carpenter["id"])
        #expect(row["decision"] == "DEC-2026-77")
        #expect(row["since"] == "2026-11-29")
        let history = try hanout.json("history", unit, "--format", "json")
        #expect(history.last?["action"] == "assign" && history.last?["clerk"] == "test-clerk")
    }

    @Test func aRefusalExitsNonZeroWithEveryReasonAndWritesNothing() throws {
        // Occupant 2 already holds a unit in Aouartas, and AOU-10 allows ironwork only.
        let before = try hanout.json("export", "allocations", "--format", "json").count
        let refused = try hanout.run("assign", "AOU-10", "2")
        #expect(refused.status == 1)
        #expect(refused.errors.contains("Trade MEN is not allowed in unit AOU-10"))
        #expect(refused.errors.contains("already holds AOU-02"))
        #expect(refused.output.isEmpty)
        #expect(try hanout.json("export", "allocations", "--format", "json").count == before)
    }

    @Test func refusalsSpeakFrenchWhenTheLocaleIsFrench() throws {
        var french = hanout
        french.language = "fr_MA.UTF-8"
        // The Tiznit pottery complex is under works; Hassane Ahrouch is a potter with no unit.
        let refused = try french.run("assign", "PTZ-01", "50")
        #expect(refused.status == 1)
        #expect(refused.errors.contains("est en travaux"))
        let english = try french.run("assign", "PTZ-01", "50", "--lang", "en")
        #expect(english.errors.contains("is under works"))
    }

    @Test func releasingFreesTheUnitAndKeepsTheHistory() throws {
        let released = try hanout.run(
            "release", "AOU-01", "--reason", "départ", "--on", "2026-12-15")
        #expect(released.status == 0, "\(released.errors)")
        var later = hanout
        later.today = "2026-12-15"
        let row = try later.json("units", "AOU", "--format", "json").first {
            $0["unit"] == "AOU-01"
        }
        #expect(row?["state"] == "vacant")
        let history = try hanout.json("history", "AOU-01", "--format", "json")
        #expect(history.last?["action"] == "release" && history.last?["note"] == "départ")
        #expect(try hanout.run("check").status == 0)
    }

    @Test func aBadImportNamesFileLineAndFieldAndWritesNothing() throws {
        let before = try hanout.json("occupants", "--format", "json").count
        let file = hanout.folder.appendingPathComponent("new.csv")
        try "kind,name,trades\nartisan,Itto,MEN\nartisan,Ijja,NOPE\nrobot,X,MEN\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let refused = try hanout.run("import", "occupants", file.path)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("\(file.path):3:trades"))
        #expect(refused.errors.contains("\(file.path):4:kind"))
        #expect(try hanout.json("occupants", "--format", "json").count == before)
    }

    @Test func aTradeIsTakenByCodeOrNameInAnyCaseEverywhere() throws {
        let byCode = try hanout.json("occupants", "--trade", "MEN", "--format", "json")
        #expect(!byCode.isEmpty)
        #expect(try hanout.json("occupants", "--trade", "men", "--format", "json") == byCode)
        let units = try hanout.json("units", "AOU", "--trade", "MEN", "--format", "json")
        #expect(
            try hanout.json("units", "AOU", "--trade", "menuiserie", "--format", "json") == units)
        let aluminium = try hanout.json(
            "units", "AOU", "--trade", "Menuiserie aluminium", "--format", "json")
        #expect(aluminium != units && !aluminium.isEmpty)
        let added = try hanout.run(
            "add-artisan", "--name", "Itto Aït Baha", "--trade", "menuiserie")
        #expect(added.status == 0, "\(added.errors)")
        let itto = try hanout.json("occupants", "--search", "itto ait baha", "--format", "json")
        #expect(itto.first?["trades"] == "MEN")
    }

    @Test func anUnknownTradeIsAnErrorThatNamesTheClosest() throws {
        for command in [
            ["occupants", "--trade", "menuserie"], ["units", "AOU", "--trade", "xyz"],
        ] {
            let refused = HanoutProcess.finish(try hanout.start(command))
            #expect(refused.status == 1, "\(command)")
            #expect(refused.errors.contains("Unknown trade"), "\(refused.errors)")
            #expect(refused.output.isEmpty)
        }
        let close = try hanout.run("occupants", "--trade", "menuserie")
        #expect(close.errors.contains("MEN (Carpentry and joinery)"), "\(close.errors)")
    }

    @Test func theHistoryIsATableInLocalTimeWithNamesAndTheJSONKeepsTheChanges() throws {
        try hanout.run("assign", "AOU-04", "6", "--from", "01/12/2026")
        let table = HanoutProcess.finish(
            try hanout.start(
                [
                    "TZ=Africa/Casablanca", HanoutProcess.executable.path, "history", "AOU-04",
                    "--wide",
                ],
                program: URL(fileURLWithPath: "/usr/bin/env")))
        #expect(table.status == 0, "\(table.errors)")
        #expect(!table.output.contains("{"), "no JSON in the clerk's table:\n\(table.output)")
        #expect(!table.output.contains("UTC") && !table.output.contains("Z "))
        #expect(table.output.contains("#6 Abdellah Aït Taleb"), "\(table.output)")
        let json = try hanout.json("history", "AOU-04", "--format", "json")
        let stamp = try #require(json.last { $0["action"] == "assign" }?["at"])
        #expect(json.last?["after"]?.contains("\"start\":\"2026-12-01\"") == true)
        // Casablanca keeps UTC+1: the clerk reads the hour after the one stored.
        let hour = try #require(Int(stamp.dropFirst(11).prefix(2)))
        let local = String(stamp.prefix(10)) + " " + String(format: "%02d", (hour + 1) % 24)
        #expect(hour == 23 || table.output.contains(local), "\(stamp) in\n\(table.output)")
    }

    @Test func aRefusalAnOverrideCanLiftSaysHowAndTheSuccessSaysItWasRecorded() throws {
        let refused = try hanout.run("assign", "AOU-10", "9")
        #expect(refused.status == 1)
        #expect(
            refused.errors.contains("Trade MEN is not allowed in unit AOU-10"), "\(refused.errors)")
        #expect(refused.errors.contains("--override \"reason\""), "\(refused.errors)")
        let taken = try hanout.run("assign", "AOU-01", "9")
        #expect(taken.status == 1)
        #expect(!taken.errors.contains("--override"), "no override lifts a taken unit")
        let saved = try hanout.run("assign", "AOU-10", "9", "--override", "commission du 2 déc.")
        #expect(saved.status == 0, "\(saved.errors)")
        #expect(
            saved.output.contains("Override recorded: \"commission du 2 déc.\""), "\(saved.output)")
    }

    @Test func aRegistrationThatLooksLikeAnOccupantIsRefusedUnlessAllowed() throws {
        let first = try hanout.run(
            "add-artisan", "--name", "Itto Aït Baha", "--trade", "MEN", "--commune", "Tafraout")
        #expect(first.status == 0, "\(first.errors)")
        let twin = try hanout.run(
            "add-artisan", "--name", "itto ait baha", "--trade", "MEN", "--commune", "TAFRAOUT")
        #expect(twin.status == 1)
        #expect(twin.errors.contains("Itto Aït Baha (#"), "\(twin.errors)")
        #expect(twin.errors.contains("--allow-duplicate"), "\(twin.errors)")
        let allowed = try hanout.run(
            "add-artisan", "--name", "itto ait baha", "--trade", "MEN", "--commune", "TAFRAOUT",
            "--allow-duplicate")
        #expect(allowed.status == 0, "\(allowed.errors)")
    }

    @Test func aNameWithAControlCharacterIsRefusedAtRegistration() throws {
        let before = try hanout.json("occupants", "--format", "json").count
        let added = try hanout.run(
            "add-artisan", "--name", "Evil\u{1b}]52;c;AAAA\u{07}Name", "--trade", "MEN")
        #expect(added.status == 1)
        #expect(added.errors.contains("Field 'name' refused: control character U+001B"))
        #expect(!added.errors.contains("\u{1b}"))
        #expect(try hanout.json("occupants", "--format", "json").count == before)
    }

    @Test(
        .enabled(
            if: BackupTests.sqlite != nil,
            "sqlite3 is not installed (apt-get install sqlite3): skipped"))
    func namesWithEscapeSequencesInAnOlderRegisterPrintAsHarmlessText() throws {
        try hanout.run("zones")
        // A register written before names were checked may hold any byte.
        try BackupTests.sqlite3(
            hanout.database,
            """
            INSERT INTO occupant (id, kind, name, name_key) VALUES
                (9001, 'artisan', 'Evil' || char(27) || ']52;c;AAAA' || char(7) || 'Name', 'evil name');
            INSERT INTO occupant_trade VALUES (9001, 'MEN', 0);
            """)
        let listing = try hanout.run("occupants", "--trade", "MEN")
        #expect(listing.output.contains("Evil"))
        #expect(!listing.output.contains("\u{1b}"))
        #expect(!listing.output.contains("\u{07}"))
    }

    @Test func aTransferToTheCurrentHolderIsRefusedAndWritesNothing() throws {
        let before = try hanout.json("export", "allocations", "--format", "json")
        let history = try hanout.json("history", "AOU-01", "--format", "json")
        // Lahcen Ennajjar (1) holds AOU-01 in the fixtures.
        let refused = try hanout.run("transfer", "AOU-01", "1", "--reason", "r")
        #expect(refused.status == 1)
        #expect(
            refused.errors.contains("Unit AOU-01 is already allocated to Lahcen Ennajjar"),
            "\(refused.errors)")
        #expect(refused.errors.contains("another occupant"), "\(refused.errors)")
        #expect(refused.output.isEmpty)
        #expect(try hanout.json("export", "allocations", "--format", "json") == before)
        #expect(try hanout.json("history", "AOU-01", "--format", "json") == history)
    }

    @Test func everyCommandHasHelp() throws {
        for command in [
            "init", "zones", "units", "occupants", "trades", "add-artisan", "add-cooperative",
            "assign", "release", "cancel", "transfer", "reserve", "works", "available", "set-state",
            "suggest", "history", "import", "edit-occupant",
            "export",
            "check",
        ] {
            let help = try hanout.run(command, "--help")
            #expect(help.status == 0 && help.output.contains("USAGE"), "\(command)")
        }
    }
}

/// Parsing, in process, without running anything.
@Suite struct ParsingTests {
    /// Every command of the tree, the root first.
    static func commands(under command: any ParsableCommand.Type = Hanout.self)
        -> [any ParsableCommand.Type]
    {
        [command] + command.configuration.subcommands.flatMap { commands(under: $0) }
    }

    /// A `\\` at the end of a line of a help text is a backslash shown to the clerk
    /// ("A new \\"), not the line continuation `\` meant.
    @Test func noHelpShowsAStrayBackslash() {
        for command in Self.commands() {
            let help = Hanout.helpMessage(for: command, columns: 100)
            #expect(!help.contains("\\"), "\(command._commandName): \(help)")
        }
    }

    @Test func assignParsesItsArgumentsAndOptions() throws {
        let command = try Hanout.parseAsRoot([
            "assign", "AOU-07", "12", "--from", "2026-03-01", "--until", "2026-08-31",
            "--decision", "DEC-1", "--override", "commission",
        ])
        let assign = try #require(command as? AssignCommand)
        #expect(assign.unit == "AOU-07" && assign.occupant == 12)
        #expect(assign.from?.iso == "2026-03-01" && assign.until?.iso == "2026-08-31")
        #expect(assign.override == "commission")
    }

    @Test func aBadDateIsRefusedBeforeAnythingRuns() {
        for bad in ["03/31/2026", "2026/03/01", "1 March 2026", "31/02/2026"] {
            #expect(throws: (any Error).self, "\(bad)") {
                try Hanout.parseAsRoot(["assign", "AOU-07", "12", "--from", bad])
            }
        }
    }

    @Test func aFrenchDateIsTheSameDayAsItsISOForm() throws {
        let command = try #require(
            try Hanout.parseAsRoot(["assign", "AOU-07", "12", "--from", "01/03/2026"])
                as? AssignCommand)
        #expect(command.from?.iso == "2026-03-01")
    }

    @Test func noCommandOpensTheFullScreenProgram() throws {
        #expect(try Hanout.parseAsRoot([]) is OpenCommand)
    }

    @Test func suggestNeedsAUnitOrAnOccupantButNotBoth() {
        #expect(throws: (any Error).self) { try Hanout.parseAsRoot(["suggest"]) }
        #expect(throws: (any Error).self) {
            try Hanout.parseAsRoot(["suggest", "AOU-01", "--occupant", "3"])
        }
    }
}

/// A copy made with the `sqlite3` shell's `.backup` (how registers were backed up
/// before `hanout backup`) checks clean: the real `sqlite3`, when the machine has it.
@Suite struct BackupTests {
    static let sqlite = ["/usr/bin/sqlite3", "/bin/sqlite3"].first(
        where: FileManager.default.isExecutableFile)

    @Test(
        .enabled(if: sqlite != nil, "sqlite3 is not installed (apt-get install sqlite3): skipped"))
    func aCopyMadeWithTheSqliteShellChecksClean() throws {
        let hanout = HanoutProcess()
        try hanout.run("assign", "AOU-04", "3")
        let copy = hanout.folder.appendingPathComponent("backup.sqlite").path
        try Self.sqlite3(hanout.database, ".backup '\(copy)'")
        let checked = try hanout.run("check", "--db", copy)
        #expect(checked.status == 0, "\(checked.errors)")
        let units = try hanout.json("units", "AOU", "--db", copy, "--format", "json")
        #expect(units.first { $0["unit"] == "AOU-04" }?["occupant_id"] == "3")
    }

    /// Runs `sqlite3 database command`, and requires it to succeed.
    static func sqlite3(_ database: String, _ command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(sqlite))
        process.arguments = [database, command]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
