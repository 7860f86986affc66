import Testing

@testable import HanoutDomain

@Suite struct ConventionRulesTests {
    let signed = convention(from: "2025-10-01", through: "2028-09-30")
    let today = day("2026-12-04")

    @Test func aRenewalIsANewTermAndTheOldEndStaysVisible() throws {
        let term = try ConventionRules.renew(
            signed, until: day("2031-09-30"), decision: "DEC-AOU-2028-014", on: today,
            nextAllocation: nil
        ).get()
        var renewed = signed
        renewed.terms.append(term)
        #expect(renewed.lastDay == day("2031-09-30"))
        #expect(renewed.previousLastDay == day("2028-09-30"))
        #expect(renewed.terms.map(\.kind) == [.signed, .renewed])
        #expect(renewed.terms.last?.reference == "DEC-AOU-2028-014")
    }

    @Test func aRenewalMustExtendHaveADecisionAndLeaveTheNextHolderAlone() {
        #expect(
            ConventionRules.renew(
                signed, until: day("2028-09-30"), decision: "D", on: today, nextAllocation: nil)
                == .failure(
                    .renewalNotLater(
                        number: "CONV-1", lastDay: day("2028-09-30"), asked: day("2028-09-30"))))
        #expect(
            ConventionRules.renew(
                signed, until: day("2030-09-30"), decision: "  ", on: today, nextAllocation: nil)
                == .failure(.decisionMissing))
        let refusal = ConventionRules.renew(
            signed, until: day("2030-09-30"), decision: "D", on: today,
            nextAllocation: (start: day("2029-01-01"), holder: "Brahim Aït Ali"))
        #expect(
            refusal
                == .failure(
                    .renewalOverlaps(
                        number: "CONV-1", unit: "AOU-04", by: "Brahim Aït Ali",
                        from: day("2029-01-01"))))
        if case .failure(let reason) = refusal {
            #expect(reason.message(in: .en).contains("renew until 31 Dec 2028 at the latest"))
        }
        #expect(
            ConventionRules.renew(
                signed, until: day("2046-01-01"), decision: "D", on: today, nextAllocation: nil)
                == .failure(.renewalTooLong(number: "CONV-1", months: 244)))
    }

    @Test func aTerminationEndsTheDayBeforeTheUnitIsFreeWithItsGround() throws {
        let term = try ConventionRules.terminate(
            signed, from: day("2027-01-01"), ground: .nonPayment, reason: "14 months unpaid",
            on: today
        ).get()
        #expect(term.lastDay == day("2026-12-31"))
        #expect(term.kind == .terminated(.nonPayment))
        #expect(term.kind.code == "terminated-non-payment")
        #expect(ConventionTermKind(code: term.kind.code) == term.kind)
        var ended = signed
        ended.terms.append(term)
        #expect(ended.isTerminated)
        #expect(
            ConventionRules.renew(
                ended, until: day("2030-01-01"), decision: "D", on: today, nextAllocation: nil)
                == .failure(.conventionTerminated(number: "CONV-1", lastDay: day("2026-12-31"))))
        #expect(
            ConventionRules.terminate(
                signed, from: day("2027-01-01"), ground: .byRequest, reason: "", on: today)
                == .failure(.reasonMissing))
        #expect(
            ConventionRules.terminate(
                signed, from: day("2025-09-01"), ground: .byRequest, reason: "r", on: today)
                == .failure(
                    .endBeforeStart(
                        number: "CONV-1", start: day("2025-10-01"), asked: day("2025-08-31"))))
    }

    @Test func shorteningNeedsAnEarlierEnd() {
        #expect(
            ConventionRules.shorten(signed, until: day("2029-01-01"), reason: "r", on: today)
                == .failure(
                    .shortenNotEarlier(
                        number: "CONV-1", lastDay: day("2028-09-30"), asked: day("2029-01-01"))))
        #expect(
            (try? ConventionRules.shorten(
                signed, until: day("2027-09-30"), reason: "works", on: today
            ).get())?.kind
                == .shortened)
    }

    @Test func endingSoonCountsTodayAndTheLastDayButNotAnEndedConvention() {
        #expect(signed.endsWithin(days: 90, of: day("2028-07-02")))
        #expect(signed.endsWithin(days: 90, of: day("2028-09-30")))
        #expect(!signed.endsWithin(days: 90, of: day("2028-07-01")))
        #expect(!signed.endsWithin(days: 90, of: day("2028-10-01")))
    }

    @Test func aPaymentIsPositiveHasAReceiptAndCoversMonthsOfAConvention() {
        let conventions = [signed]
        func payment(_ amount: String, receipt: String = "Q-1", months: [String] = []) -> Payment {
            Payment(
                receipt: receipt, occupantID: 6, paidOn: today, amount: mad(amount),
                months: months.compactMap(Month.init))
        }
        #expect(
            ConventionRules.check(payment("600"), conventions: conventions, occupant: "A") == nil)
        #expect(
            ConventionRules.check(payment("0"), conventions: conventions, occupant: "A")
                == .amountNotPositive(.zero))
        #expect(
            ConventionRules.check(
                payment("600", receipt: " "), conventions: conventions, occupant: "A")
                == .receiptMissing)
        #expect(
            ConventionRules.check(
                payment("600", months: ["2025-09", "2025-10"]), conventions: conventions,
                occupant: "A")
                == .monthsOutsideConventions(
                    months: [Month("2025-09")].compactMap { $0 }, covered: [signed.period]))
        #expect(
            ConventionRules.check(payment("600"), conventions: [], occupant: "A")
                == .noConventionToPay(occupant: "A"))
    }
}
