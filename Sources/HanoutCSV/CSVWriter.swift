/// Writes RFC 4180 CSV: fields quoted only when they must be.
///
/// Every field is made safe first, whoever calls: controls and bidi formatting replaced
/// (``CSVControls``), then formulas neutralised (``SpreadsheetSafety``). A listing, an export
/// and the printed report's CSV can then be opened in a spreadsheet or shown with `cat`.
public enum CSVWriter {
    /// One record as a line ending in LF.
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }

    /// One record as a line ending in LF, appended to `bytes` as UTF-8: a
    /// large export writes its lines into one buffer, without a string each.
    public static func append(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            // Most cells of an export (codes, numbers, Latin names) are plain:
            // copied as they are, in one pass over their bytes.
            let copied =
                field.utf8.withContiguousStorageIfAvailable { cell in
                    guard isPlain(cell) else { return false }
                    bytes.append(contentsOf: cell)
                    return true
                } ?? false
            if !copied { bytes.append(contentsOf: escape(field).utf8) }
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// A whole table: the header row, then the rows.
    public static func table(header: [String], rows: [[String]]) -> String {
        var text = line(header)
        for row in rows { text += line(row) }
        return text
    }

    /// Whether a cell's bytes need nothing done (`escape` would give them
    /// back as they are): printable ASCII, no comma or quote, no formula's start.
    static func isPlain(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        if let first = cell.first, SpreadsheetSafety.startsFormula(first) { return false }
        return cell.allSatisfy { byte in
            byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: ",") && byte != UInt8(ascii: "\"")
        }
    }

    static func escape(_ field: String) -> String {
        let field = SpreadsheetSafety.neutralise(CSVControls.replaced(field))
        let mustQuote = field.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        }
        guard mustQuote else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
