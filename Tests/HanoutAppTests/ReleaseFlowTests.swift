import HanoutDomain
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

@MainActor
@Suite struct ReleaseFlowTests {
    @Test func releasingAsksForAReasonAndADateThenConfirms() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter)  // AME, ANZ, AOU
        app.press(.char("r"))
        #expect(app.lines[0].contains("Release AOU-01"))
        // Letters that are shortcuts elsewhere ("o", "r", "a") go into the field.
        app.type("Fin de contrat")
        #expect(app.text.contains("Reason      : Fin de contrat"), "\(app.text)")
        app.press(.enter)
        #expect(
            app.text.contains("Release AOU-01 (Lahcen Ennajjar), vacant on 29 Nov 2026? y/n"),
            "\(app.text)")
        app.press(.char("y"))
        #expect(app.text.contains("Released: AOU-01 (Lahcen Ennajjar)."))
        let unit = try app.database.unit(code: "AOU-01", on: TestDay.day)
        #expect(unit.state == .vacant)
        #expect(app.lines[2].contains("01 V"))
    }
}
