import Foundation
import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// Registering an occupant and changing one's details from the keyboard, through the
/// real update and the real store.
@MainActor
@Suite struct OccupantFormFlowTests {
    /// The occupant directory, its list focused, then `n`.
    func newOccupantForm() throws -> AppHarness {
        let app = try AppHarness()
        app.press(.function(5), .char("n"))
        #expect(app.lines[0].contains("New occupant"), "\(app.text)")
        return app
    }

    @Test func anArtisanIsRegisteredWithTradesTypedByCodeOrName() throws {
        let app = try newOccupantForm()
        app.type("Itto Aït Baha")
        app.press(.tab)
        app.type("men, tapis")
        #expect(
            app.text.contains("→ MEN Carpentry and joinery · TAP Carpet weaving"), "\(app.text)")
        // Category, CIN, NIA, phone, commune.
        app.press(.tab, .right, .tab)
        app.type("jb998877")
        app.press(.tab, .tab)
        app.type("0661223344")
        app.press(.tab)
        app.type("Tafraout")
        app.press(.enter)
        let saved = try #require(try app.database.occupants(search: "itto baha").first)
        #expect(app.text.contains("Registered: Itto Aït Baha, #\(saved.id)."), "\(app.text)")
        #expect(app.lines[0].contains("Occupant directory"))
        #expect(saved.trades == ["MEN", "TAP"] && saved.category == .master)
        #expect(saved.cin == "JB998877" && saved.phone == "0661223344")
        #expect(saved.commune == "Tafraout")
        #expect(try app.database.occupants(search: "3344").map(\.id) == [saved.id])
    }

    @Test func aTradeThatNamesNothingIsSaidWithTheClosestAndNothingIsSaved() throws {
        let app = try newOccupantForm()
        let before = try app.database.occupantCount()
        app.type("Omar Id Ali")
        app.press(.tab)
        app.type("xyzzy")
        #expect(app.text.contains("“xyzzy”: no such trade; the closest:"), "\(app.text)")
        app.press(.enter)
        #expect(app.lines[0].contains("New occupant"))
        #expect(try app.database.occupantCount() == before)
    }

    @Test func aCooperativeHasMembersAndALikelyTwinIsRegisteredOnlyWhenConfirmed() throws {
        let app = try AppHarness()
        let before = try app.database.occupantCount()
        func registerCooperative() {
            app.press(.char("n"))
            // The name has the focus first; the kind is the field above it.
            app.press(.up, .right)
            #expect(app.text.contains("◀ cooperative ▶"))
            app.press(.tab)
            app.type("Coopérative Tagmat Imouzzer")
            app.press(.tab)
            app.type("TIS")
            app.press(.tab, .tab)
            app.type("12")
            app.press(.tab, .tab)
            app.type("Tafraout")
            app.press(.enter)
        }
        app.press(.function(5))
        registerCooperative()
        #expect(app.text.contains("Registered: Coopérative Tagmat Imouzzer"), "\(app.text)")
        let first = try #require(try app.database.occupants(search: "tagmat").first)
        #expect(first.kind == .cooperative && first.members == 12 && first.trades == ["TIS"])

        registerCooperative()
        #expect(app.text.contains("is already registered with the same name"), "\(app.text)")
        #expect(app.text.contains("Not the same person: register anyway? y/n"))
        #expect(try app.database.occupantCount() == before + 1)
        app.press(.char("n"))
        #expect(try app.database.occupantCount() == before + 1)
        app.press(.enter, .char("y"))
        #expect(try app.database.occupantCount() == before + 2, "\(app.text)")
        #expect(try app.database.occupants(search: "tagmat").count == 2)
    }

    @Test func aNameIsCorrectedWithAReasonAndTheSearchFindsItAtOnce() throws {
        let app = try AppHarness()
        // Occupant #1, Lahcen Ennajjar, through the go-to prompt.
        app.press(.char("g"))
        app.type("#1")
        app.press(.enter, .char("e"))
        #expect(app.lines[0].contains("Details of #1"), "\(app.text)")
        app.press(.end)
        app.type("-Amzil")
        app.press(.enter)
        #expect(
            app.text.contains("Changing the name or the CIN is a correction: give its reason."),
            "\(app.text)")
        #expect(try app.database.occupant(id: 1).name == "Lahcen Ennajjar")
        // The reason field is focused: type it, save.
        app.type("CIN vue au guichet")
        app.press(.enter)
        #expect(app.text.contains("Details saved: Lahcen Ennajjar-Amzil, #1."), "\(app.text)")
        #expect(app.lines[0].contains("Lahcen Ennajjar-Amzil"))
        #expect(try app.database.occupants(search: "amzil lahcen").map(\.id).contains(1))
        let entry = try #require(try app.database.journal(occupantID: 1).last)
        #expect(entry.action == .correctOccupant && entry.note == "CIN vue au guichet")
    }

    @Test func theNewOccupantFormAt80x24() throws {
        let app = try newOccupantForm()
        app.type("Fadma Oubaha")
        app.press(.tab)
        app.type("tapis")
        expectScreen(
            app,
            """
            | Hanout · New occupant                                              29 Nov 2026 |
            | Register an artisan, a cooperative or an association.                          |
            |                                                                                |
            | Kind     : ◀ artisan ▶                                                         |
            | Name     : Fadma Oubaha                                                        |
            | Trades   : tapis                                                               |
            |            → TAP Carpet weaving                                                |
            | Category : ◀ artisan ▶                                                         |
            | CIN      :                                                                     |
            | NIA      :                                                                     |
            | Phone    :                                                                     |
            | Commune  :                                                                     |
            |                                                                                |
            | Enter: save · Tab ↑ ↓: next field · ← →: change a choice · Esc: cancel         |
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
}
