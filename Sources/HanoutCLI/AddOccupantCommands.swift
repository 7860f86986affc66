import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout add-artisan`: registers an artisan.
struct AddArtisanCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-artisan", abstract: "Register an artisan (name and one trade required).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Full name.") var name: String
    @Option(
        name: .customLong("trade"),
        help: "A trade, code or name; repeat for several, the main one first.")
    var trades: [String]
    @Option(help: "artisan or master (maître-artisan).") var category: ArtisanCategory = .artisan
    @Option(help: "National identity card number.") var cin: String?
    @Option(help: "Artisan identity number (RNA).") var nia: String?
    @Option(help: "Phone number.") var phone: String?
    @Option(help: "Commune of residence.") var commune: String?
    @Flag(help: "Register even if an occupant has the same NIA, or name and commune.")
    var allowDuplicate = false

    func validate() throws {
        if name.allSatisfy(\.isWhitespace) { throw ValidationError("--name must not be empty.") }
        if trades.isEmpty {
            throw ValidationError(
                "Give at least one --trade (a code or a name, see `hanout trades`).")
        }
    }

    func run(with database: AppDatabase) throws {
        let saved = try HintedRefusal.hinting {
            try database.add(
                Occupant(
                    kind: .artisan, name: name.trimmingCharacters(in: .whitespaces),
                    category: category,
                    trades: try TradeArgument.codes(trades, in: database), cin: cin,
                    nia: nia, phone: phone, commune: commune),
                by: global.clerkName, allowingDuplicate: allowDuplicate)
        }
        try confirm(saved.registeredNotice(in: global.language))
    }
}

/// `hanout add-cooperative`: registers a cooperative or an association.
struct AddCooperativeCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-cooperative", abstract: "Register a cooperative or an association.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Name.") var name: String
    @Option(
        name: .customLong("trade"),
        help: "A trade, code or name; repeat for several, the main one first.")
    var trades: [String]
    @Option(help: "Registration number.") var registration: String?
    @Option(help: "Number of members.") var members: Int?
    @Flag(help: "Register even if an occupant has the same name and commune.")
    var allowDuplicate = false
    @Flag(help: "Register an association rather than a cooperative.") var association = false

    func validate() throws {
        if name.allSatisfy(\.isWhitespace) { throw ValidationError("--name must not be empty.") }
        if trades.isEmpty {
            throw ValidationError(
                "Give at least one --trade (a code or a name, see `hanout trades`).")
        }
        if let members, members < 0 { throw ValidationError("--members cannot be negative.") }
    }

    func run(with database: AppDatabase) throws {
        let saved = try HintedRefusal.hinting {
            try database.add(
                Occupant(
                    kind: association ? .association : .cooperative,
                    name: name.trimmingCharacters(in: .whitespaces),
                    trades: try TradeArgument.codes(trades, in: database),
                    registration: registration, members: members),
                by: global.clerkName, allowingDuplicate: allowDuplicate)
        }
        try confirm(saved.registeredNotice(in: global.language))
    }
}

extension ArtisanCategory: ExpressibleByArgument {}
