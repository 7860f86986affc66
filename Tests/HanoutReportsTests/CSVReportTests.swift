import Foundation
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutReports

/// The CSV a clerk opens in a spreadsheet: a header, every unit, nothing a spreadsheet would run.
@Suite struct CSVReportTests {
    @Test func aHeaderRowThenOneRowPerUnitInUTF8() throws {
        let text = CSVReportRenderer().document(try fixtureReports("AOU", "TAF"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == CSVReportRenderer.header.joined(separator: ","))
        #expect(lines.count == 1 + 25 + 15)
        #expect(
            lines.contains(
                "AOU,Aouartas,2026-11-29,AOU-02,44,MEN,occupied,O,Brahim Aït Ali,MEN,2025-10-01,,DEC-AOU-2025-002"
            ))
        #expect(Array(text.utf8.prefix(3)) != [0xEF, 0xBB, 0xBF], "no byte order mark")
        #expect(text.utf8.contains(0xC3), "Aït is written as UTF-8")
    }

    @Test func cellsThatASpreadsheetWouldRunAreNeutralised() {
        let hostile = [
            "=HYPERLINK(\"http://evil.example\",\"click\")", "+212600000000", "-2+3", "@SUM(A1:A9)",
        ]
        let units = hostile.enumerated().map { index, name in
            ReportUnit(
                code: "ZZ-0\(index + 1)", number: index + 1, row: 1, column: index + 1,
                state: .occupied, occupant: name, trade: "MEN", since: TestDay.day,
                decision: "=cmd|' /C calc'!A0")
        }
        let report = OccupancyReport(
            zoneCode: "ZZ", zoneName: "Zone", commune: "=Tiznit", day: TestDay.day,
            printedOn: TestDay.day, clerk: "test", units: units)
        let text = CSVReportRenderer().document([report])
        for name in hostile {
            #expect(
                text.contains("'" + name.replacingOccurrences(of: "\"", with: "\"\"")), "\(name)")
        }
        let cells = text.split(separator: "\n").dropFirst().flatMap { $0.split(separator: ",") }
        #expect(!cells.contains { ["=", "+", "-", "@"].contains($0.first) })
        #expect(text.contains(",'=Tiznit,"))
    }

    @Test func tabAndCarriageReturnAtTheStartAreNeutralisedToo() {
        #expect(SpreadsheetSafety.neutralise("\t=1+1") == "'\t=1+1")
        #expect(SpreadsheetSafety.neutralise("\r=1+1") == "'\r=1+1")
        #expect(SpreadsheetSafety.neutralise("Aït Ali") == "Aït Ali")
        #expect(SpreadsheetSafety.neutralise("") == "")
        #expect(SpreadsheetSafety.neutralise("2025-10-01") == "2025-10-01")
    }

    @Test func controlCharactersAreCleanedBeforeTheFile() {
        let report = OccupancyReport(
            zoneCode: "ZZ", zoneName: "Zone", commune: "Tiznit", day: TestDay.day,
            printedOn: TestDay.day, clerk: "test",
            units: [
                ReportUnit(
                    code: "ZZ-01", number: 1, row: 1, column: 1, state: .occupied,
                    occupant: "Name\u{1B}[31m\u{202E}", trade: "MEN", since: TestDay.day)
            ])
        let text = CSVReportRenderer().document([report])
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        #expect(!text.unicodeScalars.contains("\u{202E}"))
        #expect(text.contains("Name\u{FFFD}[31m\u{FFFD}"))
    }
}
