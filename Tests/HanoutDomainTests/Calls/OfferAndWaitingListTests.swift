import Testing

@testable import HanoutDomain

@Suite struct OfferAndWaitingListTests {
    let day = CallExample.day

    @Test func anUnansweredOfferLapsesByDateNotByTimer() {
        let offer = Offer(
            id: 1, applicationID: 3, unitCode: "TAF-04", madeOn: day("2027-02-10"),
            validityDays: 15)
        #expect(offer.dueBy == day("2027-02-25"))
        #expect(offer.state(on: day("2027-02-25")) == .pending, "the last day still counts")
        #expect(offer.state(on: day("2027-02-26")) == .lapsed)
        #expect(offer.lapsedOn(asOf: day("2027-03-10")) == day("2027-02-26"))
        var accepted = offer
        accepted.answer = OfferAnswer(.accepted, on: day("2027-02-20"))
        #expect(accepted.state(on: day("2027-06-01")) == .accepted, "an answer stands")
    }

    @Test func declinedAndLapsedOffersCountAsStrikes() {
        let made = day("2027-01-01")
        let declined = Offer(
            applicationID: 1, unitCode: "TAF-04", madeOn: made, validityDays: 15,
            answer: OfferAnswer(.declined, on: day("2027-01-03")))
        let lapsing = Offer(applicationID: 1, unitCode: "TAF-06", madeOn: made, validityDays: 15)
        let accepted = Offer(
            applicationID: 1, unitCode: "TAF-08", madeOn: made, validityDays: 15,
            answer: OfferAnswer(.accepted, on: made))
        let offers = [declined, lapsing, accepted]
        #expect(Strikes.count(offers, on: day("2027-01-10")) == 1)
        #expect(Strikes.count(offers, on: day("2027-01-20")) == 2)
        #expect(!Strikes.isStruckOff(offers, on: day("2027-01-20"), strikesAllowed: 3))
        #expect(Strikes.isStruckOff(offers, on: day("2027-01-20"), strikesAllowed: 2))
    }

    @Test func theWaitingListKeepsRankingOrderAfterARelease() throws {
        // Two units of carpet weaving for five applicants: ranks 3, 4, 5 wait.
        let units = [
            Unit(zoneCode: "TAF", number: 4, allowedTrades: ["TAP"], row: 1, column: 4),
            Unit(zoneCode: "TAF", number: 6, allowedTrades: ["TAP"], row: 1, column: 6),
        ]
        let zone = Zone(code: "TAF", name: "Tafraout", commune: "Tafraout", kind: .market)
        let applications = (1...5).map { id in
            CallExample.application(
                Int64(id), facts: ApplicantFacts(yearsOfPractice: 10 - id))
        }
        let ranking = Ranking.compute(
            call: CallExample.call, grid: CallExample.grid, applications: applications,
            context: CallExample.context, seed: 1)
        let preview = AllocationRun(
            call: CallExample.call, zone: zone, units: units, ranking: ranking,
            applications: applications, occupants: [], allocations: []
        ).preview()
        #expect(preview.proposals.map(\.applicationID) == [1, 2])
        #expect(preview.notPlaced.map(\.reason) == Array(repeating: .belowUnitsOffered, count: 3))
        let entries = WaitingList.entries(
            from: preview, ranking: ranking, zoneCode: "TAF", joinedOn: day("2027-02-10"))
        var list = WaitingList(zoneCode: "TAF", trade: "TAP", entries: entries.reversed())
        #expect(list.waiting.map(\.rank) == [3, 4, 5])
        #expect(list.nextInLine()?.applicationID == 3)
        // TAF-04 is released later; #3 is offered it and accepts: #4 is next, #5 after.
        list.entries[0].left = WaitingExit(day: day("2027-09-01"), why: .placed)
        #expect(list.nextInLine()?.applicationID == 4)
        #expect(list.waiting.map(\.applicationID) == [4, 5])
        // #4 declines that offer (excluded for this unit): #5 is asked next.
        #expect(list.nextInLine(excluding: [4])?.applicationID == 5)
        #expect(list.entries.count == 3, "who left stays on the list, with the day and why")
    }
}
