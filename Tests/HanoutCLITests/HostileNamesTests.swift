import Foundation
import Testing

/// Hostile names pushed through every output of the command line, through the real
/// program: no raw control or bidi scalar reaches the terminal, no CSV cell is a formula,
/// no markup survives unescaped, and the JSON still says exactly what is stored.
@Suite(.timeLimit(.minutes(10))) struct HostileNamesTests {
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
        defer { region.hanout.removeFolder() }
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
        defer { region.hanout.removeFolder() }
        let json = try region.run(["occupants", "--search", "hostile", "--format", "json"]).output
        for escape in ["\\u001B", "\\u0007", "\\u007F", "\\u009B", "\\u202E", "\\u2066", "\\u061C"]
        {
            #expect(json.lowercased().contains(escape.lowercased()), "\(escape) missing")
        }
    }

    @Test func errorMessagesThatEchoAnArgumentOrAFieldAreCleaned() throws {
        let region = try HostileRegion()
        defer { region.hanout.removeFolder() }
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
        defer { region.hanout.removeFolder() }
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

    // MARK: - A call

    /// Every command that shows a call, its files, its offers or its waiting list, in each
    /// format it has.
    static func callCommands(_ call: HostileCall) -> [[String]] {
        let reference = HostileCall.reference
        let listings = [
            ["call", "list"], ["applications", reference], ["ranking", reference],
            ["offers", reference], ["offers"], ["waiting-list", call.zone],
            ["waiting-list", call.zone, "--trade", call.trade, "--all"],
        ]
        return [["call", "show", reference]]
            + listings.flatMap { listing in
                ["table", "csv", "json"].map { listing + ["--format", $0] }
            }
    }

    /// The call's outputs as a clerk's terminal and a spreadsheet get them.
    @Test func everyOutputOfACallWithHostileTextsAndApplicantsIsClean() throws {
        let region = try HostileRegion()
        defer { region.hanout.removeFolder() }
        let call = try HostileCall(in: region)
        var markersSeen = Set<String>()
        for command in Self.callCommands(call) {
            let outcome = try call.run(command)
            #expect(outcome.status == 0, "\(command): \(outcome.errors)")
            let format = command.contains("--format") ? command[command.count - 1] : "table"
            let allowed: Set<Unicode.Scalar> = format == "csv" ? ["\n", "\t"] : ["\n"]
            #expect(
                HostileNames.dangerous(in: outcome.output, allowing: allowed) == [],
                "\(command): \(outcome.output.debugDescription)")
            #expect(HostileNames.dangerous(in: outcome.errors) == [], "\(command)")
            if format == "csv" {
                #expect(try HostileNames.formulas(inCSV: outcome.output) == [], "\(command)")
            }
            if format == "json" {
                // Escaped, not altered: the texts come back as they were stored.
                let rows = try #require(
                    try JSONSerialization.jsonObject(with: Data(outcome.output.utf8))
                        as? [[String: Any]], "\(command)")
                for row in rows {
                    for key in ["applicant", "title"] {
                        guard let text = row[key] as? String, text.contains("Hostile") else {
                            continue
                        }
                        #expect(
                            HostileNames.corpus.contains(text) || text == HostileCall.title,
                            "\(command): \(text.debugDescription)")
                    }
                }
            }
            for marker in HostileCall.markers + HostileNames.corpus.indices.map(HostileNames.marker)
            where outcome.output.contains(marker) {
                markersSeen.insert(marker)
            }
        }
        // The title, every document and every applicant reached some output: cleaned,
        // never dropped.
        let expected = Set(
            HostileCall.markers + HostileNames.corpus.indices.map(HostileNames.marker))
        #expect(markersSeen == expected, "missing: \(expected.subtracting(markersSeen).sorted())")
    }

    @Test func theRankingAndTheMinutesOfAHostileCallEscapeEveryText() throws {
        let region = try HostileRegion()
        defer { region.hanout.removeFolder() }
        let call = try HostileCall(in: region)
        for document in ["ranking", "minutes"] {
            let command = ["print", document, HostileCall.reference, "--output", "-"]
            // A member's name is typed on the command line: as hostile as any.
            let members = document == "minutes" ? ["--member=" + HostileNames.corpus[11]] : []
            let text = try call.run(command + members + ["--format", "text"])
            #expect(text.status == 0, "\(document): \(text.errors)")
            #expect(
                HostileNames.dangerous(in: text.output, allowing: ["\n", "\u{0C}"]) == [],
                "\(document): \(text.output.debugDescription)")
            #expect(text.output.contains("C01"), "\(document): the title is missing")
            let html = try call.run(command + members + ["--format", "html"])
            #expect(html.status == 0, "\(document): \(html.errors)")
            #expect(HostileNames.dangerous(in: html.output) == [], "\(document)")
            #expect(!html.output.contains("<script"), "\(document)")
            #expect(!html.output.contains("<b>bold"), "\(document)")
            #expect(try Self.bareAmpersands(in: html.output) == [], "\(document)")
            #expect(
                html.output.contains("&lt;script&gt;alert(&#39;Hostile H11&#39;)&lt;/script&gt;"),
                "\(document): the title's markup is not shown escaped")
            let csv = try call.run(command + members + ["--format", "csv"])
            #expect(csv.status == 0, "\(document): \(csv.errors)")
            #expect(
                HostileNames.dangerous(in: csv.output, allowing: ["\n", "\t"]) == [],
                "\(document)")
            #expect(try HostileNames.formulas(inCSV: csv.output) == [], "\(document)")
            for marker in call.applicantMarkers {
                #expect(text.output.contains(marker), "\(document): \(marker) missing")
                #expect(html.output.contains(marker), "\(document): \(marker) missing")
                #expect(csv.output.contains(marker), "\(document): \(marker) missing")
            }
        }
    }

    /// The command line refuses, as for an occupant's name, a control character in a
    /// call's title or in a document it requires: nothing is created.
    @Test func aCallTitleOrDocumentWithAControlCharacterIsRefusedAtCreate() throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        let base = [
            "call", "create", "HOST-2026-02", "--zone", "AOU", "--opens", "2026-11-20",
            "--closes", "2026-12-10", "--unit", "AOU-04",
        ]
        let hostile = ["Evil\u{1B}]0;PWNED\u{07}\u{202E}Title", "Doc\u{1B}[31mRED", "C1 \u{9B}"]
        let cases =
            hostile.map { base + ["--title", $0, "--document", "CIN"] }
            + hostile.map {
                base + ["--title", "Menuiserie", "--document", "CIN", "--document", $0]
            }
        for command in cases {
            let refused = HanoutProcess.finish(try hanout.start(command))
            #expect(refused.status == 1, "\(command.map(\.debugDescription))")
            #expect(
                refused.errors.contains("refused: control character U+"),
                "\(refused.errors.debugDescription)")
            #expect(HostileNames.dangerous(in: refused.errors) == [])
            #expect(refused.output.isEmpty)
        }
        #expect(
            try hanout.json("call", "list", "--format", "json").allSatisfy {
                $0["reference"] != "HOST-2026-02"
            })
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
