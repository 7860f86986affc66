import HanoutDomain

/// What goes to the printer: the text, how it is laid out, where it goes.
public struct PrintJob: Hashable, Sendable {
    /// The report as UTF-8 plain text, pages separated by form feeds.
    public var document: String
    /// The job's title in the printer's queue.
    public var title: String
    /// The name the document is handed to `lp` under, and saved under when printing fails.
    public var fileName: String
    public var setup: PageSetup
    /// The CUPS queue; nil for the CUPS default.
    public var printer: String?
    public var copies: Int
    /// How many sheets the document takes, to tell the clerk.
    public var pageCount: Int

    public init(
        document: String, title: String, fileName: String, setup: PageSetup,
        printer: String? = nil, copies: Int = 1, pageCount: Int
    ) {
        self.document = document
        self.title = title
        self.fileName = fileName
        self.setup = setup
        self.printer = printer
        self.copies = max(1, copies)
        self.pageCount = pageCount
    }

    /// The job that prints the occupancy reports of zones.
    public static func occupancy(
        _ reports: [OccupancyReport], language: Language, setup: PageSetup,
        printer: String? = nil, copies: Int = 1
    ) -> PrintJob {
        let renderer = TextReportRenderer(language: language, setup: setup)
        let pages = reports.flatMap(renderer.pages)
        let codes = reports.map(\.zoneCode)
        let day = reports.first?.day ?? Day(daysSinceEpoch: 0)
        return PrintJob(
            document: TextReportRenderer.join(pages),
            title: "Hanout " + (codes.count > 3 ? "all" : codes.joined(separator: " ")) + " "
                + day.iso,
            fileName: ReportDocument.fileName(zones: codes, day: day, format: .text),
            setup: setup, printer: printer, copies: copies, pageCount: pages.count)
    }
}
