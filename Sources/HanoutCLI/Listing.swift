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
    }

    var columns: [Column]
    var rows: [[String]] = []

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .table: return table()
        case .csv: return CSVWriter.table(header: columns.map(\.key), rows: rows)
        case .json: return json()
        }
    }

    /// Columns aligned by display width, so Arabic, Tifinagh and accents line up.
    func table() -> String {
        let clean = rows.map { $0.map { SafeText.clean($0) } }
        var widths = columns.map { DisplayWidth.of($0.title) }
        for row in clean {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            zip(cells, columns.indices).map { cell, index in
                DisplayWidth.pad(
                    cell, to: widths[index], alignment: columns[index].alignRight ? .right : .left)
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        var text = line(columns.map(\.title))
        text += line(widths.map { String(repeating: "-", count: $0) })
        for row in clean { text += line(row) }
        return text
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
