import Foundation
import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import TextLayout

@testable import HanoutApp

/// The whole program on an in-memory terminal and an in-memory region:
/// keys go in, the screen comes out as text.
@MainActor
final class AppHarness {
    let terminal: MemoryTerminal
    let database: AppDatabase
    let runner: AppRunner

    init(
        width: Int = 80, height: Int = 24, language: Language = .en,
        colorSupport: ColorSupport = .colors256, database: AppDatabase? = nil
    ) throws {
        terminal = MemoryTerminal(width: width, height: height, colorSupport: colorSupport)
        if let database {
            self.database = database
        } else {
            // A fixed clock, so the journal's timestamps show the same in every run.
            self.database = try AppDatabase.inMemory(now: {
                Date(timeIntervalSince1970: 1_795_000_000)
            })
            try self.database.install(
                try FixtureSet.load(from: TestRepository.fixtures), by: "test")
        }
        runner = AppRunner(
            terminal: terminal, gateway: StoreGateway(database: self.database, clerk: "test"),
            language: language, today: TestDay.day)
        runner.start()
        runner.loop()
    }

    /// Sends keys (and other events), then lets the program draw.
    func press(_ keys: Key...) {
        for key in keys { terminal.enqueue(.key(key)) }
        runner.loop()
    }

    /// Types text, one character a key.
    func type(_ text: String) {
        for character in text { terminal.enqueue(.key(.char(character))) }
        runner.loop()
    }

    func resize(_ width: Int, _ height: Int) {
        terminal.resize(to: Size(width: width, height: height))
        runner.loop()
    }

    /// The screen as lines of text.
    var lines: [String] { terminal.screen.lines }
    var text: String { lines.joined(separator: "\n") }
    var state: AppState { runner.state }
}
