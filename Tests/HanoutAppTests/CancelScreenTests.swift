import HanoutDomain
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// The cancel form and the record of a cancelled allocation, at 80x24.
@MainActor
@Suite struct CancelScreenTests {
    @Test func theCancelFormAsksToConfirm() throws {
        let app = try CancelFlowTests.recordOfAMistake()
        app.press(.char("x"))
        app.type("Erreur de local")
        app.press(.enter)
        expectScreen(
            app,
            """
            | Hanout · Cancel the allocation of AOU-04                           29 Nov 2026 |
            | AOU-04, allocated to Yassine Amzil from 29 Nov 2026.                           |
            | An allocation entered by mistake is cancelled: it stays in the history,        |
            | marked cancelled, counting no day; the unit is as it was before.               |
            |                                                                                |
            | Reason : Erreur de local                                                       |
            |                                                                                |
            | Cancel the allocation of AOU-04 to Yassine Amzil? y/n                          |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |1Help   2       3       4       5       6       7       8       9       10Quit  |
            """)
    }

    @Test func theRecordShowsTheCancelledAllocation() throws {
        let app = try CancelFlowTests.recordOfAMistake()
        app.press(.char("x"))
        app.type("Erreur de local")
        app.press(.enter, .char("y"))
        // The journal below shows times in the machine's time zone: left out.
        let record = """
            | Hanout · Unit AOU-04                                               29 Nov 2026 |
            | Zone              AOU                                                          |
            | State             V vacant                                                     |
            | Area              44 m²                                                        |
            | Allowed trades    MEN, TAB                                                     |
            | Place on the plan row 1, column 4                                              |
            |                                                                                |
            | Allocation history                                                             |
            |   29 Nov 2026  Yassine Amzil (MEN)  cancelled : Erreur de local                |
            |   1 Oct 2025 → 30 Jun 2026  Abdellah Aït Taleb (MEN)  released : départ à la   |
            |       retraite [DEC-AOU-2025-004]                                              |
            |                                                                                |
            """
        #expect(Array(app.lines.prefix(12)) == framedRows(record), "\(app.text)")
        let bottom = """
            |Cancelled: the allocation of AOU-04 to Yassine Amzil.                           |
            |1Help   2Assign 3       4Zones  5People 6Go to  7       8       9Print  10Quit  |
            """
        #expect(Array(app.lines.suffix(2)) == framedRows(bottom), "\(app.text)")
    }
}
