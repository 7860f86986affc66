import ArgumentParser
import Foundation
import Testing

@testable import HanoutCLI

/// The completion scripts `.ci/install` writes come from the command tree: each names
/// every command the help shows, at every depth.
@Suite struct CompletionScriptTests {
    /// Every shown command's name, below the root.
    static func commandNames(_ command: any ParsableCommand.Type = Hanout.self) -> Set<String> {
        var names: Set<String> = []
        for sub in command.configuration.subcommands where sub.configuration.shouldDisplay {
            names.insert(sub._commandName)
            names.formUnion(commandNames(sub))
        }
        return names
    }

    /// Whether `name` stands alone in `script`: not inside a longer name (`rank`, `ranking`).
    static func mentions(_ script: String, _ name: String) -> Bool {
        let pattern =
            "(?<![A-Za-z0-9-])" + NSRegularExpression.escapedPattern(for: name)
            + "(?![A-Za-z0-9-])"
        return script.range(of: pattern, options: .regularExpression) != nil
    }

    @Test(arguments: [CompletionShell.bash, .zsh, .fish])
    func theScriptNamesEveryCommand(_ shell: CompletionShell) {
        let names = Self.commandNames()
        #expect(names.count > 40, "the tree walked: \(names.sorted())")
        let script = Hanout.completionScript(for: shell)
        let missing = names.filter { !Self.mentions(script, $0) }
        #expect(missing.isEmpty, "\(shell) completion lacks \(missing.sorted())")
    }
}
