import HanoutCSV
import Testing

/// Every CSV the program writes can be opened in a spreadsheet or shown with `cat`.
@Suite struct CSVSafetyTests {
    func cells(_ text: String) throws -> [String] {
        try CSVReader(string: text).records().flatMap(\.fields)
    }

    @Test func tabAndCarriageReturnAtTheStartAreNeutralisedToo() {
        #expect(SpreadsheetSafety.neutralise("\t=1+1") == "'\t=1+1")
        #expect(SpreadsheetSafety.neutralise("\r=1+1") == "'\r=1+1")
        #expect(SpreadsheetSafety.neutralise("Aït Ali") == "Aït Ali")
        #expect(SpreadsheetSafety.neutralise("") == "")
        #expect(SpreadsheetSafety.neutralise("2025-10-01") == "2025-10-01")
    }

    @Test func aPhoneNumberOrASignedNumberReadsBackAsTyped() {
        for number in ["+212 6 12 34 56 78", "+212612345678", "-5", "-2.5"] {
            #expect(SpreadsheetSafety.neutralise(number) == number)
        }
        for formula in ["+1+1", "-1-1", "+", "- ", "+1.2.3", "-2+3+cmd|' /C calc'!A0", "+ 1e3"] {
            #expect(SpreadsheetSafety.neutralise(formula) == "'" + formula)
        }
    }

    @Test func everyCellThatStartsAFormulaIsWrittenAsText() throws {
        let hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+cmd", "-1+1", "@SUM(A1)", "\t=1"]
        let text = CSVWriter.table(header: ["name"], rows: hostile.map { [$0] })
        #expect(try cells(text).dropFirst() == hostile.map { "'" + $0 }[...])
    }

    @Test func controlsAndBidiFormattingBecomeTheReplacementCharacter() throws {
        let text = CSVWriter.line(["a\u{1B}]0;t\u{07}b", "\u{9B}31m", "x\u{7F}", "\u{202E}gpj.exe"])
        #expect(
            try cells(text) == [
                "a\u{FFFD}]0;t\u{FFFD}b", "\u{FFFD}31m", "x\u{FFFD}", "\u{FFFD}gpj.exe",
            ])
        for scalar in ["\u{2066}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{202A}"] {
            #expect(CSVWriter.line(["a" + scalar]) == "a\u{FFFD}\n")
        }
    }

    @Test func lineFeedsAndTabsInsideACellAreKeptAndCRLFBecomesALineFeed() throws {
        let text = CSVWriter.line(["deux\nlignes", "a\tb", "win\r\ndows", "lone\rCR"])
        #expect(try cells(text) == ["deux\nlignes", "a\tb", "win\ndows", "lone\u{FFFD}CR"])
    }

    @Test func printableTextAndOtherScriptsAreWrittenAsTheyAre() throws {
        let names = ["Aït Ali", "فاطمة أيت", "ⵜⵉⵣⵏⵉⵜ", "東京", "Ijja\u{0301}", "2026-11-29"]
        #expect(try cells(CSVWriter.line(names)) == names)
    }
}

/// The export's fast path copies a cell's bytes when it finds nothing to do:
/// over cells made of every character that matters, it writes what the
/// careful path (`escape`) would.
@Suite struct CSVWriterFastPathTests {
    @Test func aLineWrittenIntoBytesIsTheLineWrittenAsText() {
        let pieces = [
            "a", "Z", "9", " ", ",", "\"", "=", "+", "-", "@", "\t", "\r", "\n", "'", ";", "é",
            "لحسن", "\u{1B}", "\u{7F}", "\u{85}", "\u{202E}", "\u{200F}", "1.5", "+212",
            "\u{061C}", "\u{2066}", "…", "\u{2028}", "ⵜⵉⵣⵉⵔⵉ", "\u{9F}", "\u{A0}", "ü",
        ]
        // A small linear congruential generator: the same cells on every run.
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<5_000 {
            let fields = (0..<(1 + next(4))).map { _ in
                (0..<next(5)).map { _ in pieces[next(pieces.count)] }.joined()
            }
            var bytes: [UInt8] = []
            CSVWriter.append(fields, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == CSVWriter.line(fields), "\(fields)")
        }
    }
}
