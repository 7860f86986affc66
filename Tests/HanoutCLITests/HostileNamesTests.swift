import Foundation
import Testing

/// Hostile names pushed through every output of the command line, through the real
/// program: no raw control or bidi scalar reaches the terminal, no CSV cell is a formula,
/// no markup survives unescaped, and the JSON still says exactly what is stored.
@Suite struct HostileNamesTests {
    /// Every listing, as table, CSV and JSON, and every export, as CSV and JSON.
    static func listings(vacantUnit: String) -> [[String]] {
        let listings = [
            ["occupants"], ["occupants", "--search", "hostile"], ["trades"], ["zones"],
            ["units", "AOU"], ["history"], ["history", HostileRegion.id(0)],
            ["suggest", vacantUnit], ["suggest", "--occupant", HostileRegion.id(0)],
        ]
        let exports = ["zones", "units", "occupants", "allocations"].map { ["export", $0] }
        return listings.flatMap { listing in
            ["table", "csv", "json"].map { listing + ["--format", $0] }
        } + exports.flatMap { export in ["csv", "json"].map { export + ["--format", $0] } }
    }

    @Test func everyListingAndExportIsFreeOfControlsFormulasAndStillExact() throws {
        let region = try HostileRegion()
        let vacant = try #require(
            try region.hanout.json("units", "AOU", "--status", "vacant", "--format", "json")
                .first?["unit"])
        var markersSeen = Set<String>()
        for command in Self.listings(vacantUnit: vacant) {
            let outcome = try region.run(command)
            #expect(outcome.status == 0, "\(command): \(outcome.errors)")
            let format = command.last ?? ""
            // A CSV cell may hold a line feed or a tab (quoted, as RFC 4180 allows).
            let allowed: Set<Unicode.Scalar> = format == "csv" ? ["\n", "\t"] : ["\n"]
            #expect(
                HostileNames.dangerous(in: outcome.output, allowing: allowed) == [],
                "\(command)")
            #expect(HostileNames.dangerous(in: outcome.errors) == [], "\(command)")
            if format == "csv" {
                #expect(try HostileNames.formulas(inCSV: outcome.output) == [], "\(command)")
            }
            if format == "json" {
                // Escaped, not altered: the scalars come back as they were stored.
                let data = Data(outcome.output.utf8)
                let rows = try #require(
                    try JSONSerialization.jsonObject(with: data) as? [[String: Any]], "\(command)")
                let names = Set(rows.compactMap { $0["name"] as? String })
                for name in names where name.contains("Hostile") {
                    #expect(
                        HostileNames.corpus.contains(name), "\(command): \(name.debugDescription)")
                }
            }
            for index in HostileNames.corpus.indices
            where outcome.output.contains(HostileNames.marker(index)) {
                markersSeen.insert(HostileNames.marker(index))
            }
        }
        // Every name reached some output: cleaned, never dropped.
        #expect(markersSeen.count == HostileNames.corpus.count, "\(markersSeen.sorted())")
    }

    @Test func theJSONOfAListingEscapesControlsC1AndBidiAsUnicodeEscapes() throws {
        let region = try HostileRegion()
        let json = try region.run(["occupants", "--search", "hostile", "--format", "json"]).output
        for escape in ["\\u001B", "\\u0007", "\\u007F", "\\u009B", "\\u202E", "\\u2066", "\\u061C"]
        {
            #expect(json.lowercased().contains(escape.lowercased()), "\(escape) missing")
        }
    }

    @Test func errorMessagesThatEchoAnArgumentOrAFieldAreCleaned() throws {
        let region = try HostileRegion()
        let badImport = region.hanout.folder.appendingPathComponent("bad.csv")
        var csv = "id,kind,name,category,trades,cin,nia,phone,commune,registration,members\n"
        for name in HostileNames.corpus {
            csv += HostileNames.rawCSVLine([
                "", name, name, name, name, "", "", "", "", "", "",
            ])
        }
        try csv.write(to: badImport, atomically: true, encoding: .utf8)
        var commands: [[String]] = [["import", "occupants", badImport.path]]
        for name in HostileNames.corpus {
            commands += [
                ["assign", name, "1"], ["units", name], ["history", name],
                ["print", name, "--output", "-"], ["assign", "AOU-05", "1", "--from", name],
                ["occupants", "--format", name], ["zones", "--lang", name], [name],
                ["import", "occupants", "/nonexistent/" + name],
            ]
        }
        for command in commands {
            let outcome = try region.run(command)
            #expect(outcome.status != 0, "\(command.map(\.debugDescription))")
            #expect(!outcome.errors.isEmpty, "\(command.map(\.debugDescription))")
            #expect(
                HostileNames.dangerous(in: outcome.errors) == [],
                "\(command.map(\.debugDescription)): \(outcome.errors.debugDescription)")
            #expect(HostileNames.dangerous(in: outcome.output) == [])
        }
    }

    @Test func thePrintedReportAsTextHTMLAndCSVEscapesEveryName() throws {
        let region = try HostileRegion()
        let markers = region.allocated.map(HostileNames.marker)
        let text = try region.run(["print", "--all", "--output", "-", "--format", "text"])
        #expect(text.status == 0, "\(text.errors)")
        // The one control the report writes itself: a form feed after a line, between pages.
        #expect(HostileNames.dangerous(in: text.output, allowing: ["\n", "\u{0C}"]) == [])
        #expect(!text.output.contains("\u{0C}\u{0C}") && !text.output.hasPrefix("\u{0C}"))
        let html = try region.run(["print", "--all", "--output", "-", "--format", "html"])
        #expect(html.status == 0, "\(html.errors)")
        #expect(HostileNames.dangerous(in: html.output) == [])
        #expect(!html.output.contains("<script"))
        #expect(!html.output.contains("<b>bold"))
        #expect(html.output.contains("&lt;script&gt;alert(&#39;Hostile H11&#39;)&lt;/script&gt;"))
        #expect(html.output.contains("Tom &amp; Jerry &quot;quoted&quot;"))
        #expect(try Self.bareAmpersands(in: html.output) == [])
        let csv = try region.run(["print", "--all", "--output", "-", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.errors)")
        #expect(HostileNames.dangerous(in: csv.output, allowing: ["\n", "\t"]) == [])
        #expect(try HostileNames.formulas(inCSV: csv.output) == [])
        for marker in markers {
            #expect(text.output.contains(marker), "\(marker) missing from the text")
            #expect(html.output.contains(marker), "\(marker) missing from the HTML")
            #expect(csv.output.contains(marker), "\(marker) missing from the CSV")
        }
    }

    /// Each `&` of `html` that starts no character reference.
    static func bareAmpersands(in html: String) throws -> [String] {
        let reference = try NSRegularExpression(pattern: "&(?![a-zA-Z]+;|#[0-9]+;|#x[0-9a-fA-F]+;)")
        let range = NSRange(html.startIndex..., in: html)
        return reference.matches(in: html, range: range).map { match in
            let start = max(0, match.range.location - 20)
            return (html as NSString).substring(
                with: NSRange(location: start, length: min(40, (html as NSString).length - start)))
        }
    }
}
