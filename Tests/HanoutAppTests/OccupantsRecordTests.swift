import HanoutDomain
import HanoutTestSupport
import Testing
import TextLayout

@testable import HanoutApp
@testable import HanoutStore

/// An allocation of `unit` to occupant 98 from `from` through `through` (ISO days).
func recordLine(
    _ unit: String, _ trade: String, from: String, through: String? = nil,
    decision: String? = nil, ending: AllocationEnding? = nil
) -> AllocationLine {
    let start = Day(from) ?? TestDay.day
    let period =
        Period(from: start, through: through.flatMap { Day($0) }) ?? Period(openFrom: start)
    return AllocationLine(
        allocation: Allocation(
            unitCode: unit, occupantID: 98, trade: trade, period: period, decision: decision,
            ending: ending),
        occupantName: "Coopérative Ighalen", zoneCode: String(unit.prefix(3)))
}

let cooperative = Occupant(
    id: 98, kind: .cooperative, name: "Coopérative Ighalen pour les produits du terroir",
    trades: ["TER", "VAN"], phone: "0528861234", commune: "Ameln",
    registration: "ODCO-2023-3277", members: 14)

/// Oldest first, as the store gives them.
let cooperativeHistory = [
    recordLine(
        "AOU-03", "TER", from: "2025-10-01", through: "2026-02-14", decision: "DEC-AOU-2025-003",
        ending: AllocationEnding(kind: .released, reason: "désistement (local trop éloigné)")),
    recordLine("IGH-05", "TER", from: "2026-01-15", decision: "DEC-IGH-2026-002"),
    recordLine(
        "FTI-03", "TER", from: "2026-08-05", through: "2026-08-09", decision: "DEC-FTI-2026-003"),
    recordLine("FAM-03", "VAN", from: "2027-02-18", through: "2027-02-21"),
]

@Suite("Occupant record")
struct OccupantsRecordTests {
    func loadedRecord(_ context: AppContext = occupantsContext) -> OccupantScreen {
        var screen = OccupantScreen(occupantID: 98)
        screen.receive(
            .occupant(cooperative, allocations: cooperativeHistory), for: .occupant(id: 98), context
        )
        return screen
    }

    @Test("the record asks for its occupant and shows every field, units held and history")
    func record() {
        #expect(OccupantScreen(occupantID: 98).request == .occupant(id: 98))
        let (lines, cursor, _) = occupantsFrame(.occupant(loadedRecord()))
        let expected = framedRows(
            """
            | Hanout · Occupant #98 · Coopérative Ighalen pour les produits du … 29 Nov 2026 |
            | Kind              cooperative                                                  |
            | Name              Coopérative Ighalen pour les produits du terroir             |
            | Trades            TER, VAN                                                     |
            | Registration      ODCO-2023-3277                                               |
            | Members           14                                                           |
            | Phone             0528861234                                                   |
            | Commune           Ameln                                                        |
            |                                                                                |
            | Units held today                                                               |
            |   IGH-05  TER  since 15 Jan 2026  [DEC-IGH-2026-002]                           |
            |                                                                                |
            | Allocation history                                                             |
            |   Unit    From         Until        Trade  Status    Decision                  |
            |   FAM-03  18 Feb 2027  21 Feb 2027  VAN    upcoming  —                         |
            |   FTI-03  5 Aug 2026   9 Aug 2026   TER    expired   DEC-FTI-2026-003          |
            |   IGH-05  15 Jan 2026  —            TER    current   DEC-IGH-2026-002          |
            |   AOU-03  1 Oct 2025   14 Feb 2026  TER    released  DEC-AOU-2025-003          |
            |       ↳ désistement (local trop éloigné)                                       |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            |1Help   2Assign 3       4Zones  5People 6Go to  7       8       9       10Quit  |
            """)
        #expect(lines == expected, "\(framed(lines))")
        #expect(cursor == .parked(Position(row: 1, column: 0)))
    }

    @Test("the record in French")
    func french() {
        let french = AppContext(language: .fr, today: TestDay.day)
        let (lines, _, _) = occupantsFrame(.occupant(loadedRecord(french)), language: .fr)
        let expected = framedRows(
            """
            | Hanout · Occupant n° 98 · Coopérative Ighalen pour les produits du… 29/11/2026 |
            | Nature            coopérative                                                  |
            | Nom               Coopérative Ighalen pour les produits du terroir             |
            | Métiers           TER, VAN                                                     |
            | Immatriculation   ODCO-2023-3277                                               |
            | Membres           14                                                           |
            | Téléphone         0528861234                                                   |
            | Commune           Ameln                                                        |
            |                                                                                |
            | Locaux occupés aujourd'hui                                                     |
            |   IGH-05  TER  depuis le 15/01/2026  [DEC-IGH-2026-002]                        |
            |                                                                                |
            | Historique des attributions                                                    |
            |   Local   Du          Au          Métier  État      Décision                   |
            |   FAM-03  18/02/2027  21/02/2027  VAN     à venir   —                          |
            |   FTI-03  05/08/2026  09/08/2026  TER     échue     DEC-FTI-2026-003           |
            |   IGH-05  15/01/2026  —           TER     en cours  DEC-IGH-2026-002           |
            |   AOU-03  01/10/2025  14/02/2026  TER     libérée   DEC-AOU-2025-003           |
            |       ↳ désistement (local trop éloigné)                                       |
            """)
        #expect(Array(lines.prefix(19)) == expected, "\(framed(lines))")
    }

    @Test("scrolling stops when the end of the record is in view")
    func scrolling() {
        let small = AppContext(language: .en, today: TestDay.day, size: Size(width: 80, height: 12))
        var screen = loadedRecord(small)
        let length = screen.lines(small).count
        #expect(screen.handle(.up, small) == .done)
        #expect(screen.scroll == 0)
        _ = screen.handle(.pageDown, small)
        _ = screen.handle(.pageDown, small)
        _ = screen.handle(.pageDown, small)
        #expect(screen.scroll == length - small.body.height)
        _ = screen.handle(.home, small)
        #expect(screen.scroll == 0)
        _ = screen.handle(.end, small)
        #expect(screen.scroll == length - small.body.height)
    }

    @Test("a picks a unit for the occupant; nothing before the record is loaded")
    func assign() {
        var empty = OccupantScreen(occupantID: 98)
        #expect(empty.handle(.char("a"), occupantsContext) == .done)
        var screen = loadedRecord()
        #expect(
            screen.handle(.char("a"), occupantsContext)
                == Outcome(navigation: .push(.unitPicker(UnitPicker(occupant: cooperative)))))
        #expect(screen.handle(.escape, occupantsContext) == nil, "Esc goes back")
        #expect(screen.title(occupantsContext) == "Occupant #98 · " + cooperative.name)
    }
}
