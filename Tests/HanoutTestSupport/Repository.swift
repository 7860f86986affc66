import Foundation

/// The places of the repository the tests read, found from this file's place.
public enum TestRepository {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The region of the source article, as `hanout init` installs it.
    public static let fixtures = root.appendingPathComponent("fixtures")
}

/// The `hanout` program `swift test` built.
public enum BuiltProgram {
    /// Beside the test bundle (SwiftPM builds both into one folder), else in
    /// the debug build folder.
    public static let hanout: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0])
            .deletingLastPathComponent().appendingPathComponent("hanout")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return TestRepository.root.appendingPathComponent(".build/debug/hanout")
    }()
}

/// A fresh private folder under the system's temporary folder.
public func makeTemporaryFolder(_ label: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("hanout-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
