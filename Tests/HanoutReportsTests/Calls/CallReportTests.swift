import HanoutDomain
import HanoutTestSupport
import Testing
import TextLayout

@testable import HanoutReports

/// The ranking and the committee's minutes, from values built here (as the
/// command hands them over), in French and English.
@Suite struct CallReportTests {
    func day(_ text: String) -> Day { Day(text) ?? TestDay.day }

    func line(
        _ key: String, _ fr: String, _ en: String, _ fact: ScoringFact, _ value: Int, weight: Int
    )
        -> ScoreLine
    {
        ScoreLine(
            key: key, labelFr: fr, labelEn: en, fact: fact, value: value, weight: weight,
            points: min(value * weight, 20), cap: 20)
    }

    /// Two ranked (22 and 10 points), one set aside, one offer, one waiting.
    func report(members: [String] = [], frozen: Bool = true) -> CallReport {
        let call = Call(
            reference: "TAF-2027-01", zoneCode: "TAF", title: "Marché de Tafraout",
            units: [OfferedUnit(unitCode: "TAF-01")], trades: ["MEN"], opensOn: day("2027-01-05"),
            closesOn: day("2027-01-20"), startsOn: day("2027-02-01"), gridCode: "TZN-2026",
            status: .ranked)
        let ranking = Ranking(
            callReference: "TAF-2027-01", version: 2, isFrozen: frozen, reason: "Note corrigée",
            seed: 4242, entries: [], setAside: [])
        let years = { (value: Int) in
            self.line(
                "years", "Années de pratique", "Years of practice", .yearsOfPractice, value,
                weight: 2)
        }
        let nia = line("nia", "Inscrit au RNA", "Registered (NIA)", .niaGiven, 1, weight: 10)
        return CallReport(
            call: call, zoneName: "Marché de Tafraout", ranking: ranking,
            ranked: [
                .init(
                    rank: 1, filingNumber: "TAF-2027-01/0002", applicant: "Fatima Aït Lahcen",
                    trade: "MEN", score: Score(lines: [years(6), nia])),
                .init(
                    rank: 2, filingNumber: "TAF-2027-01/0001", applicant: "Omar\u{1B}[2J Bouzid",
                    trade: "MEN",
                    score: Score(lines: [
                        years(5),
                        line("nia", "Inscrit au RNA", "Registered (NIA)", .niaGiven, 0, weight: 10),
                    ])),
            ],
            setAside: [
                .init(
                    filingNumber: "TAF-2027-01/0003", applicant: "Said Azenkad", trade: "MEN",
                    reason: .inadmissible("Pièce d'identité absente"))
            ],
            offers: [
                .init(
                    filingNumber: "TAF-2027-01/0002", applicant: "Fatima Aït Lahcen",
                    unitCode: "TAF-01", dueBy: day("2027-02-15"), state: .pending)
            ],
            waiting: [
                .init(
                    applicant: "Omar Bouzid", trade: "MEN", rank: 2, total: 10,
                    joinedOn: day("2027-01-31"))
            ],
            members: members, printedOn: day("2027-01-31"), clerk: "Hafsa")
    }

    func text(_ kind: CallReportText.Kind, _ language: Language, _ report: CallReport) -> String {
        CallReportDocument.render(
            report, kind, as: .text, language: language, setup: .a4(.portrait))
    }

    @Test func theRankingShowsEveryCriterionTheSeedAndTheVersionInEnglish() {
        let text = text(.ranking, .en, report())
        #expect(text.contains("Ranking · TAF-2027-01"))
        #expect(
            text.contains("Ranking version 2 (frozen) · lot seed: 4242 · reason: Note corrigée"))
        #expect(text.contains("1. TAF-2027-01/0002 · Fatima Aït Lahcen · MEN · 22 points"))
        #expect(text.contains("    Years of practice: 6 × 2 = 12"), "\(text)")
        #expect(text.contains("Files set aside"))
        #expect(text.contains("TAF-2027-01/0003 · Said Azenkad · MEN : inadmissible: Pièce"))
        #expect(!text.contains("Waiting list"), "the ranking alone")
    }

    @Test func theRankingInFrenchSaysNotFrozen() {
        let text = text(.ranking, .fr, report(frozen: false))
        #expect(text.contains("Classement · TAF-2027-01"))
        #expect(text.contains("Version 2 du classement (non figé) · tirage au sort : 4242"))
        #expect(text.contains("    Années de pratique : 6 × 2 = 12"), "\(text)")
        #expect(text.contains("Dossiers écartés"))
    }

    @Test func theMinutesNameTheMembersTheOffersAndTheWaitingListInBothLanguages() {
        let members = ["Fatima Ouhmad (présidente)", "Ali Bensaid"]
        let french = text(.minutes, .fr, report(members: members))
        #expect(french.contains("Projet de procès-verbal du comité · TAF-2027-01"))
        #expect(french.contains("Membres présents :"))
        #expect(
            french.contains("  - Fatima Ouhmad (présidente)") && french.contains("  - Ali Bensaid"))
        #expect(
            french.contains(
                "- TAF-01 · Fatima Aït Lahcen (TAF-2027-01/0002) · réponse avant le 15/02/2027"))
        #expect(french.contains("1. Omar Bouzid · MEN · rang 2, 10 points, inscrit le 31/01/2027"))
        #expect(french.contains("Signatures :"))
        let english = text(.minutes, .en, report(members: members))
        #expect(english.contains("Draft minutes of the committee · TAF-2027-01"))
        #expect(english.contains("Members present:") && english.contains("Waiting list"))
        #expect(english.contains("rank 2, 10 points, joined 31 Jan 2027"), "\(english)")
    }

    @Test func linesFitThePageAndNamesAreCleaned() {
        for kind in [CallReportText.Kind.ranking, .minutes] {
            let pages = CallReportText(kind, language: .fr, setup: .a4(.portrait)).pages(report())
            for page in pages {
                #expect(
                    page.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy {
                        DisplayWidth.of($0) <= 80
                    })
                #expect(!page.contains("\u{1B}"))
            }
        }
    }

    @Test func theCSVHasACriterionAColumnAndTheSetAsideLast() {
        let csv = CallReportDocument.csv(report())
        let rows = csv.split(separator: "\n").map(String.init)
        #expect(
            rows.first
                == "call,version,frozen,seed,rank,number,applicant,trade,years,nia,total,admissible,reason"
        )
        #expect(
            rows[1].hasPrefix(
                "TAF-2027-01,2,yes,4242,1,TAF-2027-01/0002,Fatima Aït Lahcen,MEN,12,10,22,yes,"))
        #expect(
            rows.last?.hasSuffix(",no,inadmissible: Pièce d'identité absente") == true, "\(csv)")
    }

    @Test func theHTMLEscapesTheText() {
        let html = CallReportDocument.render(
            report(members: ["<b>Ali</b>"]), .minutes, as: .html, language: .en,
            setup: .a4(.portrait))
        #expect(html.contains("&lt;b&gt;Ali&lt;/b&gt;") && !html.contains("<b>Ali"))
    }
}
