import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// Every screen as the clerk sees it, as text: the expected pictures were
/// looked at and are kept here; a change to a screen shows as a diff.
@MainActor
@Suite struct ScreenSnapshotTests {
    @Test func everyZoneWithItsCountsAndTheRegionTotalAt80x24() throws {
        let app = try AppHarness()
        expectScreen(
            app,
            """
            | Hanout · Zones of the Tiznit region                                29 Nov 2026 |
            |Code  Zone              Commune   Kind      Units Occ. Vac. Res.  Wks Occupancy |
            |AME   Espace d'exposit… Ameln     exhibiti…     8    3    5    0    0 ██░░░  38%|
            |ANZ   Complexe d'artis… Anzi      complex      12    4    6    2    0 ██░░░  33%|
            |AOU   Zone artisanale … Aouartas  artisan …    25   14    9    2    0 ███░░  56%|
            |ASK   Centre de renfor… Ameln     centre        6    2    4    0    0 ██░░░  33%|
            |ESS   Maison de l'ESS,… Tiznit    exhibiti…    12    9    3    0    0 ████░  75%|
            |FAM   Foire du Festiva… Ameln     fair         14    0   14    0    0 ░░░░░   0%|
            |FTI   Foire du Festiva… Ameln     fair         16    0   16    0    0 ░░░░░   0%|
            |IGH   Centre de renfor… Ameln     centre        6    2    4    0    0 ██░░░  33%|
            |PTZ   Complexe artisan… Tiznit    complex      14    0    0    0   14 ░░░░░   0%|
            |SBA   Espace d'exposit… Sidi Bou… exhibiti…     8    3    5    0    0 ██░░░  38%|
            |TAE   Espace d'exposit… Tafraout  exhibiti…    10    4    6    0    0 ██░░░  40%|
            |TAF   Marché de l'arti… Tafraout  market       15   10    5    0    0 ███░░  67%|
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            | Region: 12 zones, 146 units: 51 occ., 77 vac., 4 res., 14 works · 35 % occupied|
            |                                                                                |
            |1Help   2       3       4       5People 6Go to  7Search 8       9Print  10Quit  |
            """)
    }

