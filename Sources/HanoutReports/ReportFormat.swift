/// What a report is written as.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Paged plain text (UTF-8, form feeds between pages): what goes to the printer.
    case text
    /// One row per unit, for a spreadsheet; cells neutralised against formulas.
    case csv
    /// One self-contained page with print CSS, for a browser to print or show.
    case html

    /// The file name extension.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .csv: return "csv"
        case .html: return "html"
        }
    }
}
