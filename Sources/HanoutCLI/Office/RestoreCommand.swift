import ArgumentParser
import Foundation
import HanoutStore

/// `hanout restore FILE`: puts a backup in the register's place, if nobody
/// has the register open; the register replaced is kept beside it.
struct RestoreCommand: ClerkCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup in the register's place; the replaced register is kept.",
        discussion: """
            Refused while any clerk (or any program) has the register open: ask them to quit \
            Hanout first. The backup is copied and checked (integrity and every rule of \
            `hanout check`) before anything is replaced; the register it replaces is kept in \
            the same folder as hanout-replaced-YYYY-MM-DD-HHMMSS.sqlite.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The backup to restore (a register file).")
    var file: String

    func run() throws {
        try Failure.reporting(in: global.language) {
            let register = global.databasePath
            guard RegisterFile.inspect(file) == .sqlite else {
                throw OfficeError.unsoundCopy(
                    path: file,
                    problems: [
                        global.language.pick(
                            fr: "ce n'est pas un registre Hanout", en: "it is not a Hanout register"
                        )
                    ])
            }
            let folder = (register as NSString).deletingLastPathComponent
            let incoming = (folder as NSString).appendingPathComponent(
                ".restore-\(getpid()).sqlite")
            defer { DatabaseBuilder.removeDatabaseFiles(at: incoming) }
            // Copied through SQLite (the backup's WAL, if any, comes too), brought to
            // this version's schema and checked before anything is replaced.
            try AppDatabase.copy(register: file, to: incoming)
            let problems = try BackupCommand.problems(of: incoming, today: global)
            guard problems.isEmpty else {
                throw OfficeError.unsoundCopy(path: file, problems: problems)
            }
            let replaced = try swap(incoming, into: register)
            let restored = try global.openDatabase()
            let after = try restored.check(today: global.today)
            let language = global.language
            guard after.isEmpty else {
                throw OfficeError.unsoundCopy(
                    path: register, problems: after.map { $0.message(in: language) })
            }
            try confirm(
                language.pick(
                    fr: "Registre restauré depuis \(file) dans \(register), vérifié."
                        + (replaced.map { " L'ancien est gardé : \($0)." } ?? ""),
                    en: "Register restored from \(file) into \(register), checked."
                        + (replaced.map { " The one it replaced is kept: \($0)." } ?? "")))
        }
    }

    /// Moves `incoming` to `register`'s path while no one may open it, with the
    /// register's owner group and modes; the old register (with its WAL)
    /// moves aside under a dated name, returned.
    func swap(_ incoming: String, into register: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: register) else {
            guard rename(incoming, register) == 0 else { throw FileProblem.fromErrno(register) }
            return nil
        }
        guard let hold = try RegisterHold(register: register) else {
            throw OfficeError.registerInUse(path: register)
        }
        let folder = (register as NSString).deletingLastPathComponent
        var status = stat()
        guard stat(register, &status) == 0 else { throw FileProblem.fromErrno(register) }
        let stamp = BackupFolder(path: folder).newName(at: Date())
            .dropFirst(BackupFolder.prefix.count).dropLast(BackupFolder.suffix.count)
        var replaced = (folder as NSString).appendingPathComponent(
            "hanout-replaced-\(stamp).sqlite")
        var number = 2
        while FileManager.default.fileExists(atPath: replaced) {
            replaced = (folder as NSString).appendingPathComponent(
                "hanout-replaced-\(stamp)-\(number).sqlite")
            number += 1
        }
        guard rename(register, replaced) == 0 else { throw FileProblem.fromErrno(replaced) }
        if FileManager.default.fileExists(atPath: register + "-wal") {
            guard rename(register + "-wal", replaced + "-wal") == 0 else {
                throw FileProblem.fromErrno(replaced + "-wal")
            }
        }
        _ = chown(incoming, uid_t.max, status.st_gid)
        chmod(incoming, status.st_mode & 0o777)
        guard rename(incoming, register) == 0 else { throw FileProblem.fromErrno(register) }
        _ = consume hold
        // The replaced register as one file: what waited in its WAL folded in.
        try? AppDatabase.open(at: replaced).close()
        return replaced
    }
}