    @Test func theZoneOccupancyScreenAt80x24() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter)
        expectScreen(
            app,
            """
            | Hanout · AOU · Zone artisanale et de services d'Aouartas           29 Nov 2026 |
            | Aouartas · 25 units: 14 occupied, 9 vacant, 2 reserved, 0 under works · 56 %   |
            |▶01 O MEN   02 O MEN   03 O MEN   04 V MEN+  05 O MEN   06 V ALU+  07 O MEN     |
            | Lahcen E…  Brahim A…  Rachid O…  vacant     Hassane …  vacant     Coop. Ti…    |
            |                                                                                |
            | 08 O FER   09 O SER   10 V SER   11 O SER   12 R SER+  13 V ALU+               |
            | Mbark Am…  Ahmed El…  vacant     Khalid A…  reserved   vacant                  |
            | 14 O PLO   15 V ELE   16 O REM   17 O PBT   18 V *     19 V COI+               |
            | Mustapha…  vacant     Abderrah…  Boujemaa…  vacant     vacant                  |
            |                                                                                |
            | 20 O MEC   21 O MEC   22 V MOT   23 O FER   24 V *     25 R MEN+               |
            | M'hamed …  Abdelazi…  vacant     إبراهيم …  vacant     reserved                |
            |  V  vacant   O  occupied   R  reserved   W  under works  ▶ selected            |
            |                                                                                |
            |Unit    m² Trades       State       Occupant                  Trade  Since      |
            |AOU-01  48 EBE MEN      O occupied  Lahcen Ennajjar           MEN    1 Oct 2025 |
            |AOU-02  44 MEN          O occupied  Brahim Aït Ali            MEN    1 Oct 2025 |
            |AOU-03  44 MEN          O occupied  Rachid Oulhaj             MEN    1 Mar 2026 |
            |AOU-04  44 MEN TAB      V vacant                                                |
            |AOU-05  44 MEN          O occupied  Hassane Id-Bourrous       MEN    1 Oct 2025 |
            |AOU-06  44 ALU MEN      V vacant                                                |
            |AOU-07  52 EBE MEN      O occupied  Coopérative Tiwizi de me… MEN    15 Oct 2025|
            |                                                                                |
            |1Help   2       3Release4Zones  5People 6Go to  7       8       9Print  10Quit  |
            """)
    }

    @Test func theZoneOccupancyScreenInFrench() throws {
        let app = try AppHarness(language: .fr)
        app.press(.down, .down, .enter)
        expectScreen(
            app,
            """
            | Hanout · AOU · Zone artisanale et de services d'Aouartas            29/11/2026 |
            | Aouartas · 25 locaux : 14 occupés, 9 vacants, 2 réservés, 0 en travaux · 56 %  |
            |▶01 O MEN   02 O MEN   03 O MEN   04 V MEN+  05 O MEN   06 V ALU+  07 O MEN     |
            | Lahcen E…  Brahim A…  Rachid O…  vacant     Hassane …  vacant     Coop. Ti…    |
            |                                                                                |
            | 08 O FER   09 O SER   10 V SER   11 O SER   12 R SER+  13 V ALU+               |
            | Mbark Am…  Ahmed El…  vacant     Khalid A…  réservé    vacant                  |
            | 14 O PLO   15 V ELE   16 O REM   17 O PBT   18 V *     19 V COI+               |
            | Mustapha…  vacant     Abderrah…  Boujemaa…  vacant     vacant                  |
            |                                                                                |
            | 20 O MEC   21 O MEC   22 V MOT   23 O FER   24 V *     25 R MEN+               |
            | M'hamed …  Abdelazi…  vacant     إبراهيم …  vacant     réservé                 |
            |  V  vacant   O  occupé   R  réservé   W  en travaux  ▶ choisi                  |
            |                                                                                |
            |Local   m² Métiers      État        Occupant                  Métier Depuis     |
            |AOU-01  48 EBE MEN      O occupé    Lahcen Ennajjar           MEN    01/10/2025 |
            |AOU-02  44 MEN          O occupé    Brahim Aït Ali            MEN    01/10/2025 |
            |AOU-03  44 MEN          O occupé    Rachid Oulhaj             MEN    01/03/2026 |
            |AOU-04  44 MEN TAB      V vacant                                                |
            |AOU-05  44 MEN          O occupé    Hassane Id-Bourrous       MEN    01/10/2025 |
            |AOU-06  44 ALU MEN      V vacant                                                |
            |AOU-07  52 EBE MEN      O occupé    Coopérative Tiwizi de me… MEN    15/10/2025 |
            |                                                                                |
            |1Aide   2       3Libère 4Zones  5Occup  6Aller  7       8       9Impr   10Sortie|
            """)
    }

    @Test func theZoneOccupancyScreenUsesTheRoomOf120x40() throws {
        let app = try AppHarness(width: 120, height: 40)
        app.press(.down, .down, .enter)
        expectScreen(
            app,
            """
            | Hanout · AOU · Zone artisanale et de services d'Aouartas                                                   29 Nov 2026 |
            | Aouartas · 25 units: 14 occupied, 9 vacant, 2 reserved, 0 under works · 56 % occupied                                  |
            |▶01 O MEN         02 O MEN         03 O MEN         04 V MEN+        05 O MEN         06 V ALU+        07 O MEN         |
            | Lahcen Ennajjar  Brahim Aït Ali   Rachid Oulhaj    vacant           Hassane Id-Bou…  vacant           Coop. Tiwizi d…  |
            | 1 Oct 2025       1 Oct 2025       1 Mar 2026       44 m²            1 Oct 2025       44 m²            15 Oct 2025      |
            |                                                                                                                        |
            | 08 O FER         09 O SER         10 V SER         11 O SER         12 R SER+        13 V ALU+                         |
            | Mbark Amzil      Ahmed Elhaddad   vacant           Khalid Aït Bra…  reserved         vacant                            |
            | 1 Oct 2025       1 Oct 2025       40 m²            1 Nov 2025       40 m²            40 m²                             |
            | 14 O PLO         15 V ELE         16 O REM         17 O PBT         18 V *           19 V COI+                         |
            | Mustapha Bahad…  vacant           Abderrahmane E…  Boujemaa Aznag   vacant           vacant                            |
            | 1 Oct 2025       32 m²            1 Dec 2025       15 Jan 2026      32 m²            32 m²                             |
            |                                                                                                                        |
            | 20 O MEC         21 O MEC         22 V MOT         23 O FER         24 V *           25 R MEN+                         |
            | M'hamed Aït El…  Abdelaziz Oukh…  vacant           إبراهيم أمزيل    vacant           reserved                          |
            | 1 Oct 2025       1 Oct 2025       36 m²            1 May 2026       36 m²            36 m²                             |
            |  V  vacant   O  occupied   R  reserved   W  under works  ▶ selected                                                    |
            |                                                                                                                        |
            |Unit    m² Trades        State          Occupant                    Trade  Since       Until       Decision             |
            |AOU-01  48 EBE MEN       O occupied     Lahcen Ennajjar             MEN    1 Oct 2025              DEC-AOU-2025-001     |
            |AOU-02  44 MEN           O occupied     Brahim Aït Ali              MEN    1 Oct 2025              DEC-AOU-2025-002     |
            |AOU-03  44 MEN           O occupied     Rachid Oulhaj               MEN    1 Mar 2026              DEC-AOU-2026-002     |
            |AOU-04  44 MEN TAB       V vacant                                                                                       |
            |AOU-05  44 MEN           O occupied     Hassane Id-Bourrous         MEN    1 Oct 2025              DEC-AOU-2025-005     |
            |AOU-06  44 ALU MEN       V vacant                                                                                       |
            |AOU-07  52 EBE MEN       O occupied     Coopérative Tiwizi de menu… MEN    15 Oct 2025             DEC-AOU-2025-013     |
            |AOU-08  40 FER SER       O occupied     Mbark Amzil                 FER    1 Oct 2025              DEC-AOU-2025-006     |
            |AOU-09  40 SER SOU       O occupied     Ahmed Elhaddad              SER    1 Oct 2025              DEC-AOU-2025-007     |
            |AOU-10  40 SER           V vacant                                                                                       |
            |AOU-11  40 FER SER       O occupied     Khalid Aït Brahim           SER    1 Nov 2025              DEC-AOU-2025-014     |
            |AOU-12  40 SER SOU       R reserved                                                                                     |
            |AOU-13  40 ALU SER VIT   V vacant                                                                                       |
            |AOU-14  32 ELE PLO       O occupied     Mustapha Bahadou            PLO    1 Oct 2025              DEC-AOU-2025-009     |
            |AOU-15  32 ELE           V vacant                                                                                       |
            |AOU-16  32 REM RTP       O occupied     Abderrahmane Erraji         REM    1 Dec 2025              DEC-AOU-2025-015     |
            |AOU-17  32 CRL PBT       O occupied     Boujemaa Aznag              PBT    15 Jan 2026             DEC-AOU-2026-001     |
            |AOU-18  32 *             V vacant                                                                                       |
            |AOU-19  32 COI CRD       V vacant                                                                                       |
            |                                                                                                                        |
            |1Help       2           3Release    4Zones      5People     6Go to      7           8           9Print      10Quit      |
            """)
    }

    @Test func theUnitRecordWithItsHistory() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .enter)
        expectScreen(
            app,
            """
            | Hanout · Unit AOU-01                                               29 Nov 2026 |
            | Zone              AOU                                                          |
            | State             O occupied                                                   |
            | Area              48 m²                                                        |
            | Allowed trades    EBE, MEN                                                     |
            | Place on the plan row 1, column 1                                              |
            |                                                                                |
            | Current allocation                                                             |
            | Occupant          Lahcen Ennajjar (#1)                                         |
            | Trade             MEN                                                          |
            | Since             1 Oct 2025                                                   |
            | Until             open-ended                                                   |
            | Decision          DEC-AOU-2025-001                                             |
            | Recorded by       test, 1 Oct 2025                                             |
            |                                                                                |
            | Allocation history                                                             |
            |   1 Oct 2025 → …  Lahcen Ennajjar (MEN)  current  [DEC-AOU-2025-001]           |
            |                                                                                |
            | Journal                                                                        |
            |   1 Oct 2025  test  loaded (fixtures)                                          |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |1Help   2       3Release4Zones  5People 6Go to  7       8       9Print  10Quit  |
            """)
    }

    @Test func theCandidatePickerRanksMatchingTradesFirst() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .right, .right, .right, .char("a"))
        expectScreen(
            app,
            """
            | Hanout · Assign AOU-04                                             29 Nov 2026 |
            | Unit AOU-04 (MEN, TAB) — choose the occupant, best placed first:               |
            | Search:                                                                        |
            |                                                                                |
            |  # Name                          Trade  Fits?         Already holds Commune    |
            |  1 Abdellah Aït Taleb            MEN    ✓ yes                     — Reggada    |
            |  2 Hassane Belfakir              MEN    ✓ yes                     — Anzi       |
            |  3 Lhoussaine Aït Baha           MEN    ✓ yes                     — Aouartas   |
            |  4 M'bark Oubella                MEN    ✓ yes                     — Tiznit     |
            |  5 Omar Bouzid                   MEN    ✓ yes                     — Tighmi     |
            |  6 Said Azenkad                  MEN    ✓ yes                     — Anzi       |
            |  7 Youssef Agouram               MEN    ✓ yes                     — Tiznit     |
            |  8 لحسن أوبلا                    MEN    ✓ yes                     — Tiznit     |
            |  9 Abdelghani Idsalah            PLA    ✗ override                — Reggada    |
            | 10 Abdelkrim Idbouhou            CER    ✗ override                — Tiznit     |
            | 11 Abdellah Aït M'bark           MAR    ✗ override                — Tiznit     |
            | 12 Abdellatif Boutaleb           BIJ    ✗ override                — Tiznit     |
            | 13 Abderrahim Assaoui            DIN    ✗ override                — Tiznit     |
            | 14 Ahmed Amalou                  POT    ✗ override                — Tiznit     |
            | 15 Ahmed Ou-Brahim               TER    ✗ override                — Sidi Bou A…|
            | 16 Ali Id-Ahmed                  CRD    ✗ override                — Tiznit     |
            | 17 Association "Amoudou" pour l… TER    ✗ override                —            |
            |                                                                                |
            |1Help   2       3       4       5       6       7       8       9       10Quit  |
            """)
    }

    @Test func theAssignFormIsPrefilled() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .right, .right, .right, .char("a"), .enter)
        expectScreen(
            app,
            """
            | Hanout · Assign AOU-04 to Abdellah Aït Taleb                       29 Nov 2026 |
            | Unit AOU-04 → Abdellah Aït Taleb (#6, trades MEN, EBE)                         |
            |                                                                                |
            | Trade                         : MEN                                            |
            | From (YYYY-MM-DD)             : 2026-11-29                                     |
            | Until, included (empty: open) :                                                |
            | Decision ref.                 :                                                |
            |                                                                                |
            | Enter: save · Tab: next field · Esc: cancel                                    |
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

    @Test func theHelpListsEveryKeyOfTheScreen() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .right, .right, .right, .char("?"))
        expectScreen(
            app,
            """
            | Hanout · AOU · Zone artisanale et de services d'Aouartas           29 Nov 2026 |
            | Aoua┌ Keys — AOU · Zone artisanale et de services d'Aouartas ───────────┐6 %   |
            | 01 O│ ← → ↑ ↓ h j k l     move on the plan (or in the list)             │N     |
            | Lahc│ Tab                 switch between plan and list                  │i…    |
            |     │ PgUp PgDn Home End  move further in the list                      │      |
            | 08 O│ Enter               the unit's record and history                 │      |
            | Mbar│ [ ] { } t           day before, after, month before, after, today │      |
            | 14 O│ a F2                assign the vacant unit from the day shown     │      |
            | Must│ r F3                release the occupied unit                     │      |
            |     │ v                   reserve for an occupant                       │      |
            | 20 O│ w                   put under works                               │      |
            | M'ha│ p F9                print the zone's occupancy                    │      |
            |  V  │ W R A               waiting list, rack, arrears and ending soon   │      |
            |     │ Esc ⌫               back to the zones (click: choose a unit)      │      |
            |Unit │ ? F1                this help                                     │      |
            |AOU-0│ z F4                zones                                         │ 2025 |
            |AOU-0│ o F5                occupants                                     │ 2025 |
            |AOU-0│ g F6                go to a zone, unit, #occupant or day          │ 2026 |
            |AOU-0│ Ctrl-L              redraw the screen                             │      |
            |AOU-0│ q F10               quit                                          │ 2025 |
            |AOU-0│                                                                   │      |
            |AOU-0│ Any key closes.                                                   │t 2025|
            |     └───────────────────────────────────────────────────────────────────┘      |
            |1Help   2Assign 3       4Zones  5People 6Go to  7       8       9Print  10Quit  |
            """)
    }

    @Test func whileAFieldTakesTheKeysTheHelpAndBarOfferOnlyWhatWorks() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .right, .right, .right, .char("a"), .enter)
        #expect(app.state.top.assignForm != nil, "\(app.text)")
        #expect(
            app.lines.last
                == "1Help   2       3       4       5       6       7       8       9       10Quit  "
        )
        app.press(.function(1))
        #expect(app.text.contains("F10 "), "\(app.text)")
        #expect(!app.text.contains("q F10") && !app.text.contains("z F4"), "\(app.text)")
        #expect(!app.text.contains("o F5"), "\(app.text)")
    }

    @Test func aMessageLongerThanTheLineWrapsAndIsNeverCut() throws {
        let app = try AppHarness(width: 40, height: 12)
        app.press(.char("o"), .char("p"))
        let said = "Print from a zone, the list of zones or a unit's record."
        #expect(app.state.message?.text == said)
        let rows = app.lines[8...10].map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(rows.joined(separator: " ").hasSuffix(said), "\(app.text)")
        #expect(!rows.joined().contains("…"), "\(app.text)")
        #expect(app.lines[11].hasPrefix("1"), "the key bar stays at the bottom")
        #expect(app.state.context.layout.body.height == 12 - 2 - app.state.context.messageRows)
    }

    @Test func theReleaseFormAsksToConfirm() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .char("r"))
        app.type("Fin de contrat")
        app.press(.enter)
        expectScreen(
            app,
            """
            | Hanout · Release AOU-01                                            29 Nov 2026 |
            | AOU-01, allocated to Lahcen Ennajjar since 1 Oct 2025.                         |
            |                                                                                |
            | Reason      : Fin de contrat                                                   |
            | Vacant from : 2026-11-29                                                       |
            |                                                                                |
            | Release AOU-01 (Lahcen Ennajjar), vacant on 29 Nov 2026? y/n                   |
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

    @Test func aTinyTerminalSaysWhatItNeeds() throws {
        let app = try AppHarness(width: 20, height: 5)
        expectScreen(
            app,
            """
            |Terminal too small: |
            |need at least 40x12,|
            |now 20x5.           |
            |                    |
            |                    |
            """)
    }

    @Test func behindTheTooSmallNoticeKeysActOnNothingButQuit() throws {
        let app = try AppHarness()
        app.resize(20, 5)
        app.press(.char("a"), .enter, .down, .function(2), .char("/"), .escape)
        #expect(app.state.stack.count == 1, "no screen opened behind the notice")
        #expect(app.state.top.zones?.list.selected == 0, "nor the selection moved")
        #expect(app.state.isRunning)
        app.resize(80, 24)
        #expect(app.lines[0].contains("Hanout"), "\(app.text)")
        app.resize(20, 5)
        app.press(.char("q"))
        #expect(!app.state.isRunning)
    }

    @Test func namesWithEscapeSequencesWideAndRightToLeftCharactersStayInTheirColumns() throws {
        let app = try AppHarness()
        let evil = try app.database.registerUnchecked(
            Occupant(
                kind: .artisan, name: "Evil\u{1b}]52;c;AAAA\u{07}Name\u{202E}x", trades: ["MEN"]))
        let wide = try app.database.add(
            Occupant(kind: .artisan, name: "漢字 Wang Li", trades: ["SER"]), by: "t")
        for (unit, occupant) in [("AOU-04", evil.id), ("AOU-10", wide.id)] {
            try app.database.assign(
                AllocationRequest(
                    unitCode: unit, occupantID: occupant, period: Period(openFrom: TestDay.day)),
                by: "t")
        }
        app.press(.down, .down, .enter, .tab)
        for _ in 0..<9 { app.press(.down) }
        expectScreen(
            app,
            """
            | Hanout · AOU · Zone artisanale et de services d'Aouartas           29 Nov 2026 |
            | Aouartas · 25 units: 16 occupied, 7 vacant, 2 reserved, 0 under works · 64 %   |
            | 01 O MEN   02 O MEN   03 O MEN   04 O MEN   05 O MEN   06 V ALU+  07 O MEN     |
            | Lahcen E…  Brahim A…  Rachid O…  Evil�]52…  Hassane …  vacant     Coop. Ti…    |
            |                                                                                |
            | 08 O FER   09 O SER  ▶10 O SER   11 O SER   12 R SER+  13 V ALU+               |
            | Mbark Am…  Ahmed El…  漢字 Wan…  Khalid A…  reserved   vacant                  |
            | 14 O PLO   15 V ELE   16 O REM   17 O PBT   18 V *     19 V COI+               |
            | Mustapha…  vacant     Abderrah…  Boujemaa…  vacant     vacant                  |
            |                                                                                |
            | 20 O MEC   21 O MEC   22 V MOT   23 O FER   24 V *     25 R MEN+               |
            | M'hamed …  Abdelazi…  vacant     إبراهيم …  vacant     reserved                |
            |  V  vacant   O  occupied   R  reserved   W  under works  ▶ selected            |
            |                                                                                |
            |Unit    m² Trades       State       Occupant                  Trade  Since      |
            |AOU-04  44 MEN TAB      O occupied  Evil�]52;c;AAAA�Name�x    MEN    29 Nov 2026|
            |AOU-05  44 MEN          O occupied  Hassane Id-Bourrous       MEN    1 Oct 2025 |
            |AOU-06  44 ALU MEN      V vacant                                                |
            |AOU-07  52 EBE MEN      O occupied  Coopérative Tiwizi de me… MEN    15 Oct 2025|
            |AOU-08  40 FER SER      O occupied  Mbark Amzil               FER    1 Oct 2025 |
            |AOU-09  40 SER SOU      O occupied  Ahmed Elhaddad            SER    1 Oct 2025 |
            |AOU-10  40 SER          O occupied  漢字 Wang Li              SER    29 Nov 2026|
            |                                                                                |
            |1Help   2       3Release4Zones  5People 6Go to  7       8       9Print  10Quit  |
            """)
        #expect(
            app.lines.allSatisfy {
                !$0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E }
            })
    }

    @Test func aOneByOneTerminalDoesNotCrash() throws {
        let app = try AppHarness(width: 1, height: 1)
        #expect(app.lines == ["T"])
        app.press(.down, .enter, .char("a"), .char("?"))
        app.resize(80, 24)
        #expect(app.lines[0].contains("Hanout"))
    }
}

/// Compares the screen with a picture whose rows are framed by `|`.
@MainActor
func expectScreen(
    _ app: AppHarness, _ picture: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let actual = app.lines
    #expect(
        actual == framedRows(picture), "screen differs:\(framed(actual))",
        sourceLocation: sourceLocation)
}
