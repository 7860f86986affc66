import Foundation
import HanoutDomain
import HanoutReports
import HanoutStore
import TerminalKit
import Testing

@testable import HanoutApp

@MainActor
@Suite struct PrintDialogTests {
    @Test func pOnAZoneOpensTheDialogWithItsReportAndPageCount() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .char("p"))
        #expect(app.lines[0].contains("Print AOU"))
        #expect(app.text.contains("Orientation  ◀ portrait (80 columns) ▶"))
        #expect(app.text.contains("Pages: 2 page(s)"))
        let dialog = try #require(app.state.top.printDialog)
        #expect(dialog.reports?.map(\.zoneCode) == ["AOU"])
        #expect(dialog.reports?.first?.units.count == 25)
    }

    @Test func printingToAFileWritesTheChosenFormatAndSaysWhere() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("aou.html").path
        let app = try AppHarness()
        app.press(.down, .down, .enter, .char("p"))
        // The last destination is "a file"; then landscape, then HTML.
        app.press(.left, .down, .right, .down, .right, .right, .down)
        #expect(app.text.contains("Format       ◀ html ▶"), "\(app.text)")
        for _ in 0..<40 { app.press(.backspace) }
        app.type(path)
        app.press(.enter)
        #expect(app.state.message?.text == "Report saved: \(path)")
        #expect(app.lines[0].contains("Zone artisanale"), "the dialog closed")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("AOU-25") && html.contains("@page"))
    }

    @Test func aFileOfThatNameIsNeverReplacedTheReportTakesTheNextFreeName() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let taken = folder.appendingPathComponent("aou.txt")
        try "yesterday's report".write(to: taken, atomically: false, encoding: .utf8)
        let app = try AppHarness()
        // The last destination is "a file"; orientation and format as they are.
        app.press(.down, .down, .enter, .char("p"), .left, .down, .down, .down)
        #expect(app.state.top.printDialog?.capturesText == true, "the file name field")
        for _ in 0..<60 { app.press(.backspace) }
        app.type(taken.path)
        app.press(.enter)
        let next = folder.appendingPathComponent("aou-2.txt").path
        #expect(
            app.state.message?.text == "Report saved: \(next) (aou.txt was taken)", "\(app.text)")
        #expect(app.text.replacingOccurrences(of: "\n", with: "").contains("aou-2.txt"))
        #expect(try String(contentsOf: taken, encoding: .utf8) == "yesterday's report")
        #expect(try String(contentsOfFile: next, encoding: .utf8).contains("AOU-25"))
    }

    @Test func theUnitRecordPrintsTheUnitsOwnSheet() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .enter, .char("p"))
        #expect(app.lines[0].contains("Print AOU-01"))
        let dialog = try #require(app.state.top.printDialog)
        #expect(dialog.reports?.first?.units.map(\.code) == ["AOU-01"])
        #expect(dialog.reports?.first?.isUnitSheet == true)
    }

    /// A unit's sheet is the unit and its history, not a one-unit zone report: the
    /// release of AOU-04 (from the fixtures) and its reason are on paper, no totals.
    @Test func aUnitsSheetOnPaperHoldsItsHistoryAndNoZoneTotals() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("aou-04.txt").path
        let app = try AppHarness()
        app.press(.down, .down, .enter, .right, .right, .right, .enter, .char("p"))
        #expect(app.lines[0].contains("Print AOU-04"), "\(app.text)")
        app.press(.left, .down, .down, .down)
        for _ in 0..<60 { app.press(.backspace) }
        app.type(path)
        app.press(.enter)
        #expect(app.state.message?.text == "Report saved: \(path)", "\(app.text)")
        let sheet = try String(contentsOfFile: path, encoding: .utf8)
        #expect(sheet.hasPrefix("Unit sheet · Commune: Aouartas"), "\(sheet)")
        #expect(sheet.contains("Allocation history"))
        let lines = sheet.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(
            lines.contains {
                $0.hasPrefix("1 Oct 2025 → 30 Jun 2026") && $0.contains("released : départ à la")
            }, "\(sheet)")
        #expect(sheet.contains("End of the sheet of unit AOU-04."))
        #expect(!sheet.contains("Totals") && !sheet.contains("AOU-05"))
    }

    @Test func escapeCancelsWithoutPrinting() throws {
        let app = try AppHarness()
        app.press(.char("p"), .escape)
        #expect(app.lines[0].contains("Zones of the Tiznit region"))
        #expect(app.lines[22].trimmingCharacters(in: .whitespaces).isEmpty)
    }
}
