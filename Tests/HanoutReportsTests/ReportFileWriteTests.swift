import Foundation
import HanoutReports
import HanoutTestSupport
import Testing

/// `hanout print --output PATH` writes into what the clerk named and never replaces it:
/// a regular file keeps its mode and hard links, anything that is not a file is refused.
@Suite struct ReportFileWriteTests {
    let folder: URL
    init() throws { folder = try makeTemporaryFolder("output") }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func status(_ path: String, following: Bool = false) throws -> stat {
        var result = stat()
        let code = following ? stat(path, &result) : lstat(path, &result)
        try #require(code == 0, "\(path) is missing")
        return result
    }

    func isKind(_ path: String, _ kind: mode_t) throws -> Bool {
        try status(path).st_mode & S_IFMT == kind
    }

    @Test func aNewFileIsCreatedWithTheReport() throws {
        try ReportFile.write("report\n", to: path("new.txt"))
        #expect(try String(contentsOfFile: path("new.txt"), encoding: .utf8) == "report\n")
    }

    @Test func anExistingFileIsWrittenInPlaceKeepingItsModeAndItsHardLinks() throws {
        let file = path("shared.txt")
        let alias = path("link-to-shared.txt")
        try "an older and much longer report\n".write(
            toFile: file, atomically: false, encoding: .utf8)
        #expect(chmod(file, 0o640) == 0)
        #expect(link(file, alias) == 0)
        let before = try status(file)
        try ReportFile.write("new\n", to: file)
        let after = try status(file)
        #expect(after.st_mode & 0o7777 == 0o640)
        #expect(after.st_ino == before.st_ino)
        #expect(after.st_nlink == 2)
        #expect(try String(contentsOfFile: alias, encoding: .utf8) == "new\n")
    }

    @Test func aLinkToAFileIsWrittenThroughAndStaysALink() throws {
        let target = path("target.txt")
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        #expect(chmod(target, 0o600) == 0)
        #expect(symlink(target, path("latest.txt")) == 0)
        try ReportFile.write("new\n", to: path("latest.txt"))
        #expect(try isKind(path("latest.txt"), S_IFLNK))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
        #expect(try status(target).st_mode & 0o7777 == 0o600)
    }

    @Test func aLinkToNothingIsRefusedAndCreatesNothing() throws {
        let target = path("nowhere.txt")
        #expect(symlink(target, path("dangling.txt")) == 0)
        #expect(throws: ReportFileRefusal.danglingLink(path: path("dangling.txt"))) {
            try ReportFile.write("report\n", to: path("dangling.txt"))
        }
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try isKind(path("dangling.txt"), S_IFLNK))
    }

    @Test func aDirectoryOrALinkToOneIsRefusedAndKept() throws {
        let directory = path("reports")
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: false)
        #expect(symlink(directory, path("to-reports")) == 0)
        #expect(
            throws: ReportFileRefusal.notAFile(
                path: directory, kind: .directory, throughLink: false)
        ) { try ReportFile.write("report\n", to: directory) }
        #expect(
            throws: ReportFileRefusal.notAFile(
                path: path("to-reports"), kind: .directory, throughLink: true)
        ) { try ReportFile.write("report\n", to: path("to-reports")) }
        #expect(try isKind(directory, S_IFDIR))
        #expect(try isKind(path("to-reports"), S_IFLNK))
    }

    @Test func aNamedPipeIsRefusedAndItsReaderGetsNothing() throws {
        let fifo = path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        // A reader that never blocks, so that no version of the code can hang the test.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        #expect(
            throws: ReportFileRefusal.notAFile(path: fifo, kind: .namedPipe, throughLink: false)
        ) {
            try ReportFile.write("report\n", to: fifo)
        }
        #expect(symlink(fifo, path("to-pipe")) == 0)
        #expect(
            throws: ReportFileRefusal.notAFile(
                path: path("to-pipe"), kind: .namedPipe, throughLink: true)
        ) {
            try ReportFile.write("report\n", to: path("to-pipe"))
        }
        #expect(try isKind(fifo, S_IFIFO))
        var byte: UInt8 = 0
        #expect(read(reader, &byte, 1) <= 0, "the pipe's reader got a byte")
    }

    /// A device the test may safely see replaced by a wrong version of the code: a user
    /// cannot replace /dev/null; as root, a private node like it (1, 3) in a folder of its own.
    static let device: String? = {
        guard getuid() == 0 else { return "/dev/null" }
        #if os(Linux)
            guard let folder = try? makeTemporaryFolder("device") else { return nil }
            let node = folder.appendingPathComponent("null").path
            // makedev(1, 3), a C macro Swift does not see: for small numbers, major << 8 | minor.
            let nullDevice = dev_t((1 << 8) | 3)
            return mknod(node, S_IFCHR | 0o666, nullDevice) == 0 ? node : nil
        #else
            return nil
        #endif
    }()

    @Test(
        .enabled(
            if: device != nil,
            "root cannot make a device node here, and the system's /dev/null is not for testing: skipped"
        ))
    func aDeviceIsRefusedAndStaysADevice() throws {
        let device = try #require(Self.device)
        #expect(
            throws: ReportFileRefusal.notAFile(
                path: device, kind: .characterDevice, throughLink: false)
        ) { try ReportFile.write("report\n", to: device) }
        #expect(try isKind(device, S_IFCHR))
    }

    @Test func refusalsSayWhatThePathIsInBothLanguages() {
        let fifo = ReportFileRefusal.notAFile(path: "/tmp/p", kind: .namedPipe, throughLink: false)
        #expect(fifo.message(in: .en).contains("/tmp/p is a named pipe (FIFO), not a file"))
        #expect(fifo.message(in: .fr).contains("/tmp/p est un tube nommé (FIFO)"))
        let hostile = ReportFileRefusal.danglingLink(path: "/tmp/\u{1B}]0;x\u{07}")
        #expect(!hostile.message(in: .en).unicodeScalars.contains("\u{1B}"))
    }
}
