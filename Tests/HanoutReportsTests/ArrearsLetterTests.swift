import HanoutDomain
import HanoutReports
import Testing

@Suite struct ArrearsLetterTests {
    func due(_ month: String, _ amount: Int64, paid: Int64 = 0) -> SettledDue {
        let month = Month(month) ?? Month(of: Day(daysSinceEpoch: 0))
        return SettledDue(
            due: Due(
                conventionNumber: "CONV-1", unitCode: "AOU-02", month: month, dueOn: month.firstDay,
                days: month.dayCount, amount: Money(dirhams: amount)),
            paid: Money(dirhams: paid))
    }

    func letter(
        _ kind: ArrearsLetter.Kind, name: String = "Brahim Aït Ali", commune: String = "Aouartas"
    )
        -> ArrearsLetter
    {
        ArrearsLetter(
            kind: kind, commune: commune, occupantID: 2, occupantName: name,
            conventions: ["CONV-1"],
            unpaid: [due("2026-10", 440), due("2026-11", 440, paid: 40)],
            printedOn: Day("2026-12-04") ?? Day(daysSinceEpoch: 0), clerk: "fatima")
    }

    @Test func aReminderGivesFifteenDaysAndListsWhatIsOwedWithItsTotal() {
        let lines = letter(.reminder).lines(in: .en)
        #expect(lines.contains("Subject: reminder of unpaid fees"))
        #expect(lines.joined(separator: " ").contains("before 19 Dec 2026"))
        #expect(
            lines.contains {
                $0.hasPrefix("Oct 2026  AOU-02  1 Oct 2026") && $0.hasSuffix("MAD\u{00A0}440.00")
            })
        #expect(lines.contains { $0.hasPrefix("Nov 2026") && $0.hasSuffix("MAD\u{00A0}400.00") })
        #expect(lines.contains { $0.contains("Total") && $0.hasSuffix("MAD\u{00A0}840.00") })
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func aFormalNoticeInFrenchGivesEightDaysAndNamesTheTermination() {
        let text = letter(.formalNotice).lines(in: .fr).joined(separator: "\n")
        #expect(text.contains("Royaume du Maroc — Commune d'Aouartas"))
        #expect(text.contains("mise en demeure"))
        #expect(text.contains("avant le 12/12/2026"))
        #expect(text.contains("résilier votre convention"))
        #expect(text.contains("840,00\u{00A0}MAD"))
        #expect(
            letter(.reminder, commune: "Tafraout").lines(in: .fr).first
                == "Royaume du Maroc — Commune de Tafraout")
    }

    @Test func aHostileNameReachesNeitherTheTerminalNorThePageRaw() {
        let hostile = letter(.reminder, name: "Evil\u{1B}]0;PWNED\u{07}<script>x</script>\u{202E}")
        let text = hostile.document(as: .text, language: .en)
        #expect(
            !text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
        let html = hostile.document(as: .html, language: .en)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
    }
}
