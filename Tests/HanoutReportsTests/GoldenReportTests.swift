import HanoutDomain
import HanoutReports
import Testing

/// The printed report of the fixture zones, as text, compared with pages that were looked at.
@Suite struct GoldenReportTests {
    static let cases: [(zone: String, orientation: PageSetup.Orientation, language: Language)] =
        ["AOU", "TAF"].flatMap { zone in
            PageSetup.Orientation.allCases.flatMap { orientation in
                Language.allCases.map { (zone, orientation, $0) }
            }
        }

    @Test(arguments: 0..<cases.count)
    func theReportOfAFixtureZoneMatchesItsGoldenPages(_ index: Int) throws {
        let (zone, orientation, language) = Self.cases[index]
        let renderer = TextReportRenderer(language: language, setup: .a4(orientation))
        let text = renderer.document(try fixtureReports(zone))
        try GoldenFile.expectMatches(
            text, name: "\(zone)-\(orientation.rawValue)-\(language.rawValue).txt")
    }
}
