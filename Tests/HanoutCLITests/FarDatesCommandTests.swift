import Foundation
import Testing

/// The double allocation from 9999-12-31, through the command line.
@Suite struct FarDatesCommandTests {
    @Test func aUnitCannotBeAllocatedThreeTimesFromTheFarFuture() throws {
        let shell = HanoutProcess()
        defer { try? FileManager.default.removeItem(at: shell.folder) }
        #expect(try shell.run("init").status == 0)
        let history = try shell.json("history", "AOU-04", "--format", "json")
        for occupant in ["6", "89", "12"] {
            let outcome = try shell.run("assign", "AOU-04", occupant, "--from", "9999-12-31")
            #expect(outcome.status == 1)
            #expect(outcome.errors.contains("outside the dates kept"))
        }
        let until = try shell.run("assign", "AOU-04", "6", "--until", "9999-12-31")
        #expect(until.status == 1)
        #expect(until.errors.contains("outside the dates kept"))
        #expect(!until.errors.contains("CHECK constraint"))
        #expect(try shell.json("history", "AOU-04", "--format", "json") == history)
        #expect(try shell.run("check").status == 0)
    }

    /// The first and last days kept are taken, the days beside them refused,
    /// by a command that writes the day as by one that only looks with it.
    @Test func theDatesKeptRunFrom1900To2200WhateverTheCommandDoesWithThem() throws {
        let shell = HanoutProcess()
        defer { try? FileManager.default.removeItem(at: shell.folder) }
        #expect(try shell.run("init").status == 0)
        let refused: [[String]] = [
            ["assign", "AOU-04", "6", "--from", "1899-12-31"],
            ["assign", "AOU-04", "6", "--until", "2201-01-01"],
            ["zones", "--on", "9999-12-31"],
            ["units", "AOU", "--on", "0001-01-01"],
            ["print", "AOU", "--as-of", "2201-01-01", "--output", "-"],
            ["reserve", "AOU-04", "6", "--reason", "r", "--until", "31/12/9999"],
        ]
        for command in refused {
            let outcome = HanoutProcess.finish(try shell.start(command))
            #expect(outcome.status == 1, "\(command)")
            #expect(
                outcome.errors.contains("outside the dates kept"), "\(command): \(outcome.errors)")
            #expect(outcome.output.isEmpty, "\(command)")
        }
        #expect(try shell.run("zones", "--on", "1900-01-01").status == 0)
        #expect(try shell.run("zones", "--on", "2200-12-31").status == 0)
        let first = try shell.run("assign", "AOU-04", "6", "--from", "2200-12-31")
        #expect(first.status == 0, "\(first.errors)")
        #expect(try shell.run("check").status == 0)
    }
}
