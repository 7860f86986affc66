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
        // A table is read by the clerk: local time, names, no JSON. The
        // before and after of each change are for scripts, in JSON.
        let machine = format == .json
        let names =
            format == .table ? try database.occupantNames(entries.compactMap(\.occupantID)) : [:]
        var columns: [Listing.Column] = [
            .init(key: "at", title: show.title(fr: "Quand", en: "When"), fit: .whole),
            .init(key: "clerk", title: show.title(fr: "Agent", en: "Clerk")),
            .init(key: "action", title: show.title(fr: "Action", en: "Action")),
            .init(key: "unit", title: show.title(fr: "Local", en: "Unit"), fit: .whole),
            .init(key: "occupant_id", title: show.title(fr: "Occupant", en: "Occupant")),
            .init(
                key: "decision", title: show.title(fr: "Décision", en: "Decision"), fit: .optional),
            .init(key: "note", title: show.title(fr: "Motif", en: "Reason"), fit: .wrap),
        ]
        if machine {
            columns += [
                .init(key: "before", title: show.title(fr: "Avant", en: "Before")),
                .init(key: "after", title: show.title(fr: "Après", en: "After")),
            ]
        }
        var listing = Listing(columns: columns)
        for entry in entries {
            let occupant = entry.occupantID.map { id in
                format == .table ? "#\(id) " + (names[id] ?? "") : String(id)
            }
            var row = [
                format == .table ? LocalTime.show(entry.at, in: global.language) : entry.at,
                entry.clerk,
                format == .table ? entry.action.name(in: global.language) : entry.action.rawValue,
                entry.unitCode ?? "", occupant ?? "", entry.decision ?? "", entry.note ?? "",
            ]
            if machine { row += [entry.before ?? "", entry.after ?? ""] }
            listing.rows.append(row)
        }
        try emit(listing.render(format, fitting: global.tableRoom))
    }
}
