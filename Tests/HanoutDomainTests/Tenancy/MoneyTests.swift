import Testing

@testable import HanoutDomain

func mad(_ text: String) -> Money {
    guard case .success(let amount) = AmountText.parse(text) else {
        Issue.record("bad test amount \(text)")
        return .zero
    }
    return amount
}

@Suite struct MoneyTests {
    @Test func amountsShowAsTheClerkWritesThemInEachLanguage() {
        let nbsp = "\u{00A0}"
        #expect(Money(centimes: 125_000).shown(in: .fr) == "1\(nbsp)250,00\(nbsp)MAD")
        #expect(Money(centimes: 125_000).shown(in: .en) == "MAD\(nbsp)1,250.00")
        #expect(Money(centimes: 5).shown(in: .fr) == "0,05\(nbsp)MAD")
        #expect(Money(centimes: 123_456_789).shown(in: .en) == "MAD\(nbsp)1,234,567.89")
        #expect(Money(centimes: -60_000).shown(in: .fr) == "-600,00\(nbsp)MAD")
        #expect(Money(centimes: -60_000).shown(in: .en) == "-MAD\(nbsp)600.00")
        #expect(Money(centimes: 100_000).plain == "1000.00")
        #expect(Money(centimes: -305).plain == "-3.05")
    }

    @Test func sumsOfCentimesAreExact() {
        // 0.10 + 0.20 is 0.30 to the centime, as floating point never is.
        #expect(mad("0.10") + mad("0.20") == mad("0.30"))
        let tenThousandDimes = (0..<10_000).reduce(Money.zero) { sum, _ in sum + mad("0,10") }
        #expect(tenThousandDimes == Money(dirhams: 1000))
    }

    @Test func sharesRoundToTheNearestCentimeHalvesAwayFromZero() {
        // 600 MAD for 12 days of 31: 232.258… → 232.26.
        #expect(Money(dirhams: 600).scaled(by: 12, over: 31) == Money(centimes: 23_226))
        #expect(Money(centimes: 1).scaled(by: 1, over: 2) == Money(centimes: 1))
        #expect(Money(centimes: -1).scaled(by: 1, over: 2) == Money(centimes: -1))
        #expect(Money(centimes: 10).scaled(by: 1, over: 3) == Money(centimes: 3))
    }

    @Test(arguments: [
        ("1250", 125_000), ("1250.00", 125_000), ("1250,5", 125_050), ("1 250,00", 125_000),
        ("1\u{00A0}250,00", 125_000), ("1,250.00", 125_000), ("1.250,00", 125_000),
        ("1,250,000", 125_000_000), ("600 MAD", 60_000), ("DH 45.5", 4_550), ("0,05", 5),
        ("+12", 1_200), ("  7.25 ", 725),
    ])
    func amountsAreReadInTheFormsClerksWrite(text: String, centimes: Int64) {
        #expect(AmountText.parse(text) == .success(Money(centimes: centimes)))
    }

    @Test func amountsThatNeedAGuessOrAreNotAmountsAreRefused() {
        #expect(AmountText.parse("1,250") == .failure(.ambiguous("1,250")))
        #expect(AmountText.parse("1.250") == .failure(.ambiguous("1.250")))
        #expect(AmountText.parse("12.345") == .failure(.ambiguous("12.345")))
        #expect(AmountText.parse("-50") == .failure(.negative("-50")))
        #expect(AmountText.parse("") == .failure(.empty))
        #expect(AmountText.parse("MAD") == .failure(.empty))
        for text in [
            "abc", "1e5", "1.250.00", "1250.", ".5", "1250.001", "12 34", "1250 000", "1,2,3",
        ] {
            #expect(AmountText.parse(text) == .failure(.notAnAmount(text)), "\(text)")
        }
        #expect(AmountText.parse("99999999999") == .failure(.tooLarge("99999999999")))
        #expect(AmountText.parse("1000000001") == .failure(.tooLarge("1000000001")))
        #expect(AmountText.parse("1000000000") == .success(Money.largest))
    }

    @Test func refusalsSayWhatToWrite() {
        #expect(AmountProblem.ambiguous("1,250").message(in: .en).contains("1250.00"))
        #expect(AmountProblem.negative("-5").message(in: .fr).contains("contre-passation"))
    }
}

@Suite struct MonthTests {
    @Test func monthsAreReadAndWrittenAsYearAndMonth() {
        #expect(Month("2026-11") == Month(year: 2026, month: 11))
        #expect(Month("2026-13") == nil)
        #expect(Month("2026-1") == nil)
        #expect(Month("2026/11") == nil)
        #expect(Month(of: day("2028-02-29")).iso == "2028-02")
        #expect(Month(of: day("2026-12-31")).next.iso == "2027-01")
        #expect(Month(of: day("2026-01-15")).adding(months: -1).iso == "2025-12")
        #expect(Month(of: day("2026-01-15")).adding(months: 25).iso == "2028-02")
        #expect(Month(of: day("2028-02-01")).dayCount == 29)
        #expect(Month(of: day("2026-02-01")).lastDay == day("2026-02-28"))
        #expect(Month(of: day("2026-11-01")).shown(in: .fr) == "11/2026")
        #expect(Month(of: day("2026-11-01")).shown(in: .en) == "Nov 2026")
    }

    @Test func aDayMonthsLaterKeepsItsDayOrTheMonthsLast() {
        #expect(day("2026-01-31").adding(months: 1) == day("2026-02-28"))
        #expect(day("2028-01-31").adding(months: 1) == day("2028-02-29"))
        #expect(day("2025-10-01").adding(months: 36) == day("2028-10-01"))
        #expect(Convention.lastDay(from: day("2025-10-01"), months: 36) == day("2028-09-30"))
        #expect(Convention.lastDay(from: day("2026-03-31"), months: 1) == day("2026-04-29"))
    }
}
