import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// An occupant's ledger on screen, and a payment entered from the keyboard.
@MainActor
@Suite struct LedgerScreenTests {
    /// The fixture region, with Lahcen Ennajjar's (#1) convention on AOU-01
    /// from 1 Oct 2025 at the schedule's 600 MAD a month.
    static func signConvention(_ database: AppDatabase) throws {
        try database.signConvention(
            ConventionRequest(
                unitCode: "AOU-01", number: "CONV-AOU-2025-001",
                signedOn: try #require(Day("2025-10-01"))),
            by: "test")
    }

    func app() throws -> AppHarness {
        let app = try AppHarness()
        try Self.signConvention(app.database)
        app.press(.char("g"))
        app.type("#1")
        app.press(.enter, .char("L"))
        return app
    }

    @Test func theLedgerShowsTheDuesTheBalanceAndTheDebtByAge() throws {
        let app = try app()
        let screen = try #require(app.state.top.ledger, "\(app.text)")
        // October 2025 to November 2026: 14 months at 600.
        #expect(screen.ledger?.balance == Money(dirhams: 8_400))
        #expect(app.lines[0].contains("Ledger of Lahcen Ennajjar"))
        #expect(app.lines[1].contains("Balance: MAD\u{00A0}8,400.00 · overdue since 1 Oct 2025"))
        // The debt by age whole on its own line (it was cut at "31–60: MA…").
        #expect(
            app.lines[2].contains(
                "0–30: MAD\u{00A0}600.00 · 31–60: MAD\u{00A0}600.00 · 61–90: MAD\u{00A0}600.00 · > 90: MAD\u{00A0}6,600.00"
            ), "\(app.text)")
        #expect(app.text.contains("Fee Nov 2026, AOU-01"))
    }

