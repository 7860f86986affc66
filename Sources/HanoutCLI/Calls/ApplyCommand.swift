import ArgumentParser
import Foundation
import HanoutDomain
import HanoutStore

/// `hanout apply CALL OCCUPANT --trade T …`: files an application to an open call.
struct ApplyCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply", abstract: "File an application to an open call.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The call's reference.") var call: String
    @Argument(help: "The applicant's id (see `hanout occupants`).") var occupant: Int64
    @Option(help: "The trade applied for, code or name (one of the applicant's).")
    var trade: String
    @Option(name: .customLong("prefer"), help: "A unit wanted, the most wanted first (repeat).")
    var preferences: [String] = []
    @Flag(help: "Refuse any unit but those preferred.") var onlyPreferred = false
    @Option(
        name: .customLong("document"),
        help: "A document received, NAME or NAME@DAY (default: the filing day; repeat).")
    var documents: [String] = []
    @Option(help: "Years of practice declared.") var years: Int = 0
    @Flag(help: "A woman applicant or a women's cooperative.") var woman = false
    @Option(help: "The applicant's birth day (for the under-35 criterion).") var born: Day?
    @Flag(help: "A person with a disability.") var disability = false
    @Option(help: "The commune of residence (default: the register's).") var commune: String?
    @Option(help: "The province of residence.") var province: String?
    @Flag(help: "A past tenancy ended in good standing.") var goodStanding = false
    @Option(help: "Why a file received after the closing day is accepted.") var lateReason: String?
    @Option(help: "The day the file was received (default today).") var on: Day?

    func run(with database: AppDatabase) throws {
        let filedOn = on ?? global.today
        let received = try documents.map { try Self.document($0, default: filedOn) }
        let application = try HintedRefusal.hinting {
            try database.apply(
                ApplicationForm(
                    occupantID: occupant, trade: try TradeArgument.code(trade, in: database),
                    preferences: preferences.map { $0.uppercased() },
                    acceptsOtherUnits: !onlyPreferred, documents: received,
                    declared: ApplicantFacts(
                        yearsOfPractice: years, isWomanOrWomensCooperative: woman,
                        birthDay: born, hasDisability: disability, commune: commune,
                        province: province, pastTenancyGoodStanding: goodStanding),
                    lateReason: lateReason, filedAt: FilingTime.at(filedOn)),
                to: call, by: global.clerkName)
        }
        let name = try database.occupant(id: occupant).name
        let missing = try application.missingDocuments(of: database.call(application.callReference))
        let language = global.language
        try confirm(
            language.pick(
                fr:
                    "Dossier \(application.filingNumber) enregistré : \(name) (\(application.trade)).",
                en: "File \(application.filingNumber) registered: \(name) (\(application.trade))."
            )
                + (missing.isEmpty
                    ? ""
                    : language.pick(fr: " Pièces manquantes : ", en: " Documents missing: ")
                        + missing.joined(separator: ", ") + "."))
    }

    /// `CIN` or `CIN@2027-01-12`.
    static func document(_ text: String, default day: Day) throws -> ReceivedDocument {
        let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return ReceivedDocument(name: text, receivedOn: day) }
        guard let received = DayFormat.parse(parts[1]) else {
            throw ValidationError("Unreadable day after @: \(text).")
        }
        return ReceivedDocument(name: parts[0], receivedOn: received)
    }
}

/// The filing time of a file received on a given day: that day at the time
/// of the clock (UTC), so files filed the same day keep the order they came in.
enum FilingTime {
    static func at(_ day: Day) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let now = formatter.string(from: Date())
        return day.iso + now.dropFirst(10)
    }
}
