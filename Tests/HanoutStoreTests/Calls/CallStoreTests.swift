import Foundation
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// A call for the two carpentry units of the small database, with four applicants.
struct CallScene {
    let database: AppDatabase
    let reference = "AOU-2027-01"

    static let grid = ScoringGrid(
        code: "T", titleFr: "Essai", titleEn: "Test",
        criteria: [
            ScoringCriterion(
                key: "years", labelFr: "Années", labelEn: "Years", fact: .yearsOfPractice,
                weight: 2, cap: 20),
            ScoringCriterion(
                key: "mark", labelFr: "Note", labelEn: "Mark", fact: .committeeMark, weight: 1,
                cap: 10),
        ])

    init() throws {
        database = try smallDatabase()
        try database.add(
            Occupant(id: 4, kind: .artisan, name: "Itto Amzil", trades: ["MEN"]), by: "test")
        try database.add(
            Occupant(id: 5, kind: .artisan, name: "Lahcen Ouhmad", trades: ["MEN"]), by: "test")
        try database.saveGrid(Self.grid)
        try database.createCall(
            Call(
                reference: reference, zoneCode: "AOU", title: "Zone d'Aouartas, 2 ateliers",
                units: [OfferedUnit(unitCode: "AOU-01"), OfferedUnit(unitCode: "AOU-02")],
                trades: [], opensOn: day("2027-01-02"), closesOn: day("2027-01-31"),
                startsOn: day("2027-03-01"), gridCode: "T", documentsRequired: ["CIN"]),
            province: "Tiznit", by: "clerk")
        try database.moveCall(reference, to: .open, by: "clerk")
    }

    /// Files for occupants 1, 4, 5 and 3 (years 10, 6, 3, 1): they rank in that order.
    @discardableResult
    func fileFour() throws -> [Application] {
        try [(1, 10), (4, 6), (5, 3), (3, 1)].enumerated().map { index, item in
            try database.apply(
                ApplicationForm(
                    occupantID: Int64(item.0), trade: "MEN",
                    documents: [ReceivedDocument(name: "CIN", receivedOn: day("2027-01-10"))],
                    declared: ApplicantFacts(yearsOfPractice: item.1),
                    filedAt: "2027-01-1\(index)T09:00:00Z"),
                to: reference, by: "clerk")
        }
    }

    /// Filed, closed, ranked and frozen, the run committed on 2027-02-10.
    func allocated() throws -> [Application] {
        let files = try fileFour()
        try database.moveCall(reference, to: .closed, by: "clerk")
        try database.rank(call: reference, seed: 11, by: "clerk")
        try database.freezeRanking(call: reference, by: "clerk")
        try database.commitAllocation(call: reference, on: day("2027-02-10"), by: "clerk")
        return files
    }
}

