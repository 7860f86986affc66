import Foundation

/// A folder of dated backups of the register: `hanout-YYYY-MM-DD-HHMMSS.sqlite`,
/// so that their names sort as their dates and the oldest go first.
struct BackupFolder {
    var path: String

    static let prefix = "hanout-"
    static let suffix = ".sqlite"

    /// The folder beside the register when none is given: `backups/`.
    static func beside(register: String) -> BackupFolder {
        BackupFolder(
            path: ((register as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent("backups"))
    }

    /// A name for a backup made at `date` (local time) that sorts after every
    /// backup already there: in the same second, `-2`, `-3`… after the
    /// highest number taken (a pruned first one must not be named again,
    /// it would sort first and be pruned at once).
    func newName(at date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd-HHmmss"
        let stamp = formatter.string(from: date)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let taken = names.filter(Self.isBackup).map(Self.order).filter { $0.0 == stamp }
            .map(\.1).max()
        guard let taken else { return Self.prefix + stamp + Self.suffix }
        return Self.prefix + stamp + "-\(taken + 1)" + Self.suffix
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// The backups in the folder, oldest first (other files are not touched).
    func backups() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter(Self.isBackup).sorted { Self.order($0) < Self.order($1) }
    }

    /// A backup's date and time, then its number among those of the same
    /// second (1 for the first, which has none): `-2` must sort after it.
    static func order(_ name: String) -> (String, Int) {
        let stamp = name.dropFirst(prefix.count).dropLast(suffix.count)
        let parts = stamp.split(separator: "-")
        guard parts.count == 5, let number = Int(parts[4]) else { return (String(stamp), 1) }
        return (parts.prefix(4).joined(separator: "-"), number)
    }

    /// Whether `name` is one of the backups this folder keeps: its date and
    /// time in digits between the prefix and the suffix.
    static func isBackup(_ name: String) -> Bool {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return false }
        let stamp = name.dropFirst(prefix.count).dropLast(suffix.count)
        let digits = stamp.filter(\.isNumber).count
        return digits >= 14 && stamp.allSatisfy { $0.isNumber || $0 == "-" }
    }

    /// Removes all but the newest `keep` backups; the names removed.
    func prune(keeping keep: Int) -> [String] {
        let all = backups()
        let old = all.dropLast(max(0, keep))
        var removed: [String] = []
        for name in old where unlink(file(name)) == 0 {
            removed.append(name)
            // What SQLite may have left beside it, had it been opened.
            for suffix in ["-wal", "-shm"] { unlink(file(name) + suffix) }
        }
        return removed
    }
}
