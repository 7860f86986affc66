import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The database a process builds beside the real one before moving it in place.
///
/// `init` and a first run build into `DB.new-PID` so that a failure leaves no half
/// database at the real path. A process killed meanwhile (`kill -9`, a power cut) leaves
/// that file behind, with SQLite's `-wal`, `-shm` or `-journal`: the next build removes
/// the leftovers of processes that are gone, and never touches a live process's build.
enum UnfinishedBuild {
    /// The files SQLite may put beside a database.
    static let companionSuffixes = ["-wal", "-shm", "-journal"]

    /// Where the process `process` builds the database that goes to `database`.
    static func path(for database: String, process: pid_t) -> String {
        database + ".new-\(process)"
    }

    /// The leftovers beside `database`: each file of a build whose process has ended.
    static func abandoned(besides database: String) -> [String] {
        let folder = (database as NSString).deletingLastPathComponent
        let prefix = (database as NSString).lastPathComponent + ".new-"
        let names =
            (try? FileManager.default.contentsOfDirectory(
                atPath: folder.isEmpty ? "." : folder)) ?? []
        return names.filter { name in
            guard name.hasPrefix(prefix), let owner = owner(of: name.dropFirst(prefix.count))
            else { return false }
            return !isRunning(owner)
        }
        .sorted()
        .map { folder.isEmpty ? $0 : (folder as NSString).appendingPathComponent($0) }
    }

    /// Removes the leftovers of builds whose process has ended; gives what it removed.
    /// Files only (`unlink`): a folder that happens to bear such a name stays.
    @discardableResult
    static func removeAbandoned(besides database: String) -> [String] {
        abandoned(besides: database).filter { path in unlink(path) == 0 }
    }

    /// The process id in `PID` or `PID-wal` (`-shm`, `-journal`); nil for any other name,
    /// which is not ours to remove.
    static func owner(of suffix: Substring) -> pid_t? {
        var digits = suffix
        if let companion = companionSuffixes.first(where: { suffix.hasSuffix($0) }) {
            digits = suffix.dropLast(companion.count)
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
            let process = pid_t(digits), process > 0
        else { return nil }
        return process
    }

    /// Whether a process with this id exists (one owned by another user counts too).
    static func isRunning(_ process: pid_t) -> Bool {
        kill(process, 0) == 0 || errno == EPERM
    }
}
