import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutApp

/// `hanout-keys(7)` is made from the help screens: each key the help lists is on the page,
/// and the page is roff a manual reader takes as text, not as requests.
@Suite struct KeysManualTests {
    let page = KeysManual.page(version: "9.9.9", today: TestDay.day)

    @Test func everyKeyOfEveryScreensHelpIsOnThePageUnderItsHeading() {
        let context = AppContext(language: .en, today: TestDay.day)
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (heading, screen) in KeysManual.screens(TestDay.day) {
            let start = lines.firstIndex(of: ".SH \"\(heading)\"")
            guard let start else {
                Issue.record("no section \(heading)")
                continue
            }
            let end = lines[(start + 1)...].firstIndex { $0.hasPrefix(".SH") } ?? lines.endIndex
            let section = Array(lines[start..<end])
            let entries = AppView.helpEntries(AppState(context: context, first: screen))
            #expect(!entries.isEmpty)
            for entry in entries {
                let key = ".B " + KeysManual.quoted(entry.keys)
                #expect(
                    section.contains(key) && section.contains(KeysManual.escape(entry.action)),
                    "\(heading): \(entry.keys) \(entry.action)")
            }
        }
    }

    @Test func thePageHasItsHeaderAndNameAndOnlyKnownRequests() {
        #expect(page.hasPrefix(#".TH HANOUT-KEYS 7 "" "hanout 9.9.9" "Hanout""#))
        #expect(page.contains(".SH NAME\nhanout-keys \\- "))
        let requests = Set(["TH", "SH", "TP", "B", "BR"])
        for line in page.split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
            let name = line.dropFirst().split(separator: " ").first.map(String.init) ?? ""
            #expect(requests.contains(name), "not a request of the page: \(line)")
        }
    }

    @Test func textThatLooksLikeARequestIsEscaped() {
        #expect(KeysManual.escape(".quit") == "\\&.quit")
        #expect(KeysManual.escape("Ctrl-L") == "Ctrl\\-L")
        #expect(KeysManual.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
    }
}
