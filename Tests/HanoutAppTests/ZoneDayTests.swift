import HanoutDomain
import HanoutStore
import HanoutTestSupport
import Testing

@testable import HanoutApp

/// A zone's plan on another day than today: moved by a day or a month, back
/// to today, a fair opening on its festival, an assignment from the day shown.
@MainActor
@Suite struct ZoneDayTests {
    func openZone(_ code: String, _ app: AppHarness) {
        app.press(.char("g"))
        app.type(code)
        app.press(.enter)
    }

    @Test func aFairOpensOnItsFestivalsFirstDayAndSaysItIsNotToday() throws {
        let app = try AppHarness()
        openZone("FTI", app)
        let zone = try #require(app.state.top.zone, "\(app.text)")
        #expect(zone.day == Day("2026-08-05"))
        #expect(app.lines[0].contains("on 5 Aug 2026, not today"), "\(app.lines[0])")
        // The stands as the festival had them: taken, where today they are all vacant.
        #expect(zone.units.filter { $0.state == .occupied }.count > 0)
        app.press(.char("t"))
        let today = try #require(app.state.top.zone)
        #expect(today.day == TestDay.day)
        #expect(!app.lines[0].contains("not today"))
        #expect(today.units.allSatisfy { $0.state == .vacant })
    }

    @Test func theFairOnItsFestivalsFirstDayAsTheClerkSeesIt() throws {
        let app = try AppHarness()
        openZone("FTI", app)
        expectScreen(
            app,
            """
            | Hanout · FTI · on 5 Aug 2026, not today · Foire du Festival Tifaw… 29 Nov 2026 |
            | Festival 5 Aug 2026–9 Aug 2026 · 16 stands: 12 occupied, 4 vacant · 75 %       |
            |▶01 O TI  02 O BR  03 O TE  04 O TE  05 O TE  06 O TA  07 O TI  08 O BR         |
            | Coop. …  Coop. …  Coop. …  Coop. …  Coop. …  ⵉⵊⵊⴰ ⵓ…  Fadma …  ⵜⵉⵣⵉⵔⵉ…         |
            |                                                                                |
            | 09 O TE  10 O TE  11 O VA  12 O TI  13 V *   14 V *   15 V *   16 V *          |
            | Itto O…  Fadma …  Ijja A…  Assoc.…  vacant   vacant   vacant   vacant          |
            |  V  vacant   O  occupied   R  reserved   W  under works  ▶ selected            |
            |                                                                                |
            |Unit    m² Trades       State       Occupant                  Trade  Since      |
            |FTI-01   9 *            O occupied  Coopérative Tamount des … TIS    5 Aug 2026 |
            |FTI-02   9 *            O occupied  Coopérative Tamaynut des… BRO    5 Aug 2026 |
            |FTI-03   9 *            O occupied  Coopérative Ighalen pour… TER    5 Aug 2026 |
            |FTI-04   9 *            O occupied  Coopérative Afoulki de l… TER    5 Aug 2026 |
            |FTI-05   9 *            O occupied  Coopérative Igoudar des … TER    5 Aug 2026 |
            |FTI-06   9 *            O occupied  ⵉⵊⵊⴰ ⵓⵀⴰⵎⵎⵓ               TAP    5 Aug 2026 |
            |FTI-07   9 *            O occupied  Fadma Id-Ahmed            TIS    5 Aug 2026 |
            |FTI-08   9 *            O occupied  ⵜⵉⵣⵉⵔⵉ ⴰⵎⴰⵍⵓ              BRO    5 Aug 2026 |
            |FTI-09   9 *            O occupied  Itto Ouchen               TER    5 Aug 2026 |
            |FTI-10   9 *            O occupied  Fadma Oubella             TER    5 Aug 2026 |
            |FTI-11   9 *            O occupied  Ijja Aït Lhaj             VAN    5 Aug 2026 |
            |FTI-12   9 *            O occupied  Association Tagadirt pou… TIS    5 Aug 2026 |
            |                                                                                |
            |1Help   2       3Release4Zones  5People 6Go to  7       8       9Print  10Quit  |
            """)
    }

    @Test func theDayMovesByDaysAndMonthsAndThePlanFollows() throws {
        let app = try AppHarness()
        // AOU-04 is vacant today and allocated from 15 Jan 2027.
        _ = try app.database.assign(
            AllocationRequest(
                unitCode: "AOU-04", occupantID: 6, trade: "MEN",
                period: Period(openFrom: try #require(Day("2027-01-15")))),
            by: "test")
        openZone("AOU", app)
        func shown() -> (day: Day?, aou04: UnitState?) {
            let zone = app.state.top.zone
            return (zone?.day, zone?.units.first { $0.unit.code == "AOU-04" }?.state)
        }
        #expect(shown().day == TestDay.day && shown().aou04 == .vacant)
        app.press(.char("]"))
        #expect(shown().day == Day("2026-11-30"))
        #expect(app.lines[0].contains("on 30 Nov 2026, not today"))
        app.press(.char("}"), .char("}"))
        #expect(shown().day == Day("2027-01-30"))
        #expect(shown().aou04 == .occupied, "\(app.text)")
        app.press(.char("{"), .char("["))
        #expect(shown().day == Day("2026-12-29"))
        #expect(shown().aou04 == .vacant)
        app.press(.char("t"))
        #expect(shown().day == TestDay.day)
        #expect(!app.lines[0].contains("not today"))
    }

    @Test func assigningFromAnotherDayStartsOnThatDay() throws {
        let app = try AppHarness()
        openZone("AOU", app)
        app.press(.char("}"))
        app.press(.right, .right, .right)
        #expect(app.state.top.zone?.current?.unit.code == "AOU-04")
        app.press(.char("a"))
        #expect(app.state.top.occupantPicker?.startDay == Day("2026-12-29"), "\(app.text)")
        app.press(.enter)
        let form = try #require(app.state.top.assignForm, "\(app.text)")
        #expect(form.fields[AssignForm.from].text == "2026-12-29")
    }

    @Test func theGoToPromptOverAZoneTakesADayAndStillGoesAnywhere() throws {
        let app = try AppHarness()
        openZone("AOU", app)
        app.press(.char("g"))
        #expect(app.text.contains("Go to (zone, unit, #occupant or day):"), "\(app.text)")
        app.type("14/02/2027")
        app.press(.enter)
        #expect(app.state.top.zone?.day == Day("2027-02-14"))
        #expect(app.state.goTo == nil)
        app.press(.char("g"))
        app.type("31/12/9999")
        app.press(.enter)
        #expect(app.state.top.zone?.day == Day("2027-02-14"), "a day not kept leaves the plan")
        #expect(app.text.contains("outside the dates kept"))
        openZone("AOU-04", app)
        #expect(app.state.top.unit?.unitCode == "AOU-04", "\(app.text)")
    }
}
