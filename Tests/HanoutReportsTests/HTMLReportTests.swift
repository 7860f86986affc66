import Foundation
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutReports

/// The HTML file: self-contained, print CSS for A4, a coloured plan, a repeating header, escaped text.
@Suite struct HTMLReportTests {
    @Test func oneSelfContainedFileWithA4PrintCSSAndARepeatingTableHeader() throws {
        let reports = try fixtureReports("AOU", "TAF")
        let html = HTMLReportRenderer(language: .fr, setup: .portrait).document(reports)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4 portrait;"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(html.contains("tr { break-inside: avoid;"))
        #expect(html.contains("section.zone + section.zone { break-before: page;"))
        for external in ["<script", "<link", "src=", "@import", "url("] {
            #expect(!html.contains(external), "\(external)")
        }
        for report in reports {
            for unit in report.units {
                #expect(html.contains("<tr><td>\(unit.code)</td>"), "\(unit.code)")
            }
        }
        #expect(html.components(separatedBy: "<div class=\"tile ").count - 1 == 40)
        #expect(
            html.contains(
                "<div class=\"tile occupied\" style=\"grid-row: 1; grid-column: 1\"><b>01 O MEN</b><bdi>Lahcen Ennajjar</bdi></div>"
            ))
        #expect(html.contains("Taux d&#39;occupation : 56 %"))
        let landscape = HTMLReportRenderer(language: .en, setup: .landscape).document(reports)
        #expect(landscape.contains("@page { size: A4 landscape;"))
    }

    @Test func everythingFromDataIsEscaped() {
        let report = OccupancyReport(
            zoneCode: "ZZ", zoneName: "Zone <b>&</b> \"quoted\"", commune: "Tiznit",
            day: TestDay.day,
            printedOn: TestDay.day, clerk: "<img src=x onerror=alert(1)>",
            units: [
                ReportUnit(
                    code: "ZZ-01", number: 1, row: 1, column: 1, allowedTrades: ["<i>"],
                    state: .occupied, occupant: "<script>alert('x')</script>", trade: "MEN",
                    since: TestDay.day, decision: "\"><svg onload=alert(1)>")
            ])
        let html = HTMLReportRenderer(language: .en, setup: .portrait).document([report])
        for raw in ["<script>", "<img", "<svg", "<b>&</b>", "<i>"] {
            #expect(!html.contains(raw), "\(raw)")
        }
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("Zone &lt;b&gt;&amp;&lt;/b&gt; &quot;quoted&quot;"))
        #expect(html.contains("&quot;&gt;&lt;svg onload=alert(1)&gt;"))
        #expect(HTMLEscape.escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
    }
}
