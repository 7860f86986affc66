import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout history [UNIT or OCCUPANT]`: the journal, whole or for one target.
struct HistoryCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Show the journal of changes.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A unit code (AOU-07) or an occupant id; nothing for the whole journal.")
    var target: String?
    @Option(help: "The most recent entries only.") var limit: Int = 1000
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run(with database: AppDatabase) throws {
        let show = Presenter(language: global.language, format: format)
        let entries: [JournalEntry]
        if let target, let id = Int64(target) {
            _ = try database.occupant(id: id)
            entries = try database.journal(occupantID: id, limit: limit)
        } else if let target {
            _ = try database.unit(code: target, on: global.today)
            entries = try database.journal(unitCode: target, limit: limit)
        } else {
            entries = try database.journal(limit: limit)
        }
        var listing = Listing(columns: [
            .init(key: "at", title: show.title(fr: "Quand", en: "When")),
            .init(key: "clerk", title: show.title(fr: "Agent", en: "Clerk")),
            .init(key: "action", title: show.title(fr: "Action", en: "Action")),
            .init(key: "unit", title: show.title(fr: "Local", en: "Unit")),
            .init(key: "occupant_id", title: "N°", alignRight: true),
            .init(key: "decision", title: show.title(fr: "Décision", en: "Decision")),
            .init(key: "note", title: show.title(fr: "Motif", en: "Note")),
            .init(key: "before", title: show.title(fr: "Avant", en: "Before")),
            .init(key: "after", title: show.title(fr: "Après", en: "After")),
        ])
        for entry in entries {
            listing.rows.append([
                format == .table ? entry.at.replacingOccurrences(of: "T", with: " ") : entry.at,
                entry.clerk,
                format == .table ? entry.action.name(in: global.language) : entry.action.rawValue,
                entry.unitCode ?? "", entry.occupantID.map(String.init) ?? "",
                entry.decision ?? "", entry.note ?? "", entry.before ?? "", entry.after ?? "",
            ])
        }
        try emit(listing.render(format))
    }
}
