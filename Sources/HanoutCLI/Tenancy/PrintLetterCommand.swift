import ArgumentParser
import HanoutDomain
import HanoutReports
import HanoutStore

/// `hanout print reminder OCCUPANT [--notice]`: the letter to an occupant in
/// arrears, a reminder or a formal notice, through CUPS or to a file.
struct PrintReminderCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminder",
        abstract:
            "Print a reminder letter (or, with --notice, a formal notice) to an occupant in arrears."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var paper: DocumentPrintOptions
    @Argument(help: "The occupant's id.") var occupant: Int64
    @Flag(help: "A formal notice (mise en demeure) instead of a reminder.") var notice = false

    func validate() throws {
        try paper.validate(in: global.language)
        if paper.format == .csv {
            throw ValidationError(
                global.language.pick(
                    fr: "Une lettre s'imprime en texte ou en HTML.",
                    en: "A letter is printed as text or HTML."))
        }
    }

    func run(with database: AppDatabase) throws {
        let found = try database.occupantArrears(occupantID: occupant, asOf: global.today)
        guard !found.unpaid.isEmpty else { throw NothingOwed(name: found.occupant.name) }
        let letter = ArrearsLetter(
            kind: notice ? .formalNotice : .reminder, commune: found.commune,
            occupantID: found.occupant.id, occupantName: found.occupant.name,
            conventions: found.conventions, unpaid: found.unpaid, printedOn: global.today,
            clerk: global.clerkName)
        let setup = paper.setup
        let lines = letter.lines(in: global.language, width: setup.width)
        try paper.deliver(
            letter.document(as: paper.format, language: global.language, width: setup.width),
            pageCount: setup.pageCount(lines: lines.count),
            title: "Hanout \(letter.kind.rawValue) \(occupant)",
            fileName: "hanout-\(letter.kind.rawValue)-\(occupant)-\(global.today.iso).txt",
            global: global)
    }

    struct NothingOwed: ClerkError {
        var name: String
        func message(in language: Language) -> String {
            language.pick(
                fr: "\(name) ne doit rien à ce jour : pas de lettre.",
                en: "\(name) owes nothing today: no letter.")
        }
    }
}
