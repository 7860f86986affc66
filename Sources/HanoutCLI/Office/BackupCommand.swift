import ArgumentParser
import Foundation
import HanoutStore

/// `hanout backup`: a consistent copy of the register while clerks work,
/// checked, named by its date, the oldest beyond `--keep` removed.
struct BackupCommand: ClerkCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the register while clerks work, check the copy, keep the last ones.",
        discussion: """
            The copy is SQLite's online backup: safe while others assign and pay. It is \
            checked (SQLite's integrity check and every rule of `hanout check`) before it \
            takes its name, hanout-YYYY-MM-DD-HHMMSS.sqlite; a copy that fails the check is \
            removed and the command fails. For a nightly backup, a cron line such as: \
            0 2 * * * hanout backup --keep 30
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The folder of backups (default: backups/ beside the register).")
    var to: String?

    @Option(help: "How many backups to keep in the folder, the newest (default: 30).")
    var keep = 30

    func validate() throws {
        guard keep >= 1 else {
            throw ValidationError(
                global.language.pick(
                    fr: "--keep doit valoir au moins 1.", en: "--keep must be at least 1."))
        }
    }

    func run() throws {
        try Failure.reporting(in: global.language) {
            let register = global.databasePath
            guard RegisterFile.inspect(register) == .sqlite else {
                throw OfficeError.noRegister(path: register)
            }
            let database = try global.openDatabase()
            let folder = to.map { BackupFolder(path: $0) } ?? .beside(register: register)
            let shared = RegisterSharing.group(of: register)
            try BackupFolder.create(folder.path, sharedWith: shared)
            let name = folder.newName(at: Date())
            let final = folder.file(name)
            // Written under a name no backup has, then renamed once checked:
            // a copy cut short or unsound never sits among the backups.
            let partial = folder.file(".\(name).part")
            defer { DatabaseBuilder.removeDatabaseFiles(at: partial) }
            try database.backUp(into: partial)
            let problems = try Self.problems(of: partial, today: global)
            guard problems.isEmpty else {
                throw OfficeError.unsoundCopy(path: final, problems: problems)
            }
            if let shared {
                try RegisterSharing.share(partial, with: shared)
            } else {
                chmod(partial, 0o600)
            }
            guard rename(partial, final) == 0 else { throw FileProblem.fromErrno(final) }
            let removed = folder.prune(keeping: keep)
            var status = stat()
            let size = ByteCountFormatter.string(
                fromByteCount: stat(final, &status) == 0 ? Int64(status.st_size) : 0,
                countStyle: .file)
            let language = global.language
            try confirm(
                language.pick(
                    fr: "Sauvegarde vérifiée : \(final) (\(size)). "
                        + "\(folder.backups().count) gardée(s), \(removed.count) ancienne(s) retirée(s).",
                    en: "Backup checked: \(final) (\(size)). "
                        + "\(folder.backups().count) kept, \(removed.count) older removed."))
        }
    }

    /// What SQLite's integrity check and `hanout check` find in the register at `path`.
    static func problems(of path: String, today global: GlobalOptions) throws -> [String] {
        let copy = try AppDatabase.open(at: path)
        defer { try? copy.close() }
        return try copy.check(today: global.today).map { $0.message(in: global.language) }
    }
}

extension BackupFolder {
    /// Creates the folder of backups if missing: the group's for a shared
    /// register (it holds the same identity numbers), else the clerk's only.
    static func create(_ path: String, sharedWith group: gid_t?) throws {
        guard !FileManager.default.fileExists(atPath: path) else { return }
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true,
            attributes: [.posixPermissions: group == nil ? 0o700 : 0o770])
        if let group {
            _ = chown(path, uid_t.max, group)
            chmod(path, RegisterSharing.folderMode)
        }
    }
}
