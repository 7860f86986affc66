import HanoutDomain
import Testing
import TextLayout

@testable import HanoutReports

/// What must hold for any zone, however many units and however long or strange its names.
@Suite struct TextLayoutPropertyTests {
    static let setups: [PageSetup] = [.portrait, .landscape]

    @Test(arguments: 1...60)
    func everyPageFitsThePaperAndEveryUnitIsPrintedOnceWhole(_ seed: Int) {
        let report = ReportGenerator.report(seed: UInt64(seed))
        // The language alternates with the seed: both are covered, at half the cost.
        let language: Language = seed.isMultiple(of: 2) ? .fr : .en
        for setup in Self.setups {
            do {
                let renderer = TextReportRenderer(language: language, setup: setup)
                let pages = renderer.pages(report)
                let context = "seed \(seed), \(setup.orientation), \(language)"
                expectPagesFit(pages, setup, language, context)
                expectEveryRowWholeOnOnePage(report, pages, renderer, context)
                expectTotalsEqualTheTable(report, pages, language, context)
            }
        }
    }

    func expectPagesFit(
        _ pages: [String], _ setup: PageSetup, _ language: Language, _ context: String
    ) {
        #expect(!pages.isEmpty, "\(context)")
        for (index, page) in pages.enumerated() {
            let lines = page.components(separatedBy: "\n")
            #expect(
                lines.count <= setup.length,
                "\(context): page \(index + 1) has \(lines.count) lines")
            for line in lines {
                #expect(
                    DisplayWidth.of(line) <= setup.width,
                    "\(context): page \(index + 1) line too wide (\(DisplayWidth.of(line))): \(line)"
                )
                #expect(
                    line.unicodeScalars.allSatisfy { SafeText.treatment(of: $0) == .keep },
                    "\(context): a control or bidi character reached the page: \(line.debugDescription)"
                )
            }
            #expect(
                lines.first?.hasSuffix(
                    ReportWords(language: language).page(index + 1, of: pages.count))
                    == true,
                "\(context): page \(index + 1) lacks its page number")
        }
    }

    /// Each unit's row, drawn on its own, appears exactly once in the document, inside one page,
    /// and below the table's header on that page.
    func expectEveryRowWholeOnOnePage(
        _ report: OccupancyReport, _ pages: [String], _ renderer: TextReportRenderer,
        _ context: String
    ) {
        let table = UnitTable(words: renderer.words, orientation: renderer.setup.orientation)
            .table(report.units)
        let layout = table.layout(width: renderer.setup.width)
        let header = table.headerLines(layout)
        let pageLines = pages.map { $0.components(separatedBy: "\n") }
        var starts: [String: [(page: Int, line: Int)]] = [:]
        var firstWords: [Substring: Int] = [:]
        var headers: [Int: [Int]] = [:]
        for (page, lines) in pageLines.enumerated() {
            for (line, text) in lines.enumerated() {
                starts[text, default: []].append((page, line))
                firstWords[text.split(separator: " ").first ?? "", default: 0] += 1
                if text == header[0], Array(lines.dropFirst(line).prefix(header.count)) == header {
                    headers[page, default: []].append(line)
                }
            }
        }
        for (index, unit) in report.units.enumerated() {
            let block = table.lines(ofRow: index, layout)
            let found = (starts[block[0]] ?? []).filter { page, line in
                Array(pageLines[page].dropFirst(line).prefix(block.count)) == block
            }
            #expect(found.count == 1, "\(context): \(unit.code) found \(found.count) times whole")
            guard let (page, line) = found.first else { continue }
            let headed = (headers[page] ?? []).contains { $0 + header.count <= line }
            #expect(headed, "\(context): \(unit.code) has no table header above it on its page")
            let codeLines = firstWords[Substring(unit.code)] ?? 0
            #expect(codeLines == 1, "\(context): \(unit.code) starts \(codeLines) lines")
        }
    }

    /// The totals printed at the end count the rows of the table, state by state.
    func expectTotalsEqualTheTable(
        _ report: OccupancyReport, _ pages: [String], _ language: Language, _ context: String
    ) {
        let words = ReportWords(language: language)
        let lines = (pages.last ?? "").components(separatedBy: "\n")
        func printed(_ label: String) -> Int? {
            lines.first { $0.hasPrefix("  " + label + " ") }
                .flatMap { $0.split(separator: " ").last }.flatMap { Int($0) }
        }
        for state in UnitState.allCases {
            let rows = report.units.filter { $0.state == state }.count
            #expect(printed(words.totalsLabel(state)) == rows, "\(context): \(state)")
        }
        #expect(printed(words.allUnits) == report.units.count, "\(context): all units")
        let rate =
            report.units.isEmpty
            ? 0
            : Int(
                (Double(report.units.filter { $0.state == .occupied }.count) * 100
                    / Double(report.units.count)).rounded())
        #expect(lines.contains { $0.contains("\(rate) %") }, "\(context): rate \(rate) %")
    }
}
