import Foundation

/// The office's settings, kept by its administrator in `/etc/hanout/hanout.conf`
/// (`$HANOUT_CONFIG_DIR` names another folder, for tests): where the shared
/// register is, so that every clerk's `hanout` finds it without flags.
///
/// One setting a line, `name = value`; `#` starts a comment. Only
/// `database` is read today.
enum SystemSettings {
    static let defaultFolder = "/etc/hanout"
    static let fileName = "hanout.conf"

    static func file(_ environment: [String: String]) -> String {
        let folder = environment["HANOUT_CONFIG_DIR"].flatMap { $0.isEmpty ? nil : $0 }
        return ((folder ?? defaultFolder) as NSString).appendingPathComponent(fileName)
    }

    /// The shared register's path the settings name, if any.
    static func databasePath(_ environment: [String: String]) -> String? {
        guard let text = try? String(contentsOfFile: file(environment), encoding: .utf8) else {
            return nil
        }
        return values(text)["database"].flatMap { $0.hasPrefix("/") ? $0 : nil }
    }

    /// The settings' `name = value` lines.
    static func values(_ text: String) -> [String: String] {
        var values: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let content =
                line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                .first ?? ""
            let parts = content.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            values[name] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        return values
    }

    /// Writes the settings naming `databasePath` (readable by all, as /etc is).
    static func write(databasePath: String, _ environment: [String: String]) throws {
        let path = file(environment)
        let folder = (path as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
            // Whatever the umask: every clerk reads the settings.
            chmod(folder, 0o755)
        }
        let text = """
            # Hanout's office settings, written by `hanout init --shared`.
            # The shared register every clerk's hanout opens (--db or $HANOUT_DB still choose another).
            database = \(databasePath)

            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        chmod(path, 0o644)
    }
}
