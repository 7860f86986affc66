import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// A call handled from the keyboard, through the real update and store.
@MainActor
@Suite struct CallFlowTests {
    let reference = CallScene.reference

    @Test func cOnTheZonesOpensTheCallsAndEnterOpensACall() throws {
        let app = try AppHarness(scene: CallScene.filed)
        app.press(.char("c"))
        let calls = try #require(app.state.top.calls)
        #expect(calls.list.total == 1)
        app.press(.enter)
        #expect(app.state.top.call?.reference == reference)
        #expect(app.lines[0].contains("Call TAF-2027-01"))
        app.press(.escape, .escape)
        #expect(app.state.top.zones != nil)
    }

    @Test func aNewFileIsRecordedWithItsDocumentsAndDeclaredFacts() throws {
        let app = try AppHarness(scene: CallScene.filed)
        app.press(.char("c"), .enter, .char("n"))
        #expect(app.lines[0].contains("Applicant to TAF-2027-01"))
        app.type("brahim ouh")
        app.press(.enter)
        #expect(app.state.top.applicationForm?.occupant.id == 47)
        // CIN received today, 7 years of practice, a woman's file: no, the box is ticked.
        app.press(.tab)
        app.type("TAF-12 taf-11")
        app.press(.tab, .char(" "), .tab, .tab)
        app.type("7")
        app.press(.tab, .char(" "), .enter)
        #expect(app.text.contains("Record the file of Brahim Ouhmad for BIJ? y/n"))
        app.press(.char("y"))
        #expect(app.text.contains("File TAF-2027-01/0007 recorded."), "\(app.text)")
        #expect(app.state.top.call != nil, "back on the call")
        let filed = try #require(try app.database.applications(call: reference).last)
        #expect(filed.occupantID == 47 && filed.trade == "BIJ")
        #expect(filed.preferences == ["TAF-12", "TAF-11"])
        #expect(filed.documents == [ReceivedDocument(name: "CIN", receivedOn: TestDay.day)])
        #expect(filed.facts.yearsOfPractice == 7 && filed.facts.isWomanOrWomensCooperative)
        #expect(app.text.contains("   7 Brahim Ouhmad"))
    }

    @Test func aSecondFileOfTheSameApplicantIsRefusedNamingTheFirstAndNothingIsWritten() throws {
        let app = try AppHarness(scene: CallScene.filed)
        app.press(.char("c"), .enter, .char("n"))
        app.type("moulay ahmed")
        app.press(.enter, .enter, .char("y"))
        #expect(app.text.contains("TAF-2027-01/0001"), "\(app.text)")
        #expect(app.state.top.applicationForm != nil, "the form stays to change or leave")
        #expect(try app.database.applications(call: reference).count == 6)
    }

    @Test func aUnitNotOfferedIsRefusedByTheFormListingThoseOffered() throws {
        let app = try AppHarness(scene: CallScene.filed)
        app.press(.char("c"), .enter, .char("n"))
        app.type("brahim ouh")
        app.press(.enter, .tab)
        app.type("TAF-01")
        app.press(.enter)
        #expect(
            app.text.contains(
                "TAF-01 is not offered (offered: TAF-11, TAF-12, TAF-13, TAF-14)."), "\(app.text)")
    }

    @Test func anInadmissibleFileNeedsItsReason() throws {
        let app = try AppHarness(scene: CallScene.filed)
        app.press(.char("c"), .enter, .down, .char("I"))
        #expect(app.text.contains("Reason it is inadmissible:"))
        app.press(.enter)
        #expect(app.text.contains("An inadmissible file needs its reason."))
        app.type("Attestation manquante")
        app.press(.enter)
        let second = try app.database.applications(call: reference)[1]
        #expect(second.admissibility == .inadmissible(reason: "Attestation manquante"))
        #expect(app.text.contains("no: Attestation manquan…"), "\(app.text)")
        app.press(.char("A"))
        #expect(try app.database.applications(call: reference)[1].admissibility == .admissible)
    }

    @Test func theCommitteeMarkIsBoundedByTheGrid() throws {
        let app = try AppHarness(scene: CallScene.filed)
        app.press(.char("c"), .enter, .char("m"))
        let cap = try #require(app.state.top.call?.file?.markCap)
        app.type("\(cap + 1)")
        app.press(.enter)
        #expect(app.text.contains("The mark is a number from 0 to \(cap)."))
        app.press(.backspace, .backspace, .backspace)
        app.type("\(cap)")
        app.press(.enter)
        #expect(try app.database.applications(call: reference)[0].committeeMark == cap)
    }

    @Test func closingRankingAndFreezingEachAskToConfirm() throws {
        let app = try AppHarness(scene: CallScene.filed)
        app.press(.char("c"), .enter, .char("C"))
        #expect(app.text.contains("Close call TAF-2027-01? y/n"))
        app.press(.char("y"))
        #expect(try app.database.call(reference).status == .closed)
        app.press(.char("R"), .char("n"))
        #expect(try app.database.ranking(call: reference) == nil, "n ranks nothing")
        app.press(.char("R"), .char("y"))
        let ranking = try #require(try app.database.ranking(call: reference))
        #expect(app.text.contains("lot seed \(ranking.seed)"), "the drawn seed is shown")
        #expect(ranking.entries.count == 5 && ranking.setAside.count == 1)
        app.press(.enter)
        #expect(app.text.contains("Version 1 of 1 · not frozen"))
        app.press(.char("F"), .char("y"))
        #expect(app.text.contains("Version 1 of 1 · frozen"), "\(app.text)")
        #expect(try app.database.ranking(call: reference)?.isFrozen == true)
    }

    @Test func aChangeToAFrozenRankingAsksTheReasonOfTheNewVersion() throws {
        let app = try AppHarness(scene: {
            try CallScene.ranked($0)
            try $0.freezeRanking(call: CallScene.reference, by: "test")
        })
        app.press(.char("c"), .enter, .char("I"))
        app.type("Casier non fourni")
        app.press(.enter)
        #expect(app.text.contains("Ranking frozen: reason for a new version:"), "\(app.text)")
        app.press(.enter)
        #expect(app.text.contains("A new version of the ranking needs a written reason."))
        app.type("Recours du 28/11")
        app.press(.enter)
        let versions = try app.database.rankings(call: reference)
        #expect(versions.count == 2)
        #expect(versions[1].reason == "TAF-2027-01/0001: Recours du 28/11")
        #expect(versions[1].setAside.count == 2)
        app.press(.enter)
        #expect(app.text.contains("Version 2 of 2"), "\(app.text)")
        app.press(.char("v"))
        #expect(app.text.contains("Version 1 of 2 · frozen"), "both versions stay visible")
    }

    @Test func aNewVersionFromTheRankingScreenNeedsAWrittenReason() throws {
        let app = try AppHarness(scene: CallScene.ranked)
        app.press(.char("c"), .enter, .enter, .char("N"), .enter)
        #expect(app.text.contains("A new version of the ranking needs a written reason."))
        app.type("Erreur de saisie")
        app.press(.enter)
        #expect(try app.database.rankings(call: reference).map(\.version) == [1, 2])
        #expect(app.text.contains("Version 2 of 2"))
        #expect(app.text.contains("reason: Erreur"))
    }

    @Test func theHelpListsTheCallKeys() throws {
        let app = try AppHarness(scene: CallScene.filed)
        app.press(.char("c"), .enter, .char("?"))
        for keys in ["n ", "O ", "C ", "A ", "I ", "m ", "R ", "F ", "Enter r"] {
            #expect(app.text.contains("│ \(keys)"), "\(keys)")
        }
    }
}
