import Foundation
import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing
import TextLayout

@testable import HanoutApp

/// `g` from any screen not typing into a field: a code or a number, then Enter.
@MainActor
@Suite struct GoToFlowTests {
    @Test func gOpensThePromptOnTheMessageLine() throws {
        let app = try AppHarness()
        app.press(.char("g"))
        #expect(app.state.goTo != nil)
        #expect(app.lines[22].hasPrefix(" Go to (zone, unit or #occupant): "), "\(app.text)")
        #expect(
            app.lines.last
                == "1Help   2       3       4       5       6       7       8       9       10Quit  ",
            "while the prompt takes the keys, only help and quit")
    }

    @Test func aUnitCodeInAnyCaseOpensItsRecordOverItsZone() throws {
        let app = try AppHarness()
        app.press(.char("g"))
        app.type("aou-04")
        app.press(.enter)
        #expect(app.state.goTo == nil)
        let unit = try #require(app.state.top.unit)
        #expect(unit.unitCode == "AOU-04")
        #expect(app.lines[0].contains("AOU-04"), "\(app.text)")
        app.press(.escape)
        let zone = try #require(app.state.top.zone)
        #expect(zone.zoneCode == "AOU")
        #expect(zone.current?.unit.code == "AOU-04", "back on the unit in its zone")
        app.press(.escape)
        #expect(app.state.top.zones != nil, "and then the screen g was pressed on")
    }

    @Test func aZoneCodeOpensTheZone() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter)
        #expect(app.state.top.zone?.zoneCode == "AOU")
        app.press(.function(6))
        app.type("taf")
        app.press(.enter)
        #expect(app.state.top.zone?.zoneCode == "TAF")
        #expect(app.lines[0].contains("TAF"), "\(app.text)")
    }

    @Test(arguments: ["#98", "98", " #98 "])
    func anOccupantNumberOpensTheRecord(typed: String) throws {
        let app = try AppHarness()
        app.press(.char("g"))
        app.type(typed)
        app.press(.enter)
        let record = try #require(app.state.top.occupant)
        #expect(record.occupantID == 98)
        #expect(app.lines[0].contains("Occupant #98"), "\(app.text)")
    }

    @Test func whatNamesNothingSaysWhatWasTypedAndTheFormsTaken() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter)
        let before = app.state.stack
        app.press(.char("g"))
        app.type("XYZ-9")
        app.press(.enter)
        #expect(app.state.goTo == nil)
        #expect(app.state.stack == before, "nothing changes")
        let message = try #require(app.state.message)
        #expect(message.kind == .warning)
        #expect(message.text.contains("'XYZ-9'"))
        #expect(message.text.contains("AOU-04") && message.text.contains("#109"))
        #expect(app.text.contains("Nothing has the code or number 'XYZ-9'"), "\(app.text)")
    }

    @Test func escapeClosesThePromptAndNothingChanges() throws {
        let app = try AppHarness()
        app.press(.char("g"))
        app.type("AOU")
        app.press(.escape)
        #expect(app.state.goTo == nil)
        #expect(app.state.top.zones != nil)
        #expect(app.state.stack.count == 1)
        #expect(!app.text.contains("Go to ("))
    }

    @Test func inThePromptLettersAreTyped() throws {
        let app = try AppHarness()
        app.press(.char("g"))
        app.type("qzo?")
        #expect(app.state.isRunning)
        #expect(!app.state.showsHelp)
        #expect(app.state.goTo?.line.text == "qzo?")
        app.press(.function(1))
        #expect(app.state.showsHelp, "F1 still helps")
        #expect(app.text.contains("Keys — Go to"), "\(app.text)")
        #expect(app.text.contains("AOU  AOU-04  #109"))
    }

    @Test func aFormThatTypesIntoAFieldTakesGAsALetter() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .right, .right, .right, .char("a"), .enter)
        let before = try #require(app.state.top.assignForm)
        app.press(.char("g"))
        #expect(app.state.goTo == nil)
        #expect(app.state.top.assignForm != nil)
        #expect(app.state.top.assignForm != before, "the g went into the form's field")
    }

    @Test func theBarAndTheHelpOfferGWhereItWorks() throws {
        let app = try AppHarness()
        #expect(app.lines.last?.contains("6Go to") == true)
        app.press(.char("o"))
        #expect(app.lines.last?.contains("6Go to") == true, "\(app.text)")
        app.press(.char("?"))
        #expect(app.text.contains("g F6"))
        #expect(app.text.contains("go to a zone, unit or #occupant"))
    }

    @Test func theFrenchPromptAndMessage() throws {
        let app = try AppHarness(language: .fr)
        app.press(.char("g"))
        #expect(app.lines[22].hasPrefix(" Aller à (zone, local ou #occupant) : "), "\(app.text)")
        app.type("#999999")
        app.press(.enter)
        #expect(app.text.contains("« #999999 »"), "\(app.text)")
    }
}