@Suite struct CallStoreTests {
    /// The occupants' rule holds for a call's title and documents, whoever creates the
    /// call (the command line, the screen, the fixtures' replay): nothing is written.
    @Test func aControlCharacterInACallsTitleOrDocumentIsRefused() throws {
        let scene = try CallScene()
        let before = try scene.database.calls().map(\.reference)
        let call = Call(
            reference: "AOU-2027-02", zoneCode: "AOU", title: "Menuiserie",
            units: [OfferedUnit(unitCode: "AOU-02")], trades: [], opensOn: day("2027-01-02"),
            closesOn: day("2027-01-31"), startsOn: day("2027-03-01"), gridCode: "T",
            documentsRequired: ["CIN"])
        let cases: [(String, Unicode.Scalar)] = [
            ("\u{1B}]0;x\u{07}", "\u{1B}"), ("a\u{9B}b", "\u{9B}"), ("a\nb", "\n"),
        ]
        for (text, control) in cases {
            var titled = call
            titled.title += text
            #expect(throws: CallRefusal.textRefused(.title, .controlCharacter(control))) {
                try scene.database.createCall(titled, province: "Tiznit", by: "clerk")
            }
            var documented = call
            documented.documentsRequired.append("Bail" + text)
            #expect(throws: CallRefusal.textRefused(.document, .controlCharacter(control))) {
                try scene.database.createCall(documented, province: "Tiznit", by: "clerk")
            }
        }
        #expect(try scene.database.calls().map(\.reference) == before)
        // Shown to the clerk with the character's code, never the character.
        #expect(
            CallRefusal.textRefused(.title, .controlCharacter("\u{1B}")).message(in: .en)
                == "Call title refused: control character U+001B not allowed.")
    }

    @Test func everyStatusChangeIsJournaled() throws {
        let scene = try CallScene()
        try scene.database.moveCall(scene.reference, to: .closed, by: "clerk")
        let entries = try scene.database.journal().filter { $0.action == .callStatus }
        #expect(entries.map(\.decision) == Array(repeating: "AOU-2027-01", count: 3))
        #expect(entries.last?.after == #"{"call":"AOU-2027-01","status":"closed"}"#)
        #expect(entries.last?.before == #"{"call":"AOU-2027-01","status":"open"}"#)
        let error = try #require(throws: CallRefusal.self) {
            try scene.database.moveCall(scene.reference, to: .archived, by: "clerk")
        }
        #expect(error.message(in: .en).contains("next step: ranked"))
        #expect(try scene.database.call(scene.reference).status == .closed)
    }

    @Test func refusedApplicationsWriteNothing() throws {
        let scene = try CallScene()
        let first = try scene.database.apply(
            ApplicationForm(occupantID: 1, trade: "MEN", filedAt: "2027-01-05T10:00:00Z"),
            to: scene.reference, by: "clerk")
        #expect(first.filingNumber == "AOU-2027-01/0001")
        let journal = try scene.database.journal().count

        let second = try #require(throws: CallRefusal.self) {
            try scene.database.apply(
                ApplicationForm(occupantID: 1, trade: "MEN", filedAt: "2027-01-06T10:00:00Z"),
                to: scene.reference, by: "clerk")
        }
        #expect(
            second
                == .secondApplication(
                    call: "AOU-2027-01", applicant: "Brahim Aït Lahcen", first: "AOU-2027-01/0001"))
        #expect(second.message(in: .fr).contains("(dossier AOU-2027-01/0001)"))

        let late = try #require(throws: CallRefusal.self) {
            try scene.database.apply(
                ApplicationForm(occupantID: 4, trade: "MEN", filedAt: "2027-02-01T08:00:00Z"),
                to: scene.reference, by: "clerk")
        }
        #expect(
            late
                == .afterClosing(
                    call: "AOU-2027-01", closedOn: day("2027-01-31"), filedOn: day("2027-02-01")))

        let trade = try #require(throws: CallRefusal.self) {
            try scene.database.apply(
                ApplicationForm(occupantID: 2, trade: "SER", filedAt: "2027-01-06T10:00:00Z"),
                to: scene.reference, by: "clerk")
        }
        #expect(trade == .tradeNotCovered(call: "AOU-2027-01", trade: "SER", trades: ["MEN"]))
        #expect(
            trade.message(in: .en) == "Call AOU-2027-01 does not cover trade SER (trades: MEN).")

        #expect(try scene.database.journal().count == journal)
        #expect(try scene.database.applications(call: scene.reference).count == 1)

        // With the committee's written reason, a late file is received.
        let accepted = try scene.database.apply(
            ApplicationForm(
                occupantID: 4, trade: "MEN", lateReason: "Dossier posté le 30/01 (cachet)",
                filedAt: "2027-02-01T08:00:00Z"),
            to: scene.reference, by: "clerk")
        #expect(accepted.number == 2 && accepted.lateReason != nil)
    }

    @Test func aFrozenRankingChangesOnlyByANewVersionAndBothStay() throws {
        let scene = try CallScene()
        let files = try scene.fileFour()
        try scene.database.moveCall(scene.reference, to: .closed, by: "clerk")
        let first = try scene.database.rank(call: scene.reference, seed: 11, by: "clerk")
        #expect(first.entries.map(\.applicationID) == files.map(\.id))
        #expect(first.entries.map(\.total) == [20, 12, 6, 2])
        #expect(try scene.database.call(scene.reference).status == .ranked)
        try scene.database.freezeRanking(call: scene.reference, by: "clerk")

        let journal = try scene.database.journal().count
        let refused = try #require(throws: CallRefusal.self) {
            try scene.database.setCommitteeMark(applicationID: files[3].id, mark: 10, by: "clerk")
        }
        #expect(refused == .applicationsFrozen(call: "AOU-2027-01", version: 1))
        #expect(throws: CallRefusal.rankingFrozen(call: "AOU-2027-01", version: 1)) {
            try scene.database.rank(call: scene.reference, seed: 12, by: "clerk")
        }
        #expect(try scene.database.journal().count == journal)

        try scene.database.setCommitteeMark(
            applicationID: files[3].id, mark: 10, newVersionReason: "Visite du 12/02 reportée",
            by: "clerk")
        let versions = try scene.database.rankings(call: scene.reference)
        #expect(versions.map(\.version) == [1, 2])
        #expect(versions[0].isFrozen && versions[0].entries.map(\.total) == [20, 12, 6, 2])
        #expect(versions[1].entries.map(\.total) == [20, 12, 12, 6])
        #expect(versions[1].reason == "AOU-2027-01/0004: Visite du 12/02 reportée")
        #expect(versions[1].seed == 11)
        let marks = try scene.database.journal().filter { $0.action == .examineApplication }
        #expect(marks.last?.before?.contains(#""application":"\#(files[3].id)""#) == true)
    }

    @Test func acceptingAnOfferAllocatesWithTheCallAsDecision() throws {
        let scene = try CallScene()
        let files = try scene.allocated()
        let offers = try scene.database.offers(call: scene.reference)
        #expect(offers.map(\.unitCode) == ["AOU-01", "AOU-02"])
        #expect(offers.map(\.applicationID) == [files[0].id, files[1].id])
        #expect(offers[0].dueBy == day("2027-02-25"))
        let waiting = try scene.database.waitingList(zone: "AOU", trade: "MEN")
        #expect(waiting.map(\.applicationID) == [files[2].id, files[3].id])
        #expect(waiting.map(\.joinedOn) == [day("2027-02-10"), day("2027-02-10")])

        let allocation = try scene.database.acceptOffer(
            id: offers[0].id, on: day("2027-02-12"), by: "clerk")
        #expect(allocation.decision == "AOU-2027-01" && allocation.occupantID == 1)
        #expect(allocation.period == openEnded("2027-03-01"))
        #expect(try scene.database.journal(unitCode: "AOU-01").contains { $0.action == .assign })
        #expect(try scene.database.check(today: day("2027-03-02")).isEmpty)
        #expect(
            try scene.database.offers(call: scene.reference)[0].answer
                == OfferAnswer(.accepted, on: day("2027-02-12")))
    }

    @Test func aLapsedOfferOrATakenUnitIsRefusedAndNamesWhy() throws {
        let scene = try CallScene()
        _ = try scene.allocated()
        let offers = try scene.database.offers(call: scene.reference)
        let journal = try scene.database.journal().count
        #expect(
            throws: CallRefusal.offerLapsed(
                offer: offers[0].id, unit: "AOU-01", dueBy: day("2027-02-25"))
        ) {
            try scene.database.acceptOffer(id: offers[0].id, on: day("2027-02-26"), by: "clerk")
        }
        // Meanwhile the clerk gave AOU-02 to the cooperative at the counter.
        try scene.database.assign(request("AOU-02", 3, from: "2027-02-15"), by: "clerk")
        let journalAfterAssign = try scene.database.journal().count
        let taken = try #require(throws: CallRefusal.self) {
            try scene.database.acceptOffer(id: offers[1].id, on: day("2027-02-16"), by: "clerk")
        }
        #expect(
            taken
                == .unitTakenMeanwhile(
                    offer: offers[1].id, unit: "AOU-02", by: "Coopérative Tifaout"))
        #expect(taken.message(in: .en).contains("was allocated meanwhile to Coopérative Tifaout"))
        #expect(journalAfterAssign == journal + 1, "only the assignment was written")
        #expect(try scene.database.journal().count == journalAfterAssign)
    }

    @Test func aDeclinedOfferGoesToTheNextInLineAndTheListOutlivesTheCall() throws {
        let scene = try CallScene()
        let files = try scene.allocated()
        let offers = try scene.database.offers(call: scene.reference)
        let next = try #require(
            try scene.database.declineOffer(id: offers[0].id, on: day("2027-02-13"), by: "clerk"))
        #expect(next.applicationID == files[2].id && next.unitCode == "AOU-01")
        // Who declined waits again, in their rank: #1 is before #3 (#4's).
        let waiting = try scene.database.waitingList(zone: "AOU", trade: "MEN")
        #expect(waiting.map(\.rank) == [3, 4, 1])
        try scene.database.acceptOffer(id: offers[1].id, on: day("2027-02-20"), by: "clerk")
        // The offer to #3 lapses by date; the unit goes on to #4.
        let made = try scene.database.lapseOffers(on: day("2027-03-01"), by: "clerk")
        #expect(made.map(\.applicationID) == [files[3].id])
        try scene.database.moveCall(scene.reference, to: .archived, by: "clerk")
        let kept = try scene.database.waitingList(zone: "AOU", trade: "MEN", includingLeft: true)
        #expect(kept.count == 3, "the list outlives its archived call")
        #expect(try scene.database.nextInLine(zone: "AOU", trade: "MEN") != nil)
    }
}
