import ArgumentParser

/// The `hanout` command: the TUI by default, and a command per clerk action.
public struct Hanout: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "hanout",
        abstract: "Allocate public premises to artisans and cooperatives (Tiznit region).",
        discussion: """
            With no command, opens the full-screen program. Every command takes --db, \
            --clerk and --lang; listings take --format table|csv|json.
            """,
        // Shown by `-h` and the manual; `Program.run` answers `--version` itself.
        version: ProgramVersion.number,
        subcommands: [
            OpenCommand.self, InitCommand.self, ZonesCommand.self, UnitsCommand.self,
            OccupantsCommand.self, TradesCommand.self, AddArtisanCommand.self,
            AddCooperativeCommand.self, EditOccupantCommand.self, AssignCommand.self,
            ReleaseCommand.self, CancelCommand.self,
            TransferCommand.self, ReserveCommand.self, WorksCommand.self, AvailableCommand.self,
            SetStateCommand.self, SuggestCommand.self,
            HistoryCommand.self, ImportCommand.self, ExportCommand.self, CheckCommand.self,
            GenerateCommand.self,
            PrintGroupCommand.self, CallCommand.self, ApplyCommand.self, ApplicationCommand.self,
            ApplicationsCommand.self, RankingCommand.self, OffersCommand.self, OfferCommand.self,
            WaitingListCommand.self, ConventionCommand.self, RenewCommand.self,
            ShortenCommand.self, TerminateCommand.self, ExpiringCommand.self, FeesCommand.self,
            PayCommand.self, ReversePaymentCommand.self, LedgerCommand.self, ArrearsCommand.self,
            RackCommand.self, FeeRevisionCommand.self, BackupCommand.self, RestoreCommand.self,
        ],
        defaultSubcommand: OpenCommand.self)

    public init() {}
}
