import Foundation
import HanoutStore

/// Where the database lives when no path is given.
enum DataLocation {
    /// `explicit`, else `$HANOUT_DB`, else the office's shared register named
    /// in `/etc/hanout/hanout.conf` (`SystemSettings`), else
    /// `$XDG_DATA_HOME/hanout/hanout.sqlite`, else `~/.local/share/hanout/hanout.sqlite`.
    ///
    /// The office's register comes before the clerk's own folder: a clerk who
    /// tried Hanout alone before the office shared one must not go on writing
    /// into a register nobody else sees.
    static func databasePath(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["HANOUT_DB"], !path.isEmpty { return path }
        if let path = SystemSettings.databasePath(environment) { return path }
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".local/share")
        }
        return (base as NSString).appendingPathComponent("hanout/hanout.sqlite")
    }
}

/// Where the fixtures are: given, or found beside the program or the current folder.
enum FixtureLocation {
    static func find(explicit: String?, environment: [String: String]) throws -> URL {
        if let explicit {
            return URL(fileURLWithPath: explicit)
        }
        var candidates: [URL] = []
        if let path = environment["HANOUT_FIXTURES"] {
            candidates.append(URL(fileURLWithPath: path))
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        // `swift run` puts the program in .build/<triple>/debug: walk up to the package.
        var folder = programFile.resolvingSymlinksInPath().deletingLastPathComponent()
        // Installed (`.ci/install`): PREFIX/bin/hanout finds PREFIX/share/hanout/fixtures.
        candidates.append(
            folder.deletingLastPathComponent().appendingPathComponent("share/hanout"))
        for _ in 0..<5 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        for candidate in candidates {
            let fixtures =
                candidate.lastPathComponent == "fixtures"
                ? candidate : candidate.appendingPathComponent("fixtures")
            if FileManager.default.fileExists(
                atPath: fixtures.appendingPathComponent("zones.json").path)
            {
                return fixtures
            }
        }
        throw CLIError.fixturesNotFound
    }

    /// The running program's file. Linux says it in `/proc/self/exe`: the first argument
    /// is only `hanout` when the shell found the program on the PATH.
    static var programFile: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
    }
}
