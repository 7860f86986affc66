import ArgumentParser

/// `hanout print`: the occupancy of zones by default (`hanout print AOU`, as
/// ever), or a call's ranking or committee minutes, through CUPS or to a file.
///
/// A group with a default, because the occupancy takes zones as free
/// arguments: as a subcommand of its own it cannot swallow `ranking` or
/// `minutes` as zone names.
struct PrintGroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print the occupancy of zones, a call's ranking or its committee's minutes.",
        discussion: """
            hanout print ZONE... | --all (the occupancy, as `hanout print occupancy`); \
            hanout print ranking CALL; hanout print minutes CALL --member NAME...
            """,
        subcommands: [
            PrintCommand.self, PrintRankingCommand.self, PrintMinutesCommand.self,
            PrintReminderCommand.self, PrintRackCommand.self, PrintArrearsCommand.self,
        ],
        defaultSubcommand: PrintCommand.self)
}
