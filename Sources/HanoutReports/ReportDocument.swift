import HanoutDomain

/// One entry point for every format: what `hanout print --output` and the print dialog write.
public enum ReportDocument {
    /// The reports rendered as `format`; `setup` lays out text and sets the HTML page.
    public static func render(
        _ reports: [OccupancyReport], as format: ReportFormat, language: Language,
        setup: PageSetup
    ) -> String {
        switch format {
        case .text: return TextReportRenderer(language: language, setup: setup).document(reports)
        case .csv: return CSVReportRenderer().document(reports)
        case .html: return HTMLReportRenderer(language: language, setup: setup).document(reports)
        }
    }

    /// The file name a report is saved under: `hanout-AOU-2026-11-29.txt`.
    ///
    /// Up to three zone codes are named; more (or none) read `all`. Codes are
    /// kept to letters, digits and hyphens so that a hostile code cannot
    /// make a path.
    public static func fileName(zones: [String], day: Day, format: ReportFormat) -> String {
        let safe = zones.map { code in
            String(
                code.unicodeScalars.filter {
                    $0.isASCII
                        && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
                })
        }.filter { !$0.isEmpty }
        let label = safe.isEmpty || safe.count > 3 ? "all" : safe.joined(separator: "-")
        return "hanout-\(label)-\(day.iso).\(format.fileExtension)"
    }
}
