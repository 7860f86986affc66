import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout edit-occupant ID`: changes contact fields, or corrects a name or a CIN.
struct EditOccupantCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit-occupant",
        abstract: "Change an occupant's details; a name or a CIN only as a correction.",
        discussion: """
            Only the fields given change; an empty value ('') clears a field. A new \
            name or CIN is a correction: give --reason, which the journal keeps.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The occupant's number (see `hanout occupants`).") var id: Int64
    @Option(help: "The name, corrected (needs --reason).") var name: String?
    @Option(help: "The national identity card number, corrected (needs --reason).")
    var cin: String?
    @Option(help: "artisan or master (maître-artisan).") var category: ArtisanCategory?
    @Option(help: "Artisan identity number (RNA).") var nia: String?
    @Option(help: "Phone number.") var phone: String?
    @Option(help: "Commune of residence.") var commune: String?
    @Option(help: "Registration number (cooperatives, associations).") var registration: String?
    @Option(help: "Number of members (cooperatives, associations).") var members: Int?
    @Option(help: "Why the name or CIN is corrected (document seen, typing error).")
    var reason: String?

    func validate() throws {
        if let name, name.allSatisfy(\.isWhitespace) {
            throw ValidationError("--name must not be empty.")
        }
    }

    func run(with database: AppDatabase) throws {
        var occupant = try database.occupant(id: id)
        if let name { occupant.name = name.trimmingCharacters(in: .whitespaces) }
        if let category { occupant.category = category }
        if let members { occupant.members = members }
        for (value, field) in [
            (cin, \Occupant.cin), (nia, \.nia), (phone, \.phone), (commune, \.commune),
            (registration, \.registration),
        ] {
            guard let value else { continue }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            occupant[keyPath: field] = trimmed.isEmpty ? nil : trimmed
        }
        let saved = try database.edit(occupant, correctionReason: reason, by: global.clerkName)
        try confirm(
            global.language.pick(
                fr: "Enregistré : \(saved.name), n° \(saved.id).",
                en: "Saved: \(saved.name), #\(saved.id)."))
    }
}
