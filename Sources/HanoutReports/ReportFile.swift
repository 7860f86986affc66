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
    /// saved report (yesterday's, another clerk's) must too. Only "the name is taken"
    /// moves on to the next name; any other failure (a full disk, a folder that cannot be
    /// written) moves on to the next folder, and a file that could not be written whole
    /// is removed, so that nothing but the report is ever left behind.
    public static func save(_ contents: String, named name: String, in folders: [URL]) throws
        -> URL
    {
        let bytes = Array(contents.utf8)
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
                do {
                    try PosixFile.create(url.path, with: bytes)
                    return url
                } catch {
                    reason = error.reason
                    if error.code == EEXIST { continue }
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

    /// Writes `contents` at `path`, the file the clerk named, without replacing what is there.
    ///
    /// - A new name is created (never through a link: `O_EXCL`).
    /// - An existing regular file is written into in place: it keeps its mode, its owner
    ///   and its hard links, as with the shell's `>`.
    /// - A symbolic link to a regular file is written through, also like `>`: the clerk
    ///   named it, and the link stays a link. A link to anything else, or to nothing, is
    ///   refused.
    /// - A directory, a device (`/dev/null` too), a named pipe or a socket is refused: the
    ///   report would not land in a file the clerk can open.
    ///
    /// What was opened is checked again with `fstat`, so a path swapped between the check
    /// and the write cannot turn the write into something else; a named pipe is never
    /// waited on (`O_NONBLOCK`).
    public static func write(_ contents: String, to path: String) throws(ReportFileRefusal) {
        let bytes = Array(contents.utf8)
        let throughLink: Bool
        switch FileKind.at(path, following: false) {
        case .missing:
            do {
                try PosixFile.create(path, with: bytes)
                return
            } catch {
                throw .cannotWrite(path: path, reason: error.reason, incomplete: false)
            }
        case .regular:
            throughLink = false
        case .symbolicLink:
            switch FileKind.at(path, following: true) {
            case .regular: throughLink = true
            case .missing: throw .danglingLink(path: path)
            case let kind: throw .notAFile(path: path, kind: kind, throughLink: true)
            }
        case let kind:
            throw .notAFile(path: path, kind: kind, throughLink: false)
        }
        try writeInPlace(bytes, at: path, throughLink: throughLink)
    }

    private static func writeInPlace(_ bytes: [UInt8], at path: String, throughLink: Bool)
        throws(ReportFileRefusal)
    {
        let descriptor: Int32
        do {
            descriptor = try PosixFile.openExisting(path, following: throughLink)
        } catch {
            throw .cannotWrite(path: path, reason: error.reason, incomplete: false)
        }
        let kind = FileKind.of(descriptor: descriptor)
        guard kind == .regular else {
            close(descriptor)
            throw .notAFile(path: path, kind: kind, throughLink: throughLink)
        }
        do {
            try PosixFile.replaceContent(of: descriptor, with: bytes)
        } catch {
            close(descriptor)
            throw .cannotWrite(path: path, reason: error.reason, incomplete: true)
        }
        do {
            try PosixFile.closeChecked(descriptor)
        } catch {
            throw .cannotWrite(path: path, reason: error.reason, incomplete: true)
        }
    }
}
