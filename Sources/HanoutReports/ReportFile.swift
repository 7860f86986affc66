import Foundation

/// Saves a report in a file without ever replacing another one.
public enum ReportFile {
    /// No folder took the file.
    public struct SaveFailed: Error, CustomStringConvertible, Sendable {
        public var folders: [String]
        public var reason: String
        public var description: String {
            "no folder could take the file (\(folders.joined(separator: ", "))): \(reason)"
        }
    }

    /// Writes `contents` as `name` in the first folder that takes it; `name-2`, `name-3`... if taken.
    ///
    /// Used when printing fails: the report must survive, and an earlier
    /// saved report (yesterday's, another clerk's) must too.
    public static func save(_ contents: String, named name: String, in folders: [URL]) throws
        -> URL
    {
        let data = Data(contents.utf8)
        let name = safeName(name)
        let base = (name as NSString).deletingPathExtension
        let suffix = (name as NSString).pathExtension
        var reason = "no folder given"
        for folder in folders {
            for attempt in 1...99 {
                let candidate =
                    (attempt == 1 ? base : "\(base)-\(attempt)")
                    + (suffix.isEmpty ? "" : "." + suffix)
                let url = folder.appendingPathComponent(candidate)
                if FileManager.default.fileExists(atPath: url.path) { continue }
                do {
                    try data.write(to: url, options: .withoutOverwriting)
                    return url
                } catch {
                    reason = "\(error.localizedDescription)"
                    if FileManager.default.fileExists(atPath: url.path) { continue }
                    break
                }
            }
        }
        throw SaveFailed(folders: folders.map(\.path), reason: reason)
    }

    /// A plain file name: no folder, no leading dot, nothing that walks out of the folder it goes in.
    public static func safeName(_ name: String) -> String {
        var last = (name as NSString).lastPathComponent
        while last.hasPrefix(".") { last.removeFirst() }
        return last.isEmpty ? "hanout-report.txt" : last
    }

    /// Writes `contents` at `path`, replacing what was there (the clerk named the file).
    public static func write(_ contents: String, to path: String) throws {
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
