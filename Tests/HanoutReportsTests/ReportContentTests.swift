import HanoutDomain
import HanoutStore
import HanoutTestSupport
import Testing
import TextLayout

@testable import HanoutReports

/// What the report says: the right day, the right counts, every zone on its own pages, clean text.
@Suite struct ReportContentTests {
    func day(_ text: String) -> Day { Day(text) ?? TestDay.day }

    func unit(_ code: String, in reports: [OccupancyReport]) -> ReportUnit? {
        reports.first?.units.first { $0.code == code }
    }

    @Test func asOfShowsWhoHeldAUnitOnAPastDay() throws {
        let before = try fixtureReports("AOU", on: day("2026-02-01"))
        #expect(unit("AOU-03", in: before)?.occupant == "Omar Bouzid")
        #expect(unit("AOU-04", in: before)?.occupant == "Abdellah Aït Taleb")
        let between = try fixtureReports("AOU", on: day("2026-02-20"))
        #expect(unit("AOU-03", in: between)?.state == .vacant)
        let text = TextReportRenderer(language: .en, setup: .portrait).document(before)
        #expect(text.contains("Occupancy on 1 Feb 2026"))
        #expect(text.contains("Omar Bouzid"))
    }

    @Test func aFutureDayShowsTheStandsAlreadyAllocatedWithTheirLastDay() throws {
        let fair = try fixtureReports("FAM", on: day("2027-02-19"))
        #expect(fair.first?.totals.occupied == 8)
        let pages = TextReportRenderer(language: .fr, setup: .portrait).pages(fair.first ?? fair[0])
        let lines = pages.joined(separator: "\n").components(separatedBy: "\n")
        // Portrait stacks "until" under "since" in one column: the next line of the row.
        let row = try #require(lines.firstIndex { $0.hasPrefix("FAM-01 ") })
        #expect(lines[row].contains("18/02/2027"))
        #expect(lines[row + 1].contains("21/02/2027"))
    }

    @Test func aUnitsOwnSheetHasOnlyThatUnitAndItsTotals() throws {
        let report = try #require(try fixtureReports("AOU").first).selecting(units: ["AOU-07"])
        #expect(report.units.map(\.code) == ["AOU-07"])
        #expect(report.totals.units == 1 && report.totals.occupied == 1)
        let text = TextReportRenderer(language: .en, setup: .portrait).document([report])
        #expect(text.contains("AOU-07 ") && text.contains("Coopérative"))
        #expect(!text.contains("AOU-06"))
    }

    @Test func theTotalsAgreeWithTheStoresCountsForEveryZone() throws {
        let database = try fixtureDatabase()
        let reports = try zoneReports(from: database)
        let summaries = try database.zoneSummaries(on: TestDay.day)
        #expect(reports.map(\.zoneCode) == summaries.map(\.zone.code))
        for (report, summary) in zip(reports, summaries) {
            let totals = report.totals
            #expect(
                [totals.units, totals.occupied, totals.vacant, totals.reserved, totals.underWorks]
                    == [
                        summary.units, summary.occupied, summary.vacant, summary.reserved,
                        summary.underWorks,
                    ],
                "\(report.zoneCode)")
            #expect(totals.percent == Int((summary.occupancy * 100).rounded()))
        }
    }

    @Test func everyZoneStartsOnANewPageNumberedWithinTheZone() throws {
        let reports = try fixtureReports()
        let renderer = TextReportRenderer(language: .en, setup: .portrait)
        let sheets = renderer.document(reports).dropLast().components(separatedBy: "\u{0C}")
        #expect(sheets.count == renderer.pageCount(reports))
        var index = 0
        for report in reports {
            let count = renderer.pages(report).count
            for page in 1...count {
                let lines = sheets[index].components(separatedBy: "\n")
                #expect(
                    lines[0].hasSuffix("Page \(page) of \(count)"), "\(report.zoneCode) \(page)")
                #expect(lines[1].hasPrefix(report.zoneCode + " · "), "\(report.zoneCode) \(page)")
                index += 1
            }
        }
        #expect(!renderer.document(reports).hasSuffix("\u{0C}\n"), "no blank sheet at the end")
    }

    @Test func controlCharactersAndBidiOverridesNeverReachThePage() {
        let report = OccupancyReport(
            zoneCode: "ZZ", zoneName: "Zone \u{202E}inversée", commune: "Tiz\u{1B}[2Jnit",
            day: TestDay.day, printedOn: TestDay.day, clerk: "Clerk\u{07}",
            units: [
                ReportUnit(
                    code: "ZZ-01", number: 1, row: 1, column: 1, state: .occupied,
                    occupant: "Evil\u{1B}]52;c;aGk=\u{07} Name\r\nNext", trade: "MEN",
                    since: TestDay.day, decision: "DEC\u{202D}-1\u{9B}")
            ])
        for setup in [PageSetup.portrait, .landscape] {
            let text = TextReportRenderer(language: .en, setup: setup).document([report])
            let bad = text.unicodeScalars.filter {
                $0 != "\n" && SafeText.treatment(of: $0) != .keep
            }
            #expect(bad.isEmpty, "\(bad.map { String($0.value, radix: 16) })")
            #expect(text.contains("Evil\u{FFFD}]52;c;aGk=\u{FFFD}"))
        }
        #expect(report.units.first?.occupant == "Evil\u{FFFD}]52;c;aGk=\u{FFFD} Name Next")
    }

    @Test func wrappingNeverLosesOrReordersACharacter() {
        let samples = ReportGenerator.names + ReportGenerator.decisions + ["", "   ", "a b  c"]
        for sample in samples.map({ SafeText.clean($0) }) {
            for width in 2...30 {
                let lines = TextWrapper.wrap(sample, width: width)
                #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(sample) at \(width)")
                let kept = lines.joined().filter { $0 != " " }
                #expect(kept == sample.filter { $0 != " " }, "\(sample) at \(width)")
            }
        }
    }

    @Test func tilesThatTouchShareTheirBordersAndAnAlleyLeavesABlankLine() {
        let units = [(1, 1, 1), (2, 1, 2), (3, 2, 1), (4, 4, 2)].map { number, row, column in
            ReportUnit(
                code: "ZZ-0\(number)", number: number, row: row, column: column,
                state: number == 2 ? .occupied : .vacant, occupant: number == 2 ? "Aït Ali" : nil,
                trade: number == 2 ? "MEN" : nil)
        }
        let plan = FloorPlan(units: units, words: ReportWords(language: .en))
            .pieces(width: 40, maxHeight: 60)
        #expect(
            plan == [
                [
                    "┌────────────────┬────────────────┐",
                    "│ 01 V *         │ 02 O MEN       │",
                    "│ vacant         │ Aït Ali        │",
                    "├────────────────┼────────────────┘",
                    "│ 03 V *         │",
                    "│ vacant         │",
                    "└────────────────┘",
                    "",
                    "                 ┌────────────────┐",
                    "                 │ 04 V *         │",
                    "                 │ vacant         │",
                    "                 └────────────────┘",
                ]
            ])
    }
}
