import HanoutDomain
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// The unit forms at 80x24, each at its question, and the record of a
/// reserved unit and of one under works.
@MainActor
@Suite struct UnitFormScreenTests {
    @Test func theReserveFormAsksToConfirm() throws {
        let app = try UnitFormFlowTests.vacantUnit()
        app.press(.char("v"), .enter)
        app.type("Relogement après l'incendie de son atelier de la médina, dossier 2026/114")
        app.press(.tab)
        app.type("31/12/2026")
        app.press(.enter)
        expectScreen(
            app,
            """
            | Hanout · Reserve AOU-04 for Abdellah Aït Taleb                     29 Nov 2026 |
            | AOU-04 → Abdellah Aït Taleb (#6)                                               |
            | Reserved, the unit may be assigned to them alone until the last day.           |
            |                                                                                |
            | Reason                        :  atelier de la médina, dossier 2026/114        |
            | Until, included (empty: none) : 31/12/2026                                     |
            |                                                                                |
            | Reserve AOU-04 for Abdellah Aït Taleb until 31 Dec 2026? y/n                   |
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

    @Test func theWorksFormAsksToConfirm() throws {
        let app = try UnitFormFlowTests.vacantUnit()
        app.press(.char("w"))
        app.type("Toiture")
        app.press(.tab)
        app.type("2027-03-31")
        app.press(.enter)
        expectScreen(
            app,
            """
            | Hanout · Put AOU-04 under works                                    29 Nov 2026 |
            | AOU-04, vacant.                                                                |
            | Under works, the unit can be neither assigned nor reserved.                    |
            |                                                                                |
            | Works (note)                  : Toiture                                        |
            | Expected end (empty: unknown) : 2027-03-31                                     |
            |                                                                                |
            | Put AOU-04 under works until 31 Mar 2027? y/n                                  |
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

    @Test func theBackInServiceFormSaysWhatEnds() throws {
        let app = try UnitFormFlowTests.reserved()
        app.press(.char("s"))
        app.type("Dossier clos")
        expectScreen(
            app,
            """
            | Hanout · Put AOU-04 back in service                                29 Nov 2026 |
            | AOU-04: reserved for Abdellah Aït Taleb (#6) until 31 Dec 2026 — Relogement    |
            | In service, the unit is vacant: it may be assigned again.                      |
            |                                                                                |
            | Note (optional) : Dossier clos                                                 |
            |                                                                                |
            | Enter: continue · Esc: back                                                    |
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
            |                                                                                |
            |1Help   2       3       4       5       6       7       8       9       10Quit  |
            """)
    }

    @Test func theTransferFormAsksToConfirm() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .char("T"), .enter)
        app.type("Cession à un parent")
        app.press(.enter)
        expectScreen(
            app,
            """
            | Hanout · Transfer AOU-01 to Abdellah Aït Taleb                     29 Nov 2026 |
            | AOU-01, allocated to Lahcen Ennajjar since 1 Oct 2025.                         |
            | The allocation ends; Abdellah Aït Taleb (#6) gets the unit.                    |
            |                                                                                |
            | Reason        : Cession à un parent                                            |
            | Handover date : 2026-11-29                                                     |
            |                                                                                |
            | Transfer AOU-01 from Lahcen Ennajjar to Abdellah Aït Taleb on 29 Nov 2026? y/n |
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

    @Test func theRecordOfAReservedUnit() throws {
        let app = try UnitFormFlowTests.reserved()
        app.press(.enter)
        expectRecord(
            app,
            """
            | Hanout · Unit AOU-04                                               29 Nov 2026 |
            | Zone              AOU                                                          |
            | State             R reserved for Abdellah Aït Taleb (#6) until 31 Dec 2026 —   |
            |                   Relogement                                                   |
            | Area              44 m²                                                        |
            | Allowed trades    MEN, TAB                                                     |
            | Place on the plan row 1, column 4                                              |
            |                                                                                |
            | Allocation history                                                             |
            |   1 Oct 2025 → 30 Jun 2026  Abdellah Aït Taleb (MEN)  released : départ à la   |
            |       retraite [DEC-AOU-2025-004]                                              |
            |                                                                                |
            | Journal                                                                        |
            |   YYYY-MM-DD hh:mm  test  unit condition → reserved : Relogement               |
            |   1 Oct 2025  test  loaded (fixtures)                                          |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |1Help   2Assign 3       4Zones  5People 6Go to  7       8       9Print  10Quit  |
            """)
    }

    @Test func theRecordOfAUnitUnderWorks() throws {
        let app = try UnitFormFlowTests.vacantUnit()
        app.press(.enter, .char("w"))
        app.type("Réfection de la toiture et de l'installation électrique, lot 3 du marché 12/2026")
        app.press(.tab)
        app.type("2027-03-31")
        app.press(.enter, .char("y"))
        expectRecord(
            app,
            """
            | Hanout · Unit AOU-04                                               29 Nov 2026 |
            | Zone              AOU                                                          |
            | State             W under works until 31 Mar 2027 — Réfection de la toiture et |
            |                   de l'installation électrique, lot 3 du marché 12/2026        |
            | Area              44 m²                                                        |
            | Allowed trades    MEN, TAB                                                     |
            | Place on the plan row 1, column 4                                              |
            |                                                                                |
            | Allocation history                                                             |
            |   1 Oct 2025 → 30 Jun 2026  Abdellah Aït Taleb (MEN)  released : départ à la   |
            |       retraite [DEC-AOU-2025-004]                                              |
            |                                                                                |
            | Journal                                                                        |
            |   YYYY-MM-DD hh:mm  test  unit condition → under works : Réfection de la       |
            |       toiture et de l'installation électrique, lot 3 du marché 12/2026         |
            |   1 Oct 2025  test  loaded (fixtures)                                          |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |Under works: AOU-04.                                                            |
            |1Help   2       3       4Zones  5People 6Go to  7       8       9Print  10Quit  |
            """)
    }

    /// The screen with the journal's times masked: they show in the machine's
    /// time zone (`LocalTime`), which the test does not choose.
    func expectRecord(
        _ app: AppHarness, _ picture: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let masked = app.lines.map {
            $0.replacing(/\d{4}-\d\d-\d\d \d\d:\d\d/, with: "YYYY-MM-DD hh:mm")
        }
        #expect(
            masked == framedRows(picture), "screen differs:\(framed(masked))",
            sourceLocation: sourceLocation)
    }
}
