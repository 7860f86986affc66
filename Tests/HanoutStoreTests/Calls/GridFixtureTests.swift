import Foundation
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

@Suite struct GridFixtureTests {
    @Test func theRegionsDefaultGridIsInstalledWithTheFixtures() throws {
        let database = try fixtureRegion()
        let grid = try database.grid(code: "TZN-2026")
        #expect(grid.maximum == 110)
        #expect(Set(grid.criteria.map(\.fact)) == Set(ScoringFact.allCases))
        #expect(grid.note.lowercased().contains("illustrative"))
        #expect(try database.check(today: TestDay.day).isEmpty)
    }

    @Test func aBadGridFileRefusesTheWholeFixtureSet() throws {
        let folder = try makeTemporaryFolder("grids")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(
            """
            {"code": "X", "titleFr": "X", "titleEn": "X", "criteria": [
              {"key": "a", "labelFr": "A", "labelEn": "A", "fact": "height", "weight": 1, "cap": 3}]}
            """.utf8
        ).write(to: folder.appendingPathComponent("bad.json"))
        var problems: [ImportProblem] = []
        let grids = FixtureSet.loadGrids(from: folder, problems: &problems)
        #expect(grids.isEmpty)
        #expect(problems.map(\.file) == ["grids/bad.json"])
        #expect(problems.first?.message(in: .en).contains("'height'") == true)
    }
}
