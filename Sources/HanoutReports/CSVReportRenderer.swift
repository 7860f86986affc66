import HanoutCSV
import HanoutDomain

/// The occupancy of one or more zones as CSV: UTF-8, a header row, one row per unit.
///
/// Like `hanout export`, the header uses stable English keys, dates are ISO
/// and states their code (`vacant`, `occupied`, `reserved`, `works`), so a
/// spreadsheet or a script reads it the same in either language. Every cell
/// is cleaned (``OccupancyReport`` did it) and then neutralised against
/// formulas by `CSVWriter`, as every CSV of the program is: a name like
/// `=HYPERLINK(...)` stays text.
public struct CSVReportRenderer: Sendable {
    /// The header row.
    public static let header = [
        "zone", "commune", "as_of", "unit", "area_m2", "allowed_trades", "state", "state_letter",
        "occupant", "trade", "since", "until", "decision",
    ]

    public init() {}

    /// The CSV text of every zone's units, in order.
    public func document(_ reports: [OccupancyReport]) -> String {
        let words = ReportWords(language: .en)
        var rows: [[String]] = []
        for report in reports {
            for unit in report.units {
                rows.append([
                    report.zoneCode, report.commune, report.day.iso, unit.code,
                    words.area(unit.areaM2), unit.allowedTrades.joined(separator: ";"),
                    unit.state.rawValue, String(unit.state.letter), unit.occupant ?? "",
                    unit.trade ?? "", unit.since?.iso ?? "", unit.until?.iso ?? "",
                    unit.decision ?? "",
                ])
            }
        }
        return CSVWriter.table(header: Self.header, rows: rows)
    }
}
