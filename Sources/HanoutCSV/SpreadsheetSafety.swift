/// Keeps a spreadsheet from running what a CSV cell says.
///
/// A cell that starts with `=`, `+`, `-` or `@` is read as a formula by
/// Excel and LibreOffice (`=HYPERLINK(...)`, `=cmd|...`), and so, per OWASP,
/// is one starting with a tab or a carriage return. Such a cell gets a
/// single quote in front, which spreadsheets show as text and do not evaluate.
///
/// ``CSVWriter`` applies it to every cell it writes (listings, exports, the printed
/// report's CSV): this is the one place the rule lives. A phone number written
/// `+212…` therefore reads `'+212…` in a file, as a spreadsheet shows it anyway.
public enum SpreadsheetSafety {
    /// The characters that make a spreadsheet evaluate a cell.
    public static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell, prefixed with `'` when it would be read as a formula.
    public static func neutralise(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, triggers.contains(first) else {
            return cell
        }
        return "'" + cell
    }
}
