import Foundation
import GRDB
import HanoutStore
import Testing

@testable import HanoutCLI

/// `hanout --version`, through the real program: the program's version and schema always,
/// and the register's when there is one where the program would look, which it only reads.
@Suite(.timeLimit(.minutes(10))) struct VersionTests {
    var prefix: String {
        "hanout \(ProgramVersion.number) (register schema \(SchemaVersion.current); "
    }

    @Test func withNoRegisterItSaysSoAndCreatesNone() throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        let outcome = try hanout.run("--version")
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output == prefix + "no register at \(hanout.database))\n")
        #expect(outcome.errors.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: hanout.database))
    }

    @Test func aRegisterIsReadAtItsSchemaAndLeftByteForByte() throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        try #require(try hanout.run("init").status == 0)
        let before = NewerRegisterTests.snapshot(hanout.database)
        let outcome = try hanout.run("--version")
        #expect(
            outcome.output == prefix + "\(hanout.database) at schema \(SchemaVersion.current))\n")
        #expect(NewerRegisterTests.snapshot(hanout.database) == before)
    }

    @Test func theRegisterNamedByDbIsTheOneRead() throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        let other = hanout.folder.appendingPathComponent("other.sqlite").path
        let queue = try DatabaseQueue(path: other)
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('v1'), ('v2'), ('v99');
                    """)
        }
        try queue.close()
        let outcome = try hanout.run("--version", "--db", other)
        #expect(outcome.status == 0)
        #expect(outcome.output == prefix + "\(other) from a newer version (v99))\n")
        // After a command, as the parser would take it: the same line, not a bare number.
        let late = try hanout.run("zones", "--db", other, "--version")
        #expect(late.status == 0)
        #expect(late.output == outcome.output)
        let french = try hanout.run("--version", "--db", other, "--lang", "fr")
        #expect(french.output.hasPrefix("hanout \(ProgramVersion.number) (schéma du registre "))
    }

    @Test func theHelpStillAnswersAndNamesTheVersionFlag() throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        let help = try hanout.run("-h")
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE: hanout <subcommand>"), "\(help.output)")
        #expect(help.output.contains("--version"))
        #expect(!FileManager.default.fileExists(atPath: hanout.database))
    }
}
