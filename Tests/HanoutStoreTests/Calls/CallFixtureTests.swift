import Foundation
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// The calls of `fixtures/calls.json`, replayed at install.
@Suite struct CallFixtureTests {
    @Test func theTafraoutCallIsAllocatedAndLeavesAWaitingList() throws {
        let database = try fixtureRegion()
        let call = try database.call("TAF-2026-01")
        #expect(call.status == .allocated)
        #expect(call.units.map(\.unitCode) == (11...15).map { "TAF-\($0)" })
        let applications = try database.applications(call: "TAF-2026-01")
        #expect(applications.count == 30)
        let reasons = applications.compactMap { application -> String? in
            guard case .inadmissible(let reason) = application.admissibility else { return nil }
            return reason
        }
        #expect(reasons.count == 5)
        #expect(reasons.allSatisfy { !$0.isEmpty })

        let ranking = try #require(try database.ranking(call: "TAF-2026-01"))
        #expect(ranking.isFrozen && ranking.version == 1 && ranking.seed == 20_260_720)
        #expect(ranking.entries.count == 25)
        #expect(ranking.setAside.count == 5)

        let answers = try database.offers(call: "TAF-2026-01").map { $0.answer?.state }
        #expect(answers.filter { $0 == .accepted }.count == 4)
        #expect(answers.filter { $0 == .declined }.count == 1)
        #expect(answers.filter { $0 == .lapsed }.count == 1)
        #expect(answers.count == 6)

        // TAF-11 is back in service, but no applicant practised its trade.
        let units = try (11...15).map { try database.unit(code: "TAF-\($0)", on: TestDay.day) }
        #expect(units.allSatisfy { $0.unit.condition == .available })
        #expect(units.map { $0.allocation == nil } == [true, false, false, false, false])
        let waiting = try database.waitingList(zone: "TAF")
        #expect(waiting.count == 21)
        // Who declined (53) and whose offer lapsed (76) wait again, one strike each.
        #expect(Set(waiting.map(\.occupantID)).isSuperset(of: [53, 76]))
        #expect(try database.check(today: TestDay.day).isEmpty)
    }

    @Test func theAcceptedOffersAreAllocationsWithTheCallAsDecision() throws {
        let database = try fixtureRegion()
        let decided = try database.allocations().map(\.allocation).filter {
            $0.decision == "TAF-2026-01"
        }
        #expect(decided.map(\.unitCode).sorted() == ["TAF-12", "TAF-13", "TAF-14", "TAF-15"])
        // From the call's start, or from the day accepted when later (TAF-14, TAF-15).
        #expect(
            decided.sorted { $0.unitCode < $1.unitCode }.map(\.period.start.iso) == [
                "2026-09-01", "2026-09-01", "2026-09-07", "2026-09-18",
            ])
    }

    @Test func theFestivalCallIsOpenWithAFewFiles() throws {
        let database = try fixtureRegion()
        let call = try database.call("FAM-2027-01")
        #expect(call.status == .open)
        #expect(call.units.count == 14)
        #expect(try database.applications(call: "FAM-2027-01").count == 5)
        #expect(try database.ranking(call: "FAM-2027-01") == nil)
    }

    @Test func theReplayIsJournaledUnderTheFixedClerkOnTheFilesDays() throws {
        let database = try fixtureRegion()
        let entries = try database.journal(limit: 100_000).filter {
            $0.decision == "TAF-2026-01/0001"
        }
        #expect(entries.first?.clerk == "Fatima Aït Ouabou (greffière fictive)")
        #expect(entries.first?.at == "2026-06-02T09:20:00Z")
    }

    @Test func aBadApplicationRefusesTheWholeInstallNamingIt() throws {
        let folder = try copiedFixtures()
        defer { try? FileManager.default.removeItem(at: folder) }
        // File 7 (Zahra Amalou, pottery) applies for a trade she does not practise.
        try edit(folder) {
            $0.replacingOccurrences(
                of: #""trade": "POT",\#n          "filedAt": "2026-06-05T"#,
                with: #""trade": "MEN",\#n          "filedAt": "2026-06-05T"#)
        }
        let database = try AppDatabase.inMemory()
        let set = try FixtureSet.load(from: folder)
        #expect {
            try database.install(set, by: "test")
        } throws: { error in
            let problems = (error as? ImportFailed)?.problems ?? []
            return problems.map(\.file) == ["calls.json"]
                && problems.first?.field == "TAF-2026-01/0007"
        }
        #expect(try database.isEmpty())
    }

    @Test func aMalformedCallsFileIsRefusedWithItsPath() throws {
        let folder = try copiedFixtures()
        defer { try? FileManager.default.removeItem(at: folder) }
        try edit(folder) { $0.replacingOccurrences(of: #""do": "freeze""#, with: #""do": "thaw""#) }
        #expect {
            _ = try FixtureSet.load(from: folder)
        } throws: { error in
            let problems = (error as? ImportFailed)?.problems ?? []
            return problems.map(\.file) == ["calls.json"]
                && problems.first?.field == "calls[0].story[3].do"
        }
    }

    @Test func aWrongApplicantIdIsCaughtByName() throws {
        let folder = try copiedFixtures()
        defer { try? FileManager.default.removeItem(at: folder) }
        try edit(folder) {
            $0.replacingOccurrences(of: #""applicant": 41,"#, with: #""applicant": 42,"#)
        }
        let database = try AppDatabase.inMemory()
        #expect(throws: ImportFailed.self) {
            try database.install(try FixtureSet.load(from: folder), by: "test")
        }
        #expect(try database.isEmpty())
    }

    /// The repository's fixtures in a folder of their own, to spoil.
    private func copiedFixtures() throws -> URL {
        let folder = try makeTemporaryFolder("calls").appendingPathComponent("fixtures")
        try FileManager.default.copyItem(at: TestRepository.fixtures, to: folder)
        return folder
    }

    private func edit(_ folder: URL, _ change: (String) -> String) throws {
        let url = folder.appendingPathComponent("calls.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text)
        try Data(changed.utf8).write(to: url)
    }
}
