import Foundation
import Testing

/// Conventions, payments, ledgers and arrears from the command line (issue 13),
/// as a clerk types them; every refusal writes nothing.
@Suite(.timeLimit(.minutes(5))) struct TenancyCommandTests {
    @Test func aConventionIsSignedPaidRenewedAndTerminatedFromTheCommandLine() throws {
        let shell = HanoutProcess()
        defer { shell.removeFolder() }
        #expect(try shell.run("init").status == 0)
        let fees = try shell.json("fees", "AOU", "--format", "json")
        #expect(fees.map { $0["amount"] } == ["10.00", "600.00", "11.50"])
        let signed = try shell.run(
            "convention", "AOU-01", "--number", "CONV-AOU-2025-001", "--signed", "2025-10-01")
        #expect(signed.status == 0, "\(signed.errors)")
        #expect(signed.output.contains("until 30 Sep 2028, fee MAD\u{00A0}600.00 a month"))

        let history = try shell.json("history", "--format", "json")
        for (arguments, words) in [
            (["pay", "1", "--amount", "0", "--receipt", "Q-1"], "no payment"),
            (["pay", "1", "--amount=-600", "--receipt", "Q-1"], "negative"),
            (["pay", "1", "--amount", "1,250", "--receipt", "Q-1"], "ambiguous"),
            (["pay", "1", "--amount", "12x", "--receipt", "Q-1"], "not an amount"),
            (
                ["pay", "1", "--amount", "600", "--receipt", "Q-1", "--months", "2025-09"],
                "No convention"
            ),
            (
                ["pay", "1", "--amount", "600", "--receipt", "Q-1", "--months", "11/2026"],
                "not a month"
            ),
            (
                ["pay", "1", "--amount", "600", "--receipt", "Q-1", "--on", "2026-12-25"],
                "when it is received"
            ),
            (
                ["renew", "AOU-01", "--until", "2028-01-01", "--decision", "D"],
                "already runs until"
            ),
            (["renew", "AOU-01", "--until", "2031-09-30", "--decision", " "], "decision"),
        ] {
            let outcome = HanoutProcess.finish(try shell.start(arguments))
            #expect(outcome.status == 1, "\(arguments)")
            #expect(outcome.errors.contains(words), "\(arguments): \(outcome.errors)")
        }
        #expect(
            try shell.json("history", "--format", "json") == history, "a refusal writes nothing")

        #expect(
            try shell.run(
                "pay", "1", "--amount", "3 000,00", "--receipt", "Q-1", "--on", "2026-01-05"
            ).status == 0)
        let again = try shell.run("pay", "1", "--amount", "10", "--receipt", "q-1")
        #expect(again.status == 1 && again.errors.contains("Receipt Q-1 is already recorded"))
        // Fourteen months from October 2025 to November 2026 at 600, 3,000 paid.
        var ledger = try shell.json("ledger", "1", "--format", "json")
        #expect(ledger.last?["balance"] == "5400.00")
        #expect(
            try shell.run("reverse-payment", "Q-1", "--reason", "chèque sans provision").status == 0
        )
        ledger = try shell.json("ledger", "AOU-01", "--format", "json")
        #expect(ledger.last?["balance"] == "8400.00")

        let arrears = try shell.json("arrears", "--format", "json")
        #expect(arrears.first?["occupant_id"] == "1")
        #expect(arrears.first?["since"] == "2025-10-01")
        #expect(arrears.first?["total"] == "8400.00")
        #expect(arrears.first?["days_over_90"] == "6600.00")
        let paper = try shell.run("print", "arrears", "--output", "-")
        #expect(paper.output.hasPrefix("Arrears on 29 Nov 2026 — region"), "\(paper.output)")
        #expect(paper.output.contains("Lahcen Ennajjar"))
        #expect(try shell.json("arrears", "--older-than", "500", "--format", "json").isEmpty)

        // The next holder from 2029 bounds a renewal, and is named.
        #expect(
            try shell.run("assign", "AOU-01", "12", "--from", "2029-01-01", "--override", "test")
                .status == 0)
        let overlap = try shell.run(
            "renew", "AOU-01", "--until", "2029-09-30", "--decision", "DEC-R")
        #expect(overlap.status == 1)
        #expect(
            overlap.errors.contains("renew until 31 Dec 2028 at the latest"), "\(overlap.errors)")
        let renewed = try shell.run(
            "renew", "AOU-01", "--until", "2028-12-31", "--decision", "DEC-R")
        #expect(
            renewed.output.contains("last day 31 Dec 2028 (it was 30 Sep 2028)"),
            "\(renewed.errors)")
        let soon = try shell.json("expiring", "--within", "800", "--format", "json")
        #expect(soon.map { $0["unit"] } == ["AOU-01"])
        #expect(soon.first?["renewals"] == "1")

        let ended = try shell.run(
            "terminate", "AOU-01", "--reason", "14 mois impayés", "--on", "2027-01-01", "--ground",
            "non-payment")
        #expect(
            ended.output.contains("terminated (non-payment): last day 31 Dec 2026"),
            "\(ended.errors)")
        let units = try shell.json("units", "AOU", "--on", "2027-01-01", "--format", "json")
        #expect(units.first { $0["unit"] == "AOU-01" }?["state"] == "vacant")
        #expect(try shell.run("check").status == 0)
    }

    /// The rack of the Festival de l'Amande fair, as `hanout rack FAM` prints
    /// it: the festival's days by default, eight stands taken, six vacant.
    @Test func theRackOfTheAlmondFestivalShowsItsStandsOverItsDays() throws {
        let shell = HanoutProcess()
        defer { shell.removeFolder() }
        #expect(try shell.run("init").status == 0)
        let rack = try shell.run("rack", "FAM")
        #expect(rack.status == 0, "\(rack.errors)")
        let lines = rack.output.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        #expect(
            lines.prefix(5) == [
                "FAM · rack 18 Feb 2027 to 21 Feb 2027 (days)",
                "       Feb 2027",
                "       18 19 20 21",
                "FAM-01 CA==========",
                "FAM-02 CT==========",
            ])
        #expect(lines.filter { $0.hasSuffix("==========") }.count == 8)
        #expect(lines.contains("FAM-14  .  .  .  ."))
        let paper = try shell.run("print", "rack", "FAM", "--output", "-")
        #expect(paper.output == rack.output, "the paper copy is the picture on screen")
        let weeks = try shell.run("rack", "AOU", "--from", "2026-11-01", "--until", "2027-03-31")
        #expect(weeks.output.contains("(weeks)"))
        let wrong = try shell.run("rack", "AOU", "--from", "2026-11-01", "--until", "2026-10-01")
        #expect(wrong.status == 1 && wrong.errors.contains("is before the first"))
    }

    @Test func aReminderLetterIsPrintedForWhatIsOwedAndOnlyThen() throws {
        let shell = HanoutProcess()
        defer { shell.removeFolder() }
        #expect(try shell.run("init").status == 0)
        #expect(
            try shell.run("convention", "AOU-01", "--number", "CONV-1", "--signed", "2025-10-01")
                .status == 0)
        let letter = try shell.run("print", "reminder", "1", "--output", "-")
        #expect(letter.status == 0, "\(letter.errors)")
        #expect(letter.output.contains("To: Lahcen Ennajjar (no. 1)"))
        // October 2025 to November 2026 at 600: 8,400 by 29 Nov 2026.
        #expect(letter.output.contains("Total       MAD\u{00A0}8,400.00"), "\(letter.output)")
        let notice = try shell.run(
            "print", "reminder", "1", "--notice", "--output", "-", "--lang", "fr")
        #expect(notice.output.contains("mise en demeure"))
        let nothing = try shell.run("print", "reminder", "5", "--output", "-")
        #expect(nothing.status == 1 && nothing.errors.contains("owes nothing"))
        let csv = try shell.run("print", "reminder", "1", "--format", "csv", "--output", "x.csv")
        #expect(csv.status != 0)
    }

    @Test func aFeeRevisionAppliesFromItsDayAndTheDuesFollow() throws {
        let shell = HanoutProcess()
        defer { shell.removeFolder() }
        #expect(try shell.run("init").status == 0)
        #expect(
            try shell.run("convention", "TAF-02", "--number", "C-TAF-2", "--signed", "2026-10-01")
                .status == 0)
        let revised = try shell.run(
            "fee-revision", "TAF", "--from", "2026-11-16", "--amount", "360", "--decision",
            "ARR-2026-30")
        #expect(revised.status == 0, "\(revised.errors)")
        let fees = try shell.json("fees", "TAF", "--format", "json")
        #expect(fees.map { $0["until"] } == ["2025-12-31", "2026-11-15", ""])
        #expect(fees.last?["amount"] == "360.00")
        // TAF-02, held since 2023, gets its convention from its signing on 1 Oct 2026;
        // November 2026: 15 days at 300 and 15 at 360 of 30.
        let ledger = try shell.json("ledger", "TAF-02", "--format", "json")
        #expect(
            ledger.first { $0["entry"]?.hasPrefix("Fee Nov 2026") == true }?["owed"] == "330.00")
        let overlap = try shell.run(
            "fee-revision", "TAF", "--from", "2026-11-01", "--amount", "400")
        #expect(
            overlap.status == 1 && overlap.errors.contains("two lines apply at once"),
            "\(overlap.errors)")
        #expect(try shell.run("check").status == 0)
    }
}
