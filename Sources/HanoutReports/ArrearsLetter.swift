import HanoutDomain
import TextLayout

/// A letter to an occupant in arrears: a reminder (lettre de rappel) or a
/// formal notice (mise en demeure), built from values the store gave.
///
/// The wording is a model for the commune to adapt: the deadlines (15 days
/// for a reminder, 8 for a notice) and the consequence named (the
/// convention terminated for non-payment) are stated as data here, never
/// hidden in a template.
public struct ArrearsLetter: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case reminder
        case formalNotice = "notice"

        /// Days given to pay from the letter's day.
        public var deadlineDays: Int { self == .reminder ? 15 : 8 }
    }

    public var kind: Kind
    public var commune: String
    public var occupantID: Int64
    public var occupantName: String
    public var conventions: [String]
    /// The unpaid dues fallen due, oldest first.
    public var unpaid: [SettledDue]
    public var printedOn: Day
    public var clerk: String

    public init(
        kind: Kind, commune: String, occupantID: Int64, occupantName: String, conventions: [String],
        unpaid: [SettledDue], printedOn: Day, clerk: String
    ) {
        self.kind = kind
        self.commune = commune
        self.occupantID = occupantID
        self.occupantName = occupantName
        self.conventions = conventions
        self.unpaid = unpaid
        self.printedOn = printedOn
        self.clerk = clerk
    }

    public var total: Money { unpaid.reduce(.zero) { $0 + $1.unpaid } }

    /// The letter as lines of at most `width` columns, paragraphs wrapped.
    public func lines(in language: Language, width: Int = 80) -> [String] {
        func day(_ day: Day) -> String { DayFormat.show(day, in: language) }
        func wrap(_ text: String) -> [String] { TextWrapper.wrap(text, width: width) }
        let deadline = printedOn.adding(days: kind.deadlineDays)
        var lines: [String] = []
        // French elides "de" before a vowel: la Commune d'Aouartas, de Tafraout.
        let ofCommune =
            commune.first.map { "AEIOUYÂÉÈÎÔaeiouy".contains($0) } == true
            ? "d'\(commune)" : "de \(commune)"
        lines += [
            language.pick(
                fr: "Royaume du Maroc — Commune \(ofCommune)",
                en: "Kingdom of Morocco — Commune of \(commune)"),
            language.pick(
                fr: "Gestion des locaux d'artisanat", en: "Management of craft premises"),
            "",
            language.pick(
                fr: "\(commune), le \(day(printedOn))", en: "\(commune), \(day(printedOn))"),
            "",
            language.pick(
                fr: "À : \(occupantName) (n° \(occupantID))",
                en: "To: \(occupantName) (no. \(occupantID))"),
            language.pick(
                fr: "Convention(s) : \(conventions.joined(separator: ", "))",
                en: "Convention(s): \(conventions.joined(separator: ", "))"),
            "",
        ]
        switch kind {
        case .reminder:
            lines.append(
                language.pick(
                    fr: "Objet : rappel de redevances impayées",
                    en: "Subject: reminder of unpaid fees"))
            lines.append("")
            lines += wrap(
                language.pick(
                    fr: "Madame, Monsieur, sauf erreur de notre part, les redevances d'occupation "
                        + "ci-dessous restent impayées à ce jour. Nous vous prions de bien vouloir les "
                        + "régler à la caisse de la commune avant le \(day(deadline)), en rappelant le "
                        + "numéro de votre convention.",
                    en: "Dear Sir or Madam, unless we are mistaken, the occupation fees below are "
                        + "still unpaid today. Please pay them at the commune's cash desk before "
                        + "\(day(deadline)), quoting your convention's number."))
        case .formalNotice:
            lines.append(
                language.pick(
                    fr: "Objet : mise en demeure de payer les redevances d'occupation",
                    en: "Subject: formal notice to pay the occupation fees"))
            lines.append("")
            lines += wrap(
                language.pick(
                    fr: "Madame, Monsieur, malgré nos rappels, les redevances ci-dessous restent "
                        + "impayées. Vous êtes mis en demeure de les régler avant le \(day(deadline)). "
                        + "À défaut, la commune pourra résilier votre convention d'occupation "
                        + "temporaire pour non-paiement, sans préjudice du recouvrement des sommes dues.",
                    en:
                        "Dear Sir or Madam, despite our reminders, the fees below are still unpaid. "
                        + "You are formally required to pay them before \(day(deadline)). Failing "
                        + "that, the commune may terminate your temporary occupation agreement for "
                        + "non-payment, without prejudice to the recovery of the sums owed."))
        }
        lines.append("")
        let headers = [
            language.pick(fr: "Mois", en: "Month"), language.pick(fr: "Local", en: "Unit"),
            language.pick(fr: "Échéance", en: "Due on"),
            language.pick(fr: "Reste dû", en: "Unpaid"),
        ]
        let rows = unpaid.map {
            [
                $0.due.month.shown(in: language), $0.due.unitCode, day($0.due.dueOn),
                $0.unpaid.shown(in: language),
            ]
        }
        let totalRow = ["", "", language.pick(fr: "Total", en: "Total"), total.shown(in: language)]
        let all = [headers] + rows + [totalRow]
        let widths = (0..<headers.count).map { column in
            all.map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let gap = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                return column == cells.count - 1 ? gap + cell : cell + gap
            }.joined(separator: "  ")
        }
        lines.append(line(headers))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines += rows.map(line)
        lines.append(line(totalRow))
        lines += [""]
        lines += wrap(
            language.pick(
                fr:
                    "Si vous avez déjà réglé ces sommes, merci de ne pas tenir compte de ce courrier "
                    + "et de présenter votre quittance au service.",
                en: "If you have already paid these sums, please disregard this letter and show "
                    + "your receipt to the office."))
        lines += [
            "",
            language.pick(
                fr: "Pour le Président du Conseil communal, l'agent : \(clerk)",
                en: "For the President of the Communal Council, the clerk: \(clerk)"),
        ]
        return lines.map { SafeText.clean($0) }
    }

    /// The letter as a text file, or an HTML page of the same text.
    public func document(as format: ReportFormat, language: Language, width: Int = 80) -> String {
        let text = lines(in: language, width: width).joined(separator: "\n") + "\n"
        guard format == .html else { return text }
        return HTMLEscape.preformattedPage(
            title: occupantName, text: text, language: language,
            style: "pre { font: 11pt monospace; } @page { size: A4; margin: 2cm; }")
    }
}
