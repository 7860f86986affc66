import HanoutDomain
import TextLayout

/// The occupancy report as pages of plain text, for `lp` or a `.txt` file.
///
/// Each page has the header (commune, zone, the day of the occupancy, the
/// clerk, "page i of n"), then the first page the floor plan and its legend,
/// then the table of units, its header repeated on every page and no row
/// ever split across two, and at the end the totals and the occupancy rate.
/// Page numbers count within a zone: each zone is a document of its own
/// (one per notice board or committee file), and starts on a new page.
/// No line is wider than `setup.width` columns (by display width) and no
/// page longer than `setup.length` lines.
public struct TextReportRenderer: Sendable {
    public var language: Language
    public var setup: PageSetup

    /// The narrowest page the layout supports; a narrower setup is treated as this wide.
    public static let narrowest = 40
    /// The shortest page the layout supports; a shorter setup is treated as this long.
    public static let shortest = 20

    public init(language: Language, setup: PageSetup) {
        self.language = language
        self.setup = setup
    }

    var width: Int { max(Self.narrowest, setup.width) }
    var length: Int { max(Self.shortest, setup.length) }
    var words: ReportWords { ReportWords(language: language) }

    /// The pages of one zone's report, each its lines joined by newlines (no form feed).
    public func pages(_ report: OccupancyReport) -> [String] {
        let headerHeight = header(report, page: 1, of: 1).count
        var builder = PageBuilder(capacity: length - headerHeight)
        addPlan(report, to: &builder)
        addTable(report, to: &builder)
        if report.isUnitSheet {
            addHistory(report, to: &builder)
        } else {
            addTotals(report, to: &builder)
        }
        let bodies = builder.pages
        return bodies.enumerated().map { index, body in
            (header(report, page: index + 1, of: bodies.count) + body).joined(separator: "\n")
        }
    }

    /// Every zone's pages, a form feed before each page but the first, ending with a newline.
    public func document(_ reports: [OccupancyReport]) -> String {
        Self.join(reports.flatMap(pages))
    }

    /// Pages as one text: a form feed before each page but the first, and a final newline.
    ///
    /// No form feed after the last page: CUPS would print it as a blank sheet.
    public static func join(_ pages: [String]) -> String {
        pages.isEmpty ? "" : pages.joined(separator: "\n\u{0C}") + "\n"
    }

    /// How many sheets the reports take.
    public func pageCount(_ reports: [OccupancyReport]) -> Int {
        reports.map { pages($0).count }.reduce(0, +)
    }

    // MARK: - Header

    /// The header of a page; as tall on every page of a zone, whatever the page number.
    func header(_ report: OccupancyReport, page: Int, of count: Int) -> [String] {
        let pageLabel = words.page(page, of: count)
        let reserved = DisplayWidth.of(words.page(999, of: 999)) + 1
        var first = TextWrapper.wrap(
            words.title(report) + " · " + words.commune(report.commune), width: width - reserved)
        first[0] = DisplayWidth.pad(first[0], to: width - DisplayWidth.of(pageLabel)) + pageLabel
        let zone = TextWrapper.wrap(report.zoneCode + " · " + report.zoneName, width: width)
        let when = TextWrapper.wrap(
            [
                words.occupancy(on: report.day), words.clerk(report.clerk),
                words.printed(on: report.printedOn),
            ].joined(separator: " · "), width: width)
        // A hostile name must not eat the page: the header keeps to a quarter of it.
        var lines = first + zone + when
        let most = max(3, length / 4)
        if lines.count > most {
            lines = Array(lines.prefix(most))
            lines[most - 1] = DisplayWidth.truncate(lines[most - 1] + " …", to: width)
        }
        return lines + [String(repeating: "─", count: width), ""]
    }

    // MARK: - Body

    private func addPlan(_ report: OccupancyReport, to builder: inout PageBuilder) {
        guard !report.units.isEmpty else {
            builder.add(together: [words.noUnits])
            return
        }
        let legend =
            TextWrapper.wrap(words.legend, width: width)
            + TextWrapper.wrap(words.tileLegend, width: width)
        let plan = FloorPlan(units: report.units, words: words)
        let pieces = plan.pieces(width: width, maxHeight: builder.capacity - legend.count - 2)
        for (index, piece) in pieces.enumerated() {
            let caption =
                pieces.count == 1 ? words.plan : words.planPart(index + 1, of: pieces.count)
            let last = index == pieces.count - 1
            builder.space()
            builder.add(together: [caption] + piece + (last ? legend : []))
        }
    }

    private func addTable(_ report: OccupancyReport, to builder: inout PageBuilder) {
        guard !report.units.isEmpty else { return }
        let table = UnitTable(words: words, orientation: setup.orientation).table(report.units)
        let layout = table.layout(width: width)
        let header = table.headerLines(layout)
        var headedPage: Int?
        builder.space()
        for index in table.rows.indices {
            let row = table.lines(ofRow: index, layout)
            if headedPage != builder.pageIndex {
                let head = [headedPage == nil ? words.units : words.unitsContinued] + header
                if head.count + row.count > builder.remaining && !builder.pageIsEmpty {
                    builder.newPage()
                }
                builder.add(flowing: head)
                headedPage = builder.pageIndex
            } else if row.count > builder.remaining {
                builder.newPage()
                builder.add(flowing: [words.unitsContinued] + header)
                headedPage = builder.pageIndex
            }
            builder.add(flowing: row)
        }
    }

    /// A unit's sheet: its allocations, newest first as on its record, each line whole
    /// (a long reason goes on, set in, over the next lines; never cut).
    private func addHistory(_ report: OccupancyReport, to builder: inout PageBuilder) {
        builder.space()
        builder.add(together: [words.history])
        if report.unitHistory.isEmpty { builder.add(together: ["  " + words.noHistory]) }
        for line in report.unitHistory.reversed() {
            let text = line.historyText(on: report.day, in: language)
            let wrapped = TextWrapper.wrap(text, width: width - 4)
            builder.add(
                together: ["  " + (wrapped.first ?? "")] + wrapped.dropFirst().map { "    " + $0 })
        }
        let unit = report.units.first?.code ?? report.zoneCode
        builder.space()
        builder.add(together: TextWrapper.wrap(words.endOfSheet(unit), width: width))
    }

    /// The counts as a small table, one state a line, so they can be checked against the table.
    private func addTotals(_ report: OccupancyReport, to builder: inout PageBuilder) {
        let totals = report.totals
        let rows =
            ReportWords.totalsOrder.map { (words.totalsLabel($0), totals.count($0)) }
            + [(words.allUnits, totals.units)]
        let labelWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        let countWidth = rows.map { String($0.1).count }.max() ?? 0
        let lines = rows.map { label, count in
            "  " + DisplayWidth.pad(label, to: labelWidth) + "  "
                + DisplayWidth.pad(String(count), to: countWidth, alignment: .right)
        }
        builder.space()
        builder.add(
            together: [words.totalsTitle] + lines.map { DisplayWidth.truncate($0, to: width) }
                + TextWrapper.wrap(words.rate(totals), width: width)
                + TextWrapper.wrap(words.endOfReport(report.zoneCode), width: width))
    }
}