    @Test func aPaymentTypedAndConfirmedIsRecordedAndTheBalanceFalls() throws {
        let app = try app()
        app.press(.char("P"))
        app.type("1 200,00")
        app.press(.tab)
        app.type("Q-2026-0001")
        app.press(.enter)
        #expect(
            app.text.contains(
                "Record MAD\u{00A0}1,200.00, receipt Q-2026-0001, on 29 Nov 2026? y/n"),
            "\(app.text)")
        app.press(.char("y"))
        #expect(app.text.contains("Paid: MAD\u{00A0}1,200.00, receipt Q-2026-0001."), "\(app.text)")
        #expect(app.state.top.ledger?.payment == nil)
        // The payment's line names its receipt whole at 80 columns.
        #expect(app.text.contains("Payment Q-2026-0001 "), "\(app.text)")
        #expect(app.state.top.ledger?.ledger?.balance == Money(dirhams: 7_200))
        #expect(
            try app.database.ledger(occupantID: 1, asOf: TestDay.day).balance
                == Money(dirhams: 7_200))
    }

    @Test func aWrongAmountOrAReceiptUsedIsSaidAndNothingIsWritten() throws {
        let app = try app()
        app.press(.char("P"))
        app.type("1,250")
        app.press(.enter)
        #expect(app.text.contains("ambiguous"), "\(app.text)")
        #expect(app.state.top.ledger?.payment?.focus == PaymentEntry.amount)
        try app.database.pay(
            Payment(
                receipt: "Q-1", occupantID: 1, paidOn: TestDay.day, amount: Money(dirhams: 10)),
            today: TestDay.day, by: "test")
        for _ in 0..<5 { app.press(.backspace) }
        app.type("600")
        app.press(.tab)
        app.type("q-1")
        app.press(.enter, .char("y"))
        #expect(
            app.text.contains("Receipt q-1 is already recorded")
                || app.text.contains("Receipt Q-1 is already recorded"), "\(app.text)")
        #expect(app.state.top.ledger?.payment != nil, "the entry stays to be corrected")
        #expect(
            try app.database.ledger(occupantID: 1, asOf: TestDay.day).balance
                == Money(dirhams: 8_390))
    }

    /// `R` on a payment's line reverses it with a reason: the payment stays,
    /// a reversal line follows, the balance goes back up; on a due's line it
    /// says what to choose, and a reversal without a reason is refused.
    @Test func aPaymentIsReversedFromItsLineWithAReason() throws {
        let app = try app()
        try app.database.pay(
            Payment(
                receipt: "Q-REV", occupantID: 1, paidOn: TestDay.day, amount: Money(dirhams: 600)),
            today: TestDay.day, by: "test")
        app.press(.escape, .char("L"))
        let screen = try #require(app.state.top.ledger)
        #expect(screen.ledger?.balance == Money(dirhams: 7_800))
        // The newest line is the payment, chosen when the ledger opens.
        app.press(.up)
        app.press(.char("R"))
        #expect(app.text.contains("Choose a payment's line"), "\(app.text)")
        #expect(app.state.top.ledger?.reversal == nil)
        app.press(.down, .char("R"))
        #expect(
            app.text.contains("Reverse Q-REV (MAD\u{00A0}600.00): the payment stays"), "\(app.text)"
        )
        app.press(.enter)
        #expect(app.text.contains("reason"), "\(app.text)")
        app.type("cheque returned unpaid")
        app.press(.enter)
        #expect(
            app.text.contains("Reverse Q-REV on 29 Nov 2026 ('cheque returned unpaid')? y/n"),
            "\(app.text)")
        app.press(.char("y"))
        #expect(app.text.contains("Payment Q-REV reversed on 29 Nov 2026."), "\(app.text)")
        #expect(app.state.top.ledger?.reversal == nil)
        #expect(app.state.top.ledger?.ledger?.balance == Money(dirhams: 8_400))
        #expect(app.text.contains("Reversal of Q-REV"), "\(app.text)")
        // Reversed once only: a second time is refused and the form stays.
        app.press(.up, .char("R"))
        app.type("again")
        app.press(.enter, .char("y"))
        #expect(app.text.contains("already reversed"), "\(app.text)")
        #expect(app.state.top.ledger?.reversal != nil)
    }

    @Test func theUnitsRecordShowsItsConventionWithEveryTerm() throws {
        let app = try AppHarness()
        try Self.signConvention(app.database)
        try app.database.renewConvention(
            unitCode: "AOU-01", until: try #require(Day("2031-09-30")), decision: "DEC-REN-2028-3",
            today: TestDay.day, by: "test")
        app.press(.char("g"))
        app.type("AOU-01")
        app.press(.enter)
        let text = app.text
        #expect(text.contains("Occupation agreement"), "\(text)")
        #expect(text.contains("CONV-AOU-2025-001, signed on 1 Oct 2025"))
        #expect(text.contains("MAD\u{00A0}600.00 a month, deposit MAD\u{00A0}1,200.00"))
        #expect(text.contains("signed until 30 Sep 2028 · CONV-AOU-2025-001"))
        #expect(text.contains("renewed until 30 Sep 2031 · DEC-REN-2028-3"))
    }

    @Test func theUnitsLedgerShowsItsDuesAndThePartsOfPaymentsThatWentToThem() throws {
        let app = try AppHarness()
        try Self.signConvention(app.database)
        try app.database.pay(
            Payment(
                receipt: "Q-1", occupantID: 1, paidOn: try #require(Day("2026-01-05")),
                amount: Money(dirhams: 1_000)),
            today: TestDay.day, by: "test")
        app.press(.char("g"))
        app.type("AOU-01")
        app.press(.enter, .char("L"))
        let screen = try #require(app.state.top.ledger, "\(app.text)")
        #expect(screen.unitCode == "AOU-01")
        #expect(app.lines[0].contains("Ledger of AOU-01 (Lahcen Ennajjar)"))
        #expect(screen.ledger?.balance == Money(dirhams: 7_400))
        // 1,000 paid: October's 600, then 400 of November.
        let parts = screen.ledger?.lines.compactMap { line -> Money? in
            if case .paymentPart(_, _, let amount, _) = line.entry { return amount }
            return nil
        }
        #expect(parts == [Money(dirhams: 600), Money(dirhams: 400)])
        #expect(app.text.contains("Payment Nov 2025 · Q-1"), "\(app.text)")
    }
}
