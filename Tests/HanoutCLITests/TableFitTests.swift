import HanoutDomain
import Testing
import TextLayout

@testable import HanoutCLI

/// Tables fit the clerk's terminal: the width chosen, and what gives way.
@Suite struct TableFitTests {
    @Test func theWidthIsWideOrCOLUMNSOrTheTerminalsOr80() {
        #expect(
            TableWidth.columns(wide: true, environment: ["COLUMNS": "50"], terminal: 120) == nil)
        #expect(
            TableWidth.columns(wide: false, environment: ["COLUMNS": "50"], terminal: 120) == 50)
        #expect(
            TableWidth.columns(wide: false, environment: ["COLUMNS": "x"], terminal: 120) == 120)
        #expect(TableWidth.columns(wide: false, environment: ["COLUMNS": "0"], terminal: nil) == 80)
        #expect(TableWidth.columns(wide: false, environment: [:], terminal: nil) == 80)
    }

    static let listing: Listing = {
        var listing = Listing(columns: [
            .init(key: "id", title: "N°", alignRight: true),
            .init(key: "code", title: "Code", fit: .whole),
            .init(key: "name", title: "Name"),
            .init(key: "phone", title: "Phone", fit: .optional),
            .init(key: "note", title: "Reason", fit: .wrap),
        ])
        listing.rows = [
            [
                "1", "AOU-04", "Coopérative Tamount des tisserandes d'Ameln", "0661000001",
                "Relogement décidé en commission du 12 novembre 2026, procès-verbal 118",
            ],
            ["22", "TAF-15", "فاطمة أيت علي بن إبراهيم الحسني", "", "—"],
            ["333", "ESS-01", "ⵜⵉⵣⵉⵔⵉ ⴰⵎⴰⵍⵓ ⵏ ⵜⴰⴼⵔⴰⵡⵜ ⴷ ⵓⵎⵍⵏ", "0662", "Aït Baha"],
        ]
        return listing
    }()

    @Test(arguments: [80, 60, 40])
    func everyLineFitsCodesStayWholeAndNothingOfAReasonIsLost(_ width: Int) {
        let text = Self.listing.table(fitting: TableFit.Room(width: width, language: .en))
        let lines = text.split(separator: "\n").map(String.init)
        for line in lines {
            #expect(DisplayWidth.of(line) <= width, "\(width): \(line)")
        }
        for code in ["AOU-04", "TAF-15", "ESS-01", "333"] {
            #expect(lines.contains { $0.contains(code) }, "\(code) whole at \(width)")
        }
        // The reason wraps: its words are all there, in order.
        let words = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(words.contains("Relogement décidé en commission"), "\(text)")
        #expect(words.contains("procès-verbal 118"), "\(text)")
        // A name cut ends with "…".
        #expect(lines.contains { $0.contains("Coop") && $0.contains("…") }, "\(text)")
    }

    @Test func aColumnLeftOutIsSaidAndWideKeepsEveryCellWhole() {
        let narrow = Self.listing.table(fitting: TableFit.Room(width: 40, language: .en))
        let header = narrow.prefix { $0 != "\n" }
        #expect(!header.contains("Phone") && !narrow.contains("0661000001"), "\(narrow)")
        let joined = narrow.split(separator: "\n").joined(separator: " ")
        #expect(joined.contains("(columns left out to fit 40: Phone; --wide shows them all)"))
        let wide = Self.listing.table(fitting: nil)
        #expect(wide.contains("Coopérative Tamount des tisserandes d'Ameln"))
        #expect(wide.contains("0661000001") && !wide.contains("…"))
    }
}
