import Foundation
import HanoutStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The Unix group of an office's clerks, who share one register.
struct OfficeGroup {
    var name: String
    var id: gid_t

    /// The group named `name`, or a message saying how to make it.
    init(named name: String) throws {
        guard let entry = getgrnam(name) else { throw OfficeError.unknownGroup(name) }
        self.name = name
        id = entry.pointee.gr_gid
    }

    /// Makes `folder` the group's (created if missing): setgid, read, write
    /// and enter for the owner and the group, nothing for others.
    func prepare(folder: String) throws {
        if !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o755])
        }
        // chmod after chown: chown clears the setgid bit.
        guard chown(folder, uid_t.max, id) == 0,
            chmod(folder, RegisterSharing.folderMode) == 0
        else {
            throw OfficeError.cannotShare(
                path: folder, group: name, reason: String(cString: strerror(errno)))
        }
    }
}

/// The clerk's login, as the system knows it: what the journal of a shared
/// register records (the environment's `$USER` can be set to anything).
enum ClerkLogin {
    static var current: String? {
        guard let entry = getpwuid(getuid()) else { return nil }
        return String(cString: entry.pointee.pw_name)
    }
}
