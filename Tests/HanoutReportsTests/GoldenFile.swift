import Foundation
import Testing

/// Compares a rendered report with the golden file that was looked at and kept.
///
/// With `HANOUT_RECORD_GOLDEN=1` a missing golden file is written (then
/// look at it before keeping it). On a mismatch the message names the first
/// line that differs and where the rendered text was written, for `diff`.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func expectMatches(
        _ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = folder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if ProcessInfo.processInfo.environment["HANOUT_RECORD_GOLDEN"] == "1" {
                try Data(actual.utf8).write(to: url)
                Issue.record(
                    "Recorded \(url.path): look at it, then run again.",
                    sourceLocation: sourceLocation)
            } else {
                Issue.record(
                    "No golden file \(url.path) (HANOUT_RECORD_GOLDEN=1 records it).",
                    sourceLocation: sourceLocation)
            }
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let actualURL = FileManager.default.temporaryDirectory.appendingPathComponent(
            name + ".actual")
        try? Data(actual.utf8).write(to: actualURL)
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let first =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?
            .offset ?? min(expectedLines.count, actualLines.count)
        let want = expectedLines.indices.contains(first) ? expectedLines[first] : "<end of file>"
        let got = actualLines.indices.contains(first) ? actualLines[first] : "<end of file>"
        Issue.record(
            """
            \(name) differs from its golden file at line \(first + 1):
              expected: \(want.debugDescription)
              actual:   \(got.debugDescription)
            diff \(url.path) \(actualURL.path)
            """, sourceLocation: sourceLocation)
    }
}
