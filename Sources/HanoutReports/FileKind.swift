import Foundation

/// What a path names, as `lstat` (or `stat`, through a link) sees it.
///
/// A report is only ever written into a regular file or a new one: writing "into" a
/// device, a named pipe or a socket would send it somewhere else than a file the clerk
/// can open, and replacing any of them (as a rename does) would break what they are for.
public enum FileKind: Hashable, Sendable {
    case missing
    case regular
    case directory
    case symbolicLink
    case namedPipe
    case characterDevice
    case blockDevice
    case socket
    case other

    /// What is at `path`; a symbolic link is followed only when `following` is true.
    static func at(_ path: String, following: Bool) -> FileKind {
        var status = stat()
        let result = following ? stat(path, &status) : lstat(path, &status)
        guard result == 0 else { return .missing }
        return FileKind(mode: status.st_mode)
    }

    /// The kind of an open file, from `fstat`.
    static func of(descriptor: Int32) -> FileKind {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .other }
        return FileKind(mode: status.st_mode)
    }

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFIFO: self = .namedPipe
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        default: self = .other
        }
    }
}
