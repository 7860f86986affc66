import HanoutCSV
import HanoutDomain

/// The ranking and the minutes in every format `hanout print` writes.
///
/// Text is the document itself. HTML is that same text, escaped, in a
/// printable page: the minutes are a draft to be reread and signed, so the
/// layout is kept identical to the paper copy rather than restyled. CSV is
/// the ranking's table (a row per applicant, a column per criterion, stable
/// English keys as every CSV of the program), for the minutes too.
public enum CallReportDocument {
    public static func render(
        _ report: CallReport, _ kind: CallReportText.Kind, as format: ReportFormat,
        language: Language, setup: PageSetup
    ) -> String {
        switch format {
        case .text: return CallReportText(kind, language: language, setup: setup).document(report)
        case .csv: return csv(report)
        case .html:
            let text = CallReportText(kind, language: language, setup: setup).document(report)
            return HTMLEscape.preformattedPage(
                title: report.call.reference,
                text: text.replacingOccurrences(of: "\u{0C}", with: "\n"), language: language,
                style: "pre { font: 10pt monospace; } @page { size: A4; }")
        }
    }

    /// A row per applicant, ranked first, then those set aside with their reason.
    public static func csv(_ report: CallReport) -> String {
        let criteria = report.ranked.first?.score.lines.map(\.key) ?? []
        let header =
            ["call", "version", "frozen", "seed", "rank", "number", "applicant", "trade"]
            + criteria + ["total", "admissible", "reason"]
        let lead = [
            report.call.reference, String(report.rankingVersion), report.isFrozen ? "yes" : "no",
            String(report.seed),
        ]
        var rows: [[String]] = report.ranked.map { entry in
            lead + [String(entry.rank), entry.filingNumber, entry.applicant, entry.trade]
                + entry.score.lines.map { String($0.points) } + [
                    String(entry.score.total), "yes", "",
                ]
        }
        for aside in report.setAside {
            rows.append(
                lead + ["", aside.filingNumber, aside.applicant, aside.trade]
                    + criteria.map { _ in "" } + ["", "no", aside.reason.message(in: .en)])
        }
        return CSVWriter.table(header: header, rows: rows)
    }

    /// `hanout-ranking-TAF-2027-01-2027-02-03.txt`, the reference kept to safe characters.
    public static func fileName(
        _ kind: CallReportText.Kind, call: String, day: Day, format: ReportFormat
    ) -> String {
        let safe = String(
            call.unicodeScalars.filter {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
            })
        return
            "hanout-\(kind.rawValue)-\(safe.isEmpty ? "call" : safe)-\(day.iso).\(format.fileExtension)"
    }
}
