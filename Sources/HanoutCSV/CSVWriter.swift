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
    /// back as they are): no control, comma or quote, no formula's start, and
    /// none of the scalars `CSVControls` replaces. Names in Arabic, Tifinagh or
    /// with accents are plain too: only the lead bytes of the few sequences
    /// that could be a C1 control or a bidi mark send a cell the careful way.
    static func isPlain(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        if let first = cell.first, SpreadsheetSafety.startsFormula(first) { return false }
        var index = 0
        while index < cell.count {
            let byte = cell[index]
            let next = index + 1 < cell.count ? cell[index + 1] : 0
            switch byte {
            case 0x00..<0x20, 0x7F, UInt8(ascii: ","), UInt8(ascii: "\""): return false
            // U+0080–U+009F, the C1 controls.
            case 0xC2 where next < 0xA0: return false
            // U+061C, the Arabic letter mark.
            case 0xD8 where next == 0x9C: return false
            // U+2000–U+207F, where the bidi marks, embeddings and isolates are.
            case 0xE2 where next == 0x80 || next == 0x81: return false
            default: index += 1
            }
        }
        return true
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
