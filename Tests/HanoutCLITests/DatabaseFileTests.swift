import Foundation
import HanoutDomain
import Testing

@testable import HanoutCLI

#if canImport(Glibc)
    import Glibc
#endif

/// What the program finds at the database's path, and what it leaves beside it.
@Suite struct DatabaseFileTests {
    /// Something at the database's path that is not a register.
    enum Stray: String, CaseIterable, CustomTestStringConvertible {
        case emptyFile = "an empty file"
        case textFile = "a CSV file"
        case folder = "a folder"

        var testDescription: String { rawValue }

        func make(at path: String) throws {
            switch self {
            case .emptyFile:
                try Data().write(to: URL(fileURLWithPath: path))
            case .textFile:
                try Data("kind,name,trades\nartisan,Itto,MEN\n".utf8).write(
                    to: URL(fileURLWithPath: path))
            case .folder:
                try FileManager.default.createDirectory(
                    atPath: path, withIntermediateDirectories: false)
            }
        }

        /// What the refusal must say.
        var words: String {
            switch self {
            case .emptyFile: return "is empty: it is not a Hanout register"
            case .textFile: return "is not a Hanout register"
            case .folder: return "is a folder, not a Hanout register"
            }
        }

        /// The way out the refusal must give.
        var hints: [String] {
            switch self {
            case .emptyFile, .textFile: return ["move the file away", "`hanout init --force`"]
            case .folder: return ["Give --db (or HANOUT_DB) the path of a file"]
            }
        }
    }

    @Test(arguments: Stray.allCases)
    func whatIsNotARegisterIsRefusedAndLeftAsItWas(_ stray: Stray) throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        try stray.make(at: hanout.database)
        let before = try Self.snapshot(hanout.database)
        for command in [["zones"], ["assign", "AOU-04", "3"], ["check"]] {
            let outcome = HanoutProcess.finish(try hanout.start(command))
            #expect(outcome.status == 1, "\(command): \(outcome.output)")
            #expect(outcome.errors.contains(stray.words), "\(command): \(outcome.errors)")
            for hint in stray.hints {
                #expect(outcome.errors.contains(hint), "\(command): \(outcome.errors)")
            }
            #expect(!outcome.errors.contains("NSCocoaErrorDomain"), "\(outcome.errors)")
            #expect(try Self.snapshot(hanout.database) == before, "\(command) changed it")
        }
        let beside = try FileManager.default.contentsOfDirectory(atPath: hanout.folder.path)
        #expect(beside == ["hanout.sqlite"], "nothing created beside it: \(beside)")
        if stray == .folder {
            // Replacing it would remove all it holds: `init --force` refuses it too.
            let kept = hanout.database + "/a letter.txt"
            try Data("keep me".utf8).write(to: URL(fileURLWithPath: kept))
            let refused = try hanout.run("init", "--force")
            #expect(refused.status == 1)
            #expect(refused.errors.contains(stray.words), "\(refused.errors)")
            #expect(FileManager.default.contents(atPath: kept) == Data("keep me".utf8))
        } else {
            // The way out the message gives.
            let replaced = try hanout.run("init", "--force")
            #expect(replaced.status == 0, "\(replaced.errors)")
            #expect(try hanout.run("check").status == 0)
        }
    }

    /// The kind, size, mode and bytes of what is at `path`.
    static func snapshot(_ path: String) throws -> String {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let kind = (attributes[.type] as? FileAttributeType)?.rawValue ?? "?"
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
        let bytes = FileManager.default.contents(atPath: path)?.base64EncodedString() ?? ""
        return "\(kind) \(String(mode, radix: 8)) \(bytes)"
    }

    /// The run after the kill: another `init --force`, or any command that opens the
    /// register.
    @Test(.timeLimit(.minutes(2)), arguments: [["init", "--force"], ["zones"]])
    func theBuildOfAKilledInitIsRemovedByTheNextRunButALiveProcesssIsNot(
        _ next: [String]
    ) throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        try #require(try hanout.run("init").status == 0)
        // A build under way in another process (this test's own, which is alive).
        let live = ["", "-wal"].map { hanout.database + ".new-\(getpid())" + $0 }
        for path in live { try Data("building".utf8).write(to: URL(fileURLWithPath: path)) }

        let killed = try hanout.spawn(["init", "--force"])
        let build = hanout.database + ".new-\(killed.pid)"
        // Killed once its build and the build's WAL are on disk, in the middle of filling it.
        let deadline = ContinuousClock.now + .seconds(30)
        while !FileManager.default.fileExists(atPath: build + "-wal") && !killed.hasEnded
            && ContinuousClock.now < deadline
        {
            usleep(1_000)
        }
        killed.kill(SIGKILL)
        try #require(
            try killed.wait() == .killed(by: SIGKILL), "init ended before it could be killed")
        let left = try Self.files(startingWith: "hanout.sqlite.new-\(killed.pid)", in: hanout)
        try #require(
            left.contains("hanout.sqlite.new-\(killed.pid)-wal"),
            "the killed init left no build with its WAL: nothing to clean (\(left))")

        let again = HanoutProcess.finish(try hanout.start(next))
        #expect(again.status == 0, "\(next): \(again.errors)")
        #expect(
            try Self.files(startingWith: "hanout.sqlite.new-\(killed.pid)", in: hanout).isEmpty,
            "the killed init's \(left) are gone")
        for path in live {
            #expect(FileManager.default.fileExists(atPath: path), "a live build is kept: \(path)")
        }
        #expect(try hanout.run("check").status == 0)
    }

    /// What Foundation throws when a file cannot be moved or written (NSCocoaErrorDomain
    /// 513 and its POSIX cause) reaches the clerk as the file and the system's reason.
    @Test func aFoundationFileErrorIsSaidInTheClerksWords() {
        let denied = CocoaError(
            .fileWriteNoPermission,
            userInfo: [
                NSFilePathErrorKey: "/srv/hanout/hanout.sqlite",
                NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES)),
            ])
        let message = FileProblem(denied).message(in: .en)
        #expect(message.contains("/srv/hanout/hanout.sqlite"), "\(message)")
        #expect(message.contains("Permission denied"), "\(message)")
        #expect(!message.contains("NSCocoaErrorDomain") && !message.contains("513"))
        let full = FileProblem(CocoaError(.fileWriteOutOfSpace), path: "/srv/h.sqlite")
        #expect(full.message(in: .fr).contains("No space left on device"))
    }

    static func files(startingWith prefix: String, in hanout: HanoutProcess) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: hanout.folder.path)
            .filter { $0.hasPrefix(prefix) }.sorted()
    }
}
