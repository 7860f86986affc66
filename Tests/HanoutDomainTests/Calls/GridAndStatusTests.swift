import Foundation
import Testing

@testable import HanoutDomain

@Suite struct GridAndStatusTests {
    func decode(_ json: String) -> Result<ScoringGrid, GridInvalid> {
        ScoringGrid.decode(Data(json.utf8))
    }

    @Test func aGridIsReadFromJSONAndWrittenBackTheSame() throws {
        let grid = try decode(
            String(decoding: CallExample.grid.encoded(), as: UTF8.self)
        ).get()
        #expect(grid == CallExample.grid)
        #expect(grid.maximum == 65)
        #expect(grid.committeeMarkCriterion?.cap == 15)
    }

    @Test func aBadGridIsRefusedWithEveryProblem() {
        let json = """
            {"code": "BAD", "titleFr": "Mauvaise", "titleEn": "Bad", "criteria": [
              {"key": "a", "labelFr": "A", "labelEn": "A", "fact": "shoeSize", "weight": 1, "cap": 5},
              {"key": "b", "labelFr": "B", "labelEn": "B", "fact": "niaGiven", "weight": -2, "cap": 5},
              {"key": "b", "labelFr": "B", "labelEn": "", "fact": "disability", "weight": 2, "cap": 0}
            ]}
            """
        guard case .failure(let invalid) = decode(json) else {
            Issue.record("a bad grid was accepted")
            return
        }
        #expect(
            invalid.problems == [
                .unknownFact(key: "a", fact: "shoeSize"),
                .negativeWeight(key: "b", weight: -2),
                .duplicateKey("b"), .missingLabel(key: "b"), .capNotPositive(key: "b", cap: 0),
            ])
        #expect(invalid.message(in: .en).contains("reads 'shoeSize', which Hanout does not know"))
        #expect(
            GridProblem.capNotPositive(key: "b", cap: 0).message(in: .fr)
                == "Le critère « b » a un plafond de 0 : il doit être d'au moins 1.")
        if case .failure(let unreadable) = decode("{") {
            #expect(unreadable.problems.count == 1)
        } else {
            Issue.record("unreadable JSON was accepted")
        }
    }

    @Test func aCallMovesForwardOneStepAtATime() {
        #expect(CallStatus.draft.moving(to: .open, call: "X") == .success(.open))
        #expect(CallStatus.allocated.moving(to: .archived, call: "X") == .success(.archived))
        #expect(
            CallStatus.open.moving(to: .ranked, call: "TAF-2027-01")
                == .failure(
                    .wrongStatus(call: "TAF-2027-01", from: .open, to: .ranked, allowed: [.closed]))
        )
        #expect(
            CallRefusal.wrongStatus(
                call: "TAF-2027-01", from: .open, to: .ranked, allowed: [.closed]
            )
            .message(in: .en)
                == "Call TAF-2027-01 is open: it cannot become 'ranked' (next step: closed).")
        #expect(CallStatus.archived.next.isEmpty)
    }

    @Test func theTradesOfACallDefaultToThoseItsUnitsAllow() {
        let units = [
            Unit(zoneCode: "TAF", number: 3, allowedTrades: ["TAP", "TIS"], row: 1, column: 3),
            Unit(zoneCode: "TAF", number: 4, allowedTrades: ["TAP"], row: 1, column: 4),
            Unit(zoneCode: "TAF", number: 8, allowedTrades: ["BRO", "COU"], row: 3, column: 6),
        ]
        #expect(Call.defaultTrades(of: units) == ["BRO", "COU", "TAP", "TIS"])
        let any = Unit(zoneCode: "TAF", number: 15, row: 2, column: 1)
        #expect(Call.defaultTrades(of: units + [any]).isEmpty, "a unit open to any trade")
        #expect(CallExample.call.filingNumber(7) == "TAF-2027-01/0007")
    }

    @Test func underThirtyFiveIsJudgedOnTheClosingDay() {
        let facts = ApplicantFacts(birthDay: CallExample.day("1992-01-31"))
        #expect(facts.isUnder35(on: CallExample.day("2027-01-30")))
        #expect(!facts.isUnder35(on: CallExample.day("2027-01-31")), "35 that very day")
        let leap = ApplicantFacts(birthDay: CallExample.day("1992-02-29"))
        #expect(leap.isUnder35(on: CallExample.day("2027-02-28")))
        #expect(!leap.isUnder35(on: CallExample.day("2027-03-01")))
    }
}
