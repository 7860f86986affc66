import HanoutDomain
import TextLayout

/// The ranking of a call, and the draft of the committee's minutes, as pages
/// of plain text for `lp` or a `.txt` file.
///
/// An applicant is one block (rank, number, name, trade, total, then a line
/// a criterion: "why 74 points"), never split across two pages, so a
/// committee member reads each score whole. Every page repeats the header.
public struct CallReportText: Sendable {
    public enum Kind: String, Sendable {
        case ranking
        case minutes
    }

    public var kind: Kind
    public var language: Language
    public var setup: PageSetup

    public init(_ kind: Kind, language: Language, setup: PageSetup) {
        self.kind = kind
        self.language = language
        self.setup = setup
    }

    var width: Int { max(TextReportRenderer.narrowest, setup.width) }
    var length: Int { max(TextReportRenderer.shortest, setup.length) }

    func pick(fr: String, en: String) -> String { language.pick(fr: fr, en: en) }
    func day(_ day: Day) -> String { DayFormat.show(day, in: language) }

    /// The pages, each its lines joined by newlines.
    public func pages(_ report: CallReport) -> [String] {
        let headerHeight = header(report, page: 1, of: 1).count
        var builder = PageBuilder(capacity: length - headerHeight)
        if kind == .minutes { addMinutesOpening(report, to: &builder) }
        addRanking(report, to: &builder)
        if kind == .minutes { addOutcome(report, to: &builder) }
        let bodies = builder.pages
        return bodies.enumerated().map { index, body in
            (header(report, page: index + 1, of: bodies.count) + body).joined(separator: "\n")
        }
    }

    /// The whole document: pages separated by form feeds, ending with a newline.
    public func document(_ report: CallReport) -> String {
        TextReportRenderer.join(pages(report))
    }

    func wrap(_ text: String, indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return TextWrapper.wrap(text, width: width - indent).map { pad + $0 }
    }

    func header(_ report: CallReport, page: Int, of count: Int) -> [String] {
        let title =
            kind == .ranking
            ? pick(fr: "Classement", en: "Ranking")
            : pick(fr: "Projet de procès-verbal du comité", en: "Draft minutes of the committee")
        let pageLabel = pick(fr: "page \(page)/\(count)", en: "page \(page) of \(count)")
        var first = TextWrapper.wrap(
            title + " · " + report.call.reference, width: width - DisplayWidth.of(pageLabel) - 1)
        first[0] = DisplayWidth.pad(first[0], to: width - DisplayWidth.of(pageLabel)) + pageLabel
        return first
            + wrap(report.call.title + " · " + report.call.zoneCode + " " + report.zoneName)
            + wrap(
                pick(fr: "Imprimé le ", en: "Printed on ") + day(report.printedOn) + " · "
                    + pick(fr: "agent : ", en: "clerk: ") + report.clerk)
            + [String(repeating: "=", count: width)]
    }

    func versionLine(_ report: CallReport) -> [String] {
        let frozen =
            report.isFrozen
            ? pick(fr: "figé", en: "frozen") : pick(fr: "non figé", en: "not frozen")
        var text = pick(
            fr:
                "Version \(report.rankingVersion) du classement (\(frozen)) · tirage au sort : \(report.seed)",
            en: "Ranking version \(report.rankingVersion) (\(frozen)) · lot seed: \(report.seed)")
        if let reason = report.versionReason {
            text += pick(fr: " · motif : ", en: " · reason: ") + reason
        }
        return wrap(text)
    }

    func addRanking(_ report: CallReport, to builder: inout PageBuilder) {
        builder.add(together: versionLine(report))
        builder.add(
            together: wrap(
                pick(
                    fr: "Égalités départagées par l'heure de dépôt, puis par le tirage au sort.",
                    en: "Ties broken by filing time, then by the lot.")))
        builder.space()
        for entry in report.ranked {
            var block = wrap(
                "\(entry.rank). \(entry.filingNumber) · \(entry.applicant) · \(entry.trade) · "
                    + pick(fr: "\(entry.score.total) points", en: "\(entry.score.total) points"))
            for line in entry.score.lines where line.points > 0 || line.value > 0 {
                block += wrap(line.explanation(in: language), indent: 4)
            }
            builder.add(together: block)
        }
        guard !report.setAside.isEmpty else { return }
        builder.space()
        builder.add(together: wrap(pick(fr: "Dossiers écartés", en: "Files set aside")))
        for aside in report.setAside {
            builder.add(
                together: wrap(
                    "- \(aside.filingNumber) · \(aside.applicant) · \(aside.trade) : "
                        + aside.reason.message(in: language)))
        }
    }

    func addMinutesOpening(_ report: CallReport, to builder: inout PageBuilder) {
        let call = report.call
        builder.add(
            together: wrap(
                pick(
                    fr:
                        "Le comité s'est réuni pour classer les dossiers reçus du \(day(call.opensOn)) "
                        + "au \(day(call.closesOn)) et proposer l'attribution des locaux : "
                        + call.units.map(\.unitCode).joined(separator: ", ") + ".",
                    en: "The committee met to rank the files received from \(day(call.opensOn)) "
                        + "to \(day(call.closesOn)) and to propose the allocation of the units: "
                        + call.units.map(\.unitCode).joined(separator: ", ") + ".")))
        builder.space()
        builder.add(together: wrap(pick(fr: "Membres présents :", en: "Members present:")))
        let members = report.members.isEmpty ? ["…"] : report.members
        builder.add(together: members.flatMap { wrap("- " + $0, indent: 2) })
        builder.space()
    }

    func addOutcome(_ report: CallReport, to builder: inout PageBuilder) {
        builder.space()
        builder.add(together: wrap(pick(fr: "Offres", en: "Offers")))
        if report.offers.isEmpty {
            builder.add(together: wrap(pick(fr: "Aucune offre.", en: "No offer."), indent: 2))
        }
        for offer in report.offers {
            builder.add(
                together: wrap(
                    "- \(offer.unitCode) · \(offer.applicant) (\(offer.filingNumber)) · "
                        + pick(fr: "réponse avant le ", en: "answer due by ") + day(offer.dueBy)
                        + " · "
                        + offer.state.name(in: language)))
        }
        builder.space()
        builder.add(together: wrap(pick(fr: "Liste d'attente", en: "Waiting list")))
        if report.waiting.isEmpty {
            builder.add(
                together: wrap(pick(fr: "Personne n'attend.", en: "No one waits."), indent: 2))
        }
        for (index, entry) in report.waiting.enumerated() {
            builder.add(
                together: wrap(
                    "\(index + 1). \(entry.applicant) · \(entry.trade) · "
                        + pick(
                            fr: "rang \(entry.rank), \(entry.total) points, inscrit le ",
                            en: "rank \(entry.rank), \(entry.total) points, joined ")
                        + day(entry.joinedOn)))
        }
        builder.space()
        builder.add(
            together: wrap(
                pick(
                    fr: "Projet établi par Hanout, à relire et signer par les membres du comité.",
                    en:
                        "Draft prepared by Hanout, to be read and signed by the committee's members."
                ))
                + ["", pick(fr: "Signatures :", en: "Signatures:")])
    }
}
