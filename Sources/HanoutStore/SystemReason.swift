import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why the system refused a file, in its own short words ("Permission
/// denied", "No space left on device"), never Foundation's ("The operation
/// could not be completed. You don't have permission.") nor SQLite's
/// ("unable to open database file"), which do not say which file or why.
public enum SystemReason {
    /// `strerror` of an `errno` value.
    public static func of(errno code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// The POSIX reason beneath a Foundation file error, when it has one.
    public static func of(_ error: CocoaError) -> String {
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return of(errno: Int32(underlying.code))
        }
        switch error.code {
        case .fileWriteNoPermission, .fileReadNoPermission: return of(errno: EACCES)
        case .fileWriteOutOfSpace: return of(errno: ENOSPC)
        case .fileNoSuchFile, .fileReadNoSuchFile: return of(errno: ENOENT)
        case .fileWriteVolumeReadOnly: return of(errno: EROFS)
        default: return "error \(error.code.rawValue)"
        }
    }

    /// The reason of any error from a file call: POSIX beneath Foundation's, else its text.
    public static func of(_ error: any Error) -> String {
        if let cocoa = error as? CocoaError { return of(cocoa) }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return of(errno: Int32(error.code)) }
        return error.localizedDescription
    }

    /// Why the register at `path` cannot be opened or made, found before
    /// SQLite tries: an existing file the user may not read, or, for a new
    /// one, the nearest existing folder on its way that the user may not
    /// write. Nil when nothing stands in the way.
    static func openingProblem(at path: String) -> String? {
        let files = FileManager.default
        if files.fileExists(atPath: path) {
            return access(path, R_OK) == 0 ? nil : "\(path): \(of(errno: errno))"
        }
        var folder = (path as NSString).deletingLastPathComponent
        if folder.isEmpty { folder = "." }
        while !files.fileExists(atPath: folder) {
            let parent = (folder as NSString).deletingLastPathComponent
            if parent.isEmpty || parent == folder { break }
            folder = parent
        }
        return access(folder, W_OK | X_OK) == 0 ? nil : "\(folder): \(of(errno: errno))"
    }
}
