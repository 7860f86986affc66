import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// The waiting list drives vacancies: `a` on a vacant unit proposes who
/// waits for it first, and passing over the first in line needs a reason.
@MainActor
@Suite struct WaitingPickerTests {
    /// The picker of TAF-01, released after the Tafraout call's run.
    func pickerOfTAF01() throws -> AppHarness {
        let app = try AppHarness(scene: CallScene.allocated)
        app.press(.char("g"))
        app.type("TAF-01")
        app.press(.enter, .char("a"))
        return app
    }

    @Test func thePickerShowsTheZonesWaitingListForTheUnitsTradesFirst() throws {
        let app = try pickerOfTAF01()
        let picker = try #require(app.state.top.occupantPicker)
        #expect(
            picker.waiting.map(\.occupant.name) == ["Lahoucine Id Lmoudden", "Rachida Benhammou"])
        #expect(app.lines[1].contains("waiting list first (rank, score, joined)"), "\(app.text)")
        #expect(app.lines[5].hasPrefix(" W1 Lahoucine Id Lmoudden         BIJ    rk 3 · 32 pts"))
        #expect(app.lines[5].hasSuffix("28/11/26   "), "the day joined")
        #expect(app.lines[6].hasPrefix(" W2 Rachida Benhammou             BIJ    rk 4 · 25 pts"))
        #expect(app.lines[7].hasPrefix("  3 "), "then the others as before")
        #expect(
            !app.text.contains("Hassane Ahrouch"), "a potter does not wait for a jewellery unit")
    }

    @Test func theFirstInLineIsAssignedWithNoReasonAndLeavesTheList() throws {
        let app = try pickerOfTAF01()
        app.press(.enter)
        #expect(!app.text.contains("first in line"), "no reason asked: \(app.text)")
        app.press(.enter)
        #expect(
            app.text.contains("Allocated: TAF-01 to Lahoucine Id Lmoudden (BIJ)."), "\(app.text)")
        let waiting = try app.database.waitingList(zone: "TAF", trade: "BIJ", includingLeft: true)
        #expect(waiting.first { $0.occupantID == 43 }?.left?.why == .placed)
        let entry = try #require(try app.database.journal(unitCode: "TAF-01", limit: 1).first)
        #expect(entry.action == .assign && entry.note == nil)
    }

    @Test func passingOverTheFirstInLineAsksAReasonThatTheJournalKeeps() throws {
        let app = try pickerOfTAF01()
        app.press(.down, .enter)
        #expect(app.text.contains("Why not Lahoucine Id Lmoudden (first in line) :"), "\(app.text)")
        app.press(.enter)
        #expect(app.text.contains("Passing over the first in line needs a written reason."))
        #expect(try app.database.unit(code: "TAF-01", on: TestDay.day).occupant == nil)
        app.type("Premier injoignable depuis le 28/11")
        app.press(.enter)
        #expect(app.text.contains("Allocated: TAF-01 to Rachida Benhammou (BIJ)."), "\(app.text)")
        let entry = try #require(try app.database.journal(unitCode: "TAF-01", limit: 1).first)
        #expect(entry.action == .assign)
        #expect(
            entry.note
                == "passed over TAF-2027-01/0007 (Lahoucine Id Lmoudden), first in line: Premier injoignable depuis le 28/11"
        )
        let waiting = try app.database.waitingList(zone: "TAF", trade: "BIJ")
        #expect(waiting.map(\.occupantID) == [43], "the one passed over still waits, first")
    }

    @Test func theStoreRefusesPassingOverWithoutAReasonAndWritesNothing() throws {
        let app = try AppHarness(scene: CallScene.allocated)
        let request = AllocationRequest(
            unitCode: "TAF-01", occupantID: 47, trade: "BIJ",
            period: Period(openFrom: TestDay.day))
        #expect(throws: PassedOverWithoutReason.self) {
            try app.database.assign(request, passingOverReason: "  ", by: "test")
        }
        #expect(try app.database.unit(code: "TAF-01", on: TestDay.day).occupant == nil)
    }
}

/// The assign picker as the clerk sees it once a call left a waiting list.
@MainActor
@Suite struct WaitingPickerPictureTests {
    @Test func thePickerInFrenchWithTheWaitingListFirst() throws {
        let app = try AppHarness(language: .fr, scene: CallScene.allocated)
        app.press(.char("g"))
        app.type("TAF-01")
        app.press(.enter, .char("a"))
        expectScreen(
            app,
            """
            | Hanout · Attribuer TAF-01                                           29/11/2026 |
            | Local TAF-01 (BIJ) — en attente d'abord (rang, points, inscrit le) :           |
            | Chercher :                                                                     |
            |                                                                                |
            |  # Nom                           Métier Admis ?          Tient déjà Commune    |
            | A1 Lahoucine Id Lmoudden         BIJ    rg 3 · 32 pts             — 28/11/26   |
            | A2 Rachida Benhammou             BIJ    rg 4 · 25 pts             — 28/11/26   |
            |  3 Abdellatif Boutaleb           BIJ    ✓ oui                     — Tiznit     |
            |  4 Association des artisans de … BIJ    ✓ oui                     —            |
            |  5 Brahim Aït Hmad               BIJ    ✓ oui                     — Tiznit     |
            |  6 Brahim Ouhmad                 BIJ    ✓ oui                     — Anzi       |
            |  7 Coopérative Anzi pour la bij… BIJ    ✓ oui                     —            |
            |  8 Moulay Ahmed Tagadirt         BIJ    ✓ oui                     — Tiznit     |
            |  9 Omar Aït Massoud              BIJ    ✓ oui                     — Tafraout   |
            | 10 الحسين إد بلقاسم              BIJ    ✓ oui                     — Tiznit     |
            | 11 Abdelaziz Oukhouya            MEC    ✗ dérogation              — Tiznit     |
            | 12 Abdelghani Idsalah            PLA    ✗ dérogation              — Reggada    |
            | 13 Abdelkrim Idbouhou            CER    ✗ dérogation              — Tiznit     |
            | 14 Abdellah Aït M'bark           MAR    ✗ dérogation              — Tiznit     |
            | 15 Abdellah Aït Taleb            MEN    ✗ dérogation              — Reggada    |
            | 16 Abderrahim Assaoui            DIN    ✗ dérogation              — Tiznit     |
            | 17 Abderrahmane Erraji           REM    ✗ dérogation              — Tiznit     |
            |                                                                                |
            |1Aide   2       3       4       5       6       7       8       9       10Sortie|
            """)
    }
}
