import ArgumentParser

/// `hanout call …`: a call for applications, from its draft to its allocation.
struct CallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call", abstract: "Calls for applications (appels à candidatures).",
        subcommands: [
            CallCreateCommand.self, CallOpenCommand.self, CallCloseCommand.self,
            CallRankCommand.self, CallFreezeCommand.self, CallAllocateCommand.self,
            CallShowCommand.self, CallListCommand.self,
        ])
}
