/// Keeps a spreadsheet from running what a CSV cell says.
///
/// A cell that starts with `=`, `+`, `-` or `@` is read as a formula by
/// Excel and LibreOffice (`=HYPERLINK(...)`, `=cmd|...`), and so, per OWASP,
/// is one starting with a tab or a carriage return. Such a cell gets a
/// single quote in front, which spreadsheets show as text and do not evaluate.
///
/// ``CSVWriter`` applies it to every cell it writes (listings, exports, the printed
/// report's CSV): this is the one place the rule lives.
///
/// A signed number (`+212 6 12 34 56 78`, `-5`, `-2.5`) is left as it is: it is
/// no formula, and a phone number must read back as the clerk typed it. Only
/// digits, spaces and one decimal point may follow the sign; `-1+1` or
/// `+cmd|' /C calc'!A0` are neutralised.
public enum SpreadsheetSafety {
    /// The cell, prefixed with `'` when it would be read as a formula.
    public static func neutralise(_ cell: String) -> String {
        // The characters that start a formula are ASCII: the first byte tells.
        guard let byte = cell.utf8.first, startsFormula(byte) else { return cell }
        let first = Unicode.Scalar(byte)
        if (first == "+" || first == "-") && isSignedNumber(cell.utf8.dropFirst()) { return cell }
        return "'" + cell
    }

    /// Whether a cell starting with `byte` would be evaluated by a spreadsheet:
    /// `=`, `+`, `-`, `@`, a tab or a carriage return.
    static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
            UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            return true
        default: return false
        }
    }

    /// Digits, with spaces between groups and at most one decimal point.
    private static func isSignedNumber(_ rest: Substring.UTF8View) -> Bool {
        var digits = 0
        var points = 0
        for byte in rest {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: " "): continue
            case UInt8(ascii: "."): points += 1
            default: return false
            }
        }
        return digits > 0 && points <= 1
    }
}
