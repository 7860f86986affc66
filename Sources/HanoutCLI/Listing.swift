import ArgumentParser
import Foundation
import HanoutCSV
import HanoutDomain
import TextLayout

/// How a listing is printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case csv
    case json
}

/// A listing: columns with a machine key and a title, and rows of text.
///
/// One shape for every command, printed as an aligned table for the
/// clerk, or as CSV or JSON (keys, ISO dates) for scripts.
struct Listing {
    struct Column {
        var key: String
        var title: String
        var alignRight = false
        /// What the column does when the table is too wide for the terminal.
        var fit: TableFit.Give

        init(key: String, title: String, alignRight: Bool = false, fit: TableFit.Give? = nil) {
            self.key = key
            self.title = title
            self.alignRight = alignRight
            // Numbers are read whole; text may be cut.
            self.fit = fit ?? (alignRight ? .whole : .cut)
        }
    }

    var columns: [Column]
    var rows: [[String]] = []

    /// The listing as `format`; a table fitted to `fitting` (nil: as wide as its cells).
    func render(_ format: OutputFormat, fitting: TableFit.Room? = nil) -> String {
        switch format {
        case .table: return table(fitting: fitting)
        case .csv: return CSVWriter.table(header: columns.map(\.key), rows: rows)
        case .json: return json()
        }
    }

    func json() -> String {
        let objects = rows.map { row in
            Dictionary(
                zip(columns.map(\.key), row).map { ($0, $1) },
                uniquingKeysWith: { first, _ in first })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(objects) else { return "[]\n" }
        return JSONSafety.escaped(String(decoding: data, as: UTF8.self)) + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
