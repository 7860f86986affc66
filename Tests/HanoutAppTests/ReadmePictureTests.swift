import Foundation
import HanoutTestSupport
import Testing

@testable import HanoutApp

/// The README's picture of the program is the program's own output, so it
/// cannot go stale (it once showed "3Release" where the key bar said "3Vacate").
@MainActor
@Suite struct ReadmePictureTests {
    /// The fenced block after "`tmux capture-pane` shows it" in README.md.
    static func picture() throws -> [String] {
        let readme = try String(
            contentsOf: TestRepository.fixtures.deletingLastPathComponent()
                .appendingPathComponent("README.md"),
            encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        guard let intro = lines.firstIndex(where: { $0.contains("`tmux capture-pane` shows it") }),
            let open = lines[intro...].firstIndex(where: { $0.hasPrefix("```") }),
            let close = lines[(open + 1)...].firstIndex(where: { $0.hasPrefix("```") })
        else { return [] }
        return Array(lines[(open + 1)..<close])
    }

    @Test func theReadmeShowsAouartasAsTheProgramDrawsItAt80x24() throws {
        let expected = try Self.picture().map(Self.trimmedRight)
        #expect(expected.count == 24, "the README's picture of Aouartas, 24 lines")
        let app = try AppHarness()
        app.press(.down, .down, .enter)
        let actual = app.lines.map(Self.trimmedRight)
        for (index, (line, shown)) in zip(expected, actual).enumerated() {
            #expect(line == shown, "README line \(index + 1) of the picture")
        }
        #expect(expected.count == actual.count)
    }

    static func trimmedRight(_ line: String) -> String {
        String(line.reversed().drop(while: { $0 == " " }).reversed())
    }
}
