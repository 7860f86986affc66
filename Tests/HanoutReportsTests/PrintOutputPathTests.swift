import Foundation
import HanoutReports
import Testing

/// `hanout print --output PATH` through the real program: what is at the path is never
/// replaced, a refused path keeps the report elsewhere, and a full disk leaves no litter.
@Suite(.timeLimit(.minutes(10))) struct PrintOutputPathTests {
    @Test func aFileOfMode0640IsWrittenInPlaceAndKeepsItsMode() throws {
        let hanout = try HanoutBinary()
        let file = hanout.folder.appendingPathComponent("aou.txt").path
        try "old\n".write(toFile: file, atomically: false, encoding: .utf8)
        #expect(chmod(file, 0o640) == 0)
        let outcome = try hanout.run(["print", "AOU", "--output", file])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output == "Written: \(file)\n")
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions]
        #expect((mode as? NSNumber)?.intValue == 0o640)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("AOU-04"))
    }

    @Test func aSymbolicLinkToAFileIsWrittenThroughAndStaysALink() throws {
        let hanout = try HanoutBinary()
        let target = hanout.folder.appendingPathComponent("target.txt").path
        let link = hanout.folder.appendingPathComponent("link.txt").path
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        #expect(symlink("target.txt", link) == 0)
        let outcome = try hanout.run(["print", "AOU", "--output", link])
        #expect(outcome.status == 0, "\(outcome.errors)")
        var status = stat()
        #expect(lstat(link, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.txt")
        let expected = try hanout.run(["print", "AOU", "--output", "-"]).output
        #expect(try String(contentsOfFile: target, encoding: .utf8) == expected)
    }

    @Test func aFileWithAHardLinkKeepsItAndBothNamesSeeTheReport() throws {
        let hanout = try HanoutBinary()
        let file = hanout.folder.appendingPathComponent("aou.txt").path
        let other = hanout.folder.appendingPathComponent("other-name.txt").path
        try "old\n".write(toFile: file, atomically: false, encoding: .utf8)
        #expect(link(file, other) == 0)
        var before = stat()
        #expect(stat(file, &before) == 0 && before.st_nlink == 2)
        let outcome = try hanout.run(["print", "AOU", "--output", file])
        #expect(outcome.status == 0, "\(outcome.errors)")
        var after = stat()
        #expect(stat(file, &after) == 0)
        #expect(after.st_nlink == 2 && after.st_ino == before.st_ino, "the file was replaced")
        let expected = try hanout.run(["print", "AOU", "--output", "-"]).output
        #expect(try String(contentsOfFile: file, encoding: .utf8) == expected)
        #expect(try String(contentsOfFile: other, encoding: .utf8) == expected)
    }

    @Test func aNamedPipeIsRefusedAndTheReportIsKeptBesideTheClerk() throws {
        let hanout = try HanoutBinary()
        let fifo = hanout.folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let outcome = try hanout.run(["print", "AOU", "--output", fifo])
        #expect(outcome.status == 1)
        #expect(outcome.output.isEmpty)
        #expect(outcome.errors.contains("\(fifo) is a named pipe (FIFO), not a file"))
        #expect(outcome.errors.contains("To write to standard output, give --output -."))
        let saved = hanout.folder.appendingPathComponent("hanout-AOU-2026-11-29.txt")
        #expect(outcome.errors.contains("Nothing is lost: the report is saved in \(saved.path)."))
        let expected = try hanout.run(["print", "AOU", "--output", "-"]).output
        #expect(try String(contentsOf: saved, encoding: .utf8) == expected)
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    // MARK: - A full disk

    /// A region big enough for `print --all` to pass the file-size limit below.
    func bigRegion() throws -> HanoutBinary {
        var hanout = try HanoutBinary()
        let generated = try hanout.run([
            "generate", "--zones", "40", "--units", "800", "--occupants", "800",
            "--allocations", "800",
        ])
        try #require(generated.status == 0, "\(generated.errors)")
        let tmp = hanout.folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: false)
        hanout.environment = try FakeCUPS.missing().environment
        hanout.environment["TMPDIR"] = tmp.path
        return hanout
    }

    /// Runs the program under `ulimit -f 64` (64 KiB): enough for SQLite's shared memory,
    /// too little for the report, so that writing it fails with `EFBIG` after the file was
    /// created, as a full disk fails with `ENOSPC`.
    func runWithSmallFileLimit(_ hanout: HanoutBinary, _ arguments: [String]) throws
        -> HanoutBinary.Outcome
    {
        try hanout.run(
            ["-c", "ulimit -f 64 && exec \"$0\" \"$@\"", HanoutBinary.executable.path] + arguments,
            program: URL(fileURLWithPath: "/bin/sh"))
    }

    /// Every file in the folder and its `tmp` folder whose name starts with `prefix`.
    func files(_ hanout: HanoutBinary, startingWith prefix: String) throws -> [String] {
        let tmp = hanout.folder.appendingPathComponent("tmp").path
        return try
            (FileManager.default.contentsOfDirectory(atPath: hanout.folder.path)
            + FileManager.default.contentsOfDirectory(atPath: tmp))
            .filter { $0.hasPrefix(prefix) }
    }

    @Test func aReportThatCannotBeSavedLeavesNoEmptyFilesBehind() throws {
        let hanout = try bigRegion()
        let report = try hanout.run(["print", "--all", "--output", "-"]).output
        try #require(report.utf8.count > 2 * 64 * 1024, "the report must pass the limit")
        let outcome = try runWithSmallFileLimit(hanout, ["print", "--all"])
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("the lp command (CUPS) is not installed"))
        #expect(outcome.errors.contains("The report could not be saved either"))
        #expect(try files(hanout, startingWith: "hanout-all") == [])
    }

    @Test func aNewOutputFileThatCannotBeWrittenWholeIsRemoved() throws {
        let hanout = try bigRegion()
        let file = hanout.folder.appendingPathComponent("region.txt").path
        let outcome = try runWithSmallFileLimit(hanout, ["print", "--all", "--output", file])
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("Report not written: cannot write \(file)"))
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try files(hanout, startingWith: "hanout-all") == [])
    }

    /// An existing file written in place that fails half way cannot be put back: the
    /// clerk is told the report is incomplete, not that it was written. (The copy kept
    /// elsewhere is refused too here: the file-size limit holds for every file.)
    @Test func anExistingFileThatFailsHalfWaySaysTheReportIsIncomplete() throws {
        let hanout = try bigRegion()
        let file = hanout.folder.appendingPathComponent("region.txt").path
        try "old\n".write(toFile: file, atomically: false, encoding: .utf8)
        let outcome = try runWithSmallFileLimit(hanout, ["print", "--all", "--output", file])
        #expect(outcome.status == 1)
        #expect(outcome.output.isEmpty, "\(outcome.output)")
        #expect(
            outcome.errors.contains("Report incomplete: \(file) could not be written whole"),
            "\(outcome.errors)")
        #expect(!outcome.errors.contains("Written:"))
        // A copy is tried elsewhere, and said to have failed: the limit holds there too.
        #expect(
            outcome.errors.contains("The report could not be saved elsewhere either"),
            "\(outcome.errors)")
        #expect(FileManager.default.fileExists(atPath: file), "the clerk's file is kept")
    }
}
