import Foundation
import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// The reasons a committee wrote (an override's, a release's) are read whole on the
/// unit record, over as many lines as they take, at 80 columns and narrower.
@MainActor
@Suite struct UnitRecordWrapTests {
    static let override =
        "Atelier mixte menuiserie et ferronnerie décidé en commission du 12 novembre 2026, "
        + "procès-verbal n° 2026-118, en attendant la livraison du local voisin"
    static let release =
        "Départ de l'artisan vers la zone d'activités de Tiznit, lettre du 20 novembre 2026 "
        + "reçue au bureau d'ordre sous le numéro 4471"

    @Test(arguments: [80, 60])
    func longReasonsShowWholeOnTheUnitRecord(_ width: Int) throws {
        let app = try AppHarness(width: width, height: 40)
        let database = app.database
        func id(_ name: String) throws -> Int64 {
            try #require(database.occupants(search: name).first?.id, "\(name)")
        }
        let (first, second) = (try #require(Day("2026-11-02")), try #require(Day("2026-11-10")))
        try database.assign(
            AllocationRequest(
                unitCode: "AOU-04", occupantID: try id("Abdellah Aït Taleb"),
                period: Period(openFrom: first)), by: "test")
        try database.release(unitCode: "AOU-04", on: second, reason: Self.release, by: "test")
        try database.assign(
            AllocationRequest(
                unitCode: "AOU-04", occupantID: try id("Lahcen Azdoud"),
                period: Period(openFrom: second), overrideReason: Self.override), by: "test")
        app.press(.down, .down, .enter, .right, .right, .right, .enter)
        #expect(app.lines[0].contains("AOU-04"), "\(app.text)")
        let shown = app.lines.map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        #expect(shown.contains("Override          " + Self.override), "\(app.text)")
        #expect(shown.contains(Self.release), "\(app.text)")
    }
}
