import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// The update function alone: events in, the whole new state and the effects out.
@Suite struct AppCoreTests {
    let context = AppContext(language: .en, today: TestDay.day)

    func unit(_ number: Int, row: Int, column: Int, trades: [String] = ["MEN"]) -> HanoutDomain.Unit
    {
        HanoutDomain.Unit(
            zoneCode: "AOU", number: number, allowedTrades: trades, row: row, column: column)
    }

    func zoneState(_ units: [UnitOccupancy]) -> AppState {
        var zone = ZoneScreen(zoneCode: "AOU")
        zone.units = units
        var state = AppState(context: context)
        state.stack.append(.zone(zone))
        return state
    }

    var carpenter: Occupant {
        Occupant(id: 7, kind: .artisan, name: "Omar Bouzid", trades: ["MEN"])
    }

    @Test func startingLoadsTheZones() {
        #expect(
            AppCore.start(AppState(context: context)) == [
                .load(.zones(offset: 0, limit: 100, totals: true))
            ])
    }

    @Test func aOnAVacantUnitOpensTheRankedPickerAndAsksForItsCandidates() {
        let vacant = UnitOccupancy(unit: unit(4, row: 1, column: 4), state: .vacant)
        var state = zoneState([vacant])
        let effects = AppCore.update(&state, .key(.char("a")))
        #expect(effects == [.load(.candidates(unit: "AOU-04", search: ""))])
        var expected = zoneState([vacant])
        expected.stack.append(.occupantPicker(OccupantPicker(unit: vacant.unit)))
        #expect(state == expected)
    }

    @Test func typingInThePickerAsksForTheNarrowedListAndDropsStaleAnswers() throws {
        var state = zoneState([])
        state.stack.append(.occupantPicker(OccupantPicker(unit: unit(4, row: 1, column: 4))))
        #expect(
            AppCore.update(&state, .key(.char("h"))) == [
                .load(.candidates(unit: "AOU-04", search: "h"))
            ])
        let stale = Suggestions.Candidate(
            occupant: carpenter, trade: "MEN", fitsTrade: true)
        _ = AppCore.update(
            &state, .loaded(.candidates(unit: "AOU-04", search: ""), .candidates([stale])))
        let picker = try #require(state.top.occupantPicker)
        #expect(picker.candidates.isEmpty, "an answer for an older search is dropped")
    }

    @Test func enterOnTheFormWritesExactlyTheRequestTyped() {
        var state = zoneState([])
        state.stack.append(
            .assignForm(
                AssignForm(
                    unit: "AOU-04", occupant: carpenter, trade: "MEN", startingOn: TestDay.day,
                    returnDepth: 2)))
        for key: Key in [.tab, .tab] { _ = AppCore.update(&state, .key(key)) }
        for character in "2027-06-30" { _ = AppCore.update(&state, .key(.char(character))) }
        let effects = AppCore.update(&state, .key(.enter))
        let expected = AllocationRequest(
            unitCode: "AOU-04", occupantID: 7, trade: "MEN",
            period: Period(from: TestDay.day, through: Day("2027-06-30"))
                ?? Period(openFrom: TestDay.day))
        #expect(effects == [.write(.assign(expected))])
    }

    @Test func anOverridableRefusalAsksForAReasonAndSavingPopsBackWithAMessage() {
        var state = zoneState([])
        state.stack.append(.occupantPicker(OccupantPicker(unit: unit(4, row: 1, column: 4))))
        state.stack.append(
            .assignForm(
                AssignForm(
                    unit: "AOU-04", occupant: carpenter, trade: "POT", startingOn: TestDay.day,
                    returnDepth: 2)))
        let request = WriteRequest.assign(
            AllocationRequest(
                unitCode: "AOU-04", occupantID: 7, trade: "POT",
                period: Period(openFrom: TestDay.day)
            ))
        _ = AppCore.update(
            &state,
            .written(request, .refused(reasons: ["Trade POT is not allowed"], overridable: true)))
        guard case .assignForm(let form) = state.top, case .overriding(let reasons, _) = form.stage
        else {
            Issue.record("the form should ask for an override reason")
            return
        }
        #expect(reasons == ["Trade POT is not allowed"])
        let effects = AppCore.update(&state, .written(request, .saved))
        #expect(state.stack.count == 2)
        #expect(state.message == Message("Allocated: AOU-04 to Omar Bouzid (POT).", kind: .success))
        #expect(effects == [.load(.zone(code: "AOU", on: nil))])
    }

    @Test func arrowsMoveOnThePlanAsOnAMap() throws {
        // 1 2 3
        //   4     (4 sits below 2)
        let units = [
            UnitOccupancy(unit: unit(1, row: 1, column: 1), state: .vacant),
            UnitOccupancy(unit: unit(2, row: 1, column: 2), state: .vacant),
            UnitOccupancy(unit: unit(3, row: 1, column: 3), state: .vacant),
            UnitOccupancy(unit: unit(4, row: 3, column: 2), state: .vacant),
        ]
        var state = zoneState(units)
        func selected() throws -> String {
            let zone = try #require(state.top.zone)
            return zone.units[zone.selected].unit.code
        }
        _ = AppCore.update(&state, .key(.right))
        #expect(try selected() == "AOU-02")
        _ = AppCore.update(&state, .key(.down))
        #expect(try selected() == "AOU-04")
        _ = AppCore.update(&state, .key(.right))
        #expect(try selected() == "AOU-04", "nothing to the right on that row")
        _ = AppCore.update(&state, .key(.char("k")))
        #expect(try selected() == "AOU-02")
        _ = AppCore.update(&state, .key(.char("l")))
        #expect(try selected() == "AOU-03")
    }

    @Test func aMouseClickSelectsTheTileUnderIt() throws {
        let units = (1...6).map {
            UnitOccupancy(unit: unit($0, row: 1, column: $0), state: .vacant)
        }
        var state = zoneState(units)
        // Tiles are 13 columns wide at 80 columns for 6 units; row 2 is the first plan row.
        _ = AppCore.update(
            &state, .key(.mouse(row: 2, column: 13 * 3 + 2, kind: .clicked(button: 1))))
        let zone = try #require(state.top.zone)
        #expect(zone.units[zone.selected].unit.code == "AOU-04")
    }

    @Test func qQuitsButIsJustALetterInAForm() {
        var state = zoneState([])
        state.stack.append(
            .releaseForm(
                ReleaseForm(unit: "AOU-01", holder: "X", since: TestDay.day, today: TestDay.day)))
        #expect(AppCore.update(&state, .key(.char("q"))) == [])
        #expect(state.isRunning)
        #expect(AppCore.update(&state, .key(.function(10))) == [.quit])
        #expect(!state.isRunning)
    }

    @Test func aSignalEndsTheProgramCleanly() {
        var state = AppState(context: context)
        #expect(AppCore.update(&state, .interrupted) == [.quit])
        #expect(!state.isRunning)
    }

    @Test func helpOpensWithQuestionMarkOrF1AndAnyKeyClosesIt() {
        var state = AppState(context: context)
        _ = AppCore.update(&state, .key(.function(1)))
        #expect(state.showsHelp)
        _ = AppCore.update(&state, .key(.char("x")))
        #expect(!state.showsHelp)
        _ = AppCore.update(&state, .key(.char("?")))
        #expect(state.showsHelp)
    }

    @Test func pPrintsWhereThereIsSomethingToPrintAndSaysWhereOtherwise() {
        var state = AppState(context: context)
        #expect(
            AppCore.update(&state, .key(.char("p"))) == [], "no zone loaded yet: nothing to print")
        state.stack.append(.occupants(OccupantsScreen()))
        _ = AppCore.update(&state, .key(.char("p")))
        #expect(state.message?.text == "Print from a zone, the list of zones or a unit's record.")
        var zone = zoneState([UnitOccupancy(unit: unit(1, row: 1, column: 1), state: .vacant)])
        #expect(
            AppCore.update(&zone, .key(.function(9))) == [.load(.report(zones: ["AOU"], unit: nil))]
        )
        #expect(zone.top == .printDialog(PrintDialog(zones: ["AOU"])))
    }
}
