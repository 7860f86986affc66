import Testing

@testable import HanoutDomain

@Suite struct OccupantFieldRuleTests {
    @Test func controlCharactersAreRefusedInEveryTextField() {
        for field in OccupantFieldRule.Field.allCases {
            for control in ["\u{0}", "\t", "\n", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}"] {
                #expect(
                    OccupantFieldRule.problem(of: "A\(control)B", as: field)
                        == .controlCharacter(control.unicodeScalars.first!))
            }
        }
    }

    @Test func lettersOfEveryScriptAndBidiMarksOfArabicNamesAreKept() {
        for name in ["Itto Aït Baha", "فاطمة أوبلا", "ⵜⴰⴼⵔⴰⵡⵜ", "Coopérative « Argane »"] {
            #expect(OccupantFieldRule.problem(of: name, as: .name) == nil)
        }
    }

    @Test func aValueIsRefusedPastItsFieldsLengthCountedInCharacters() {
        let name = String(repeating: "é", count: OccupantFieldRule.Field.name.maximumLength)
        #expect(OccupantFieldRule.problem(of: name, as: .name) == nil)
        #expect(
            OccupantFieldRule.problem(of: name + "é", as: .name)
                == .tooLong(length: 161, limit: 160))
        #expect(OccupantFieldRule.problem(of: String(repeating: "J", count: 41), as: .cin) != nil)
    }

    @Test func everyProblemOfAnOccupantIsNamedWithItsField() {
        let occupant = Occupant(
            kind: .artisan, name: "Itto\u{1B}[2J", trades: ["MEN"], phone: "06\t12",
            commune: "Tafraout")
        #expect(OccupantFieldRule.problems(of: occupant).map(\.field) == [.name, .phone])
        #expect(
            OccupantFieldRefused(field: .name, problem: .controlCharacter("\u{1B}"))
                .message(in: .en) == "Field 'name' refused: control character U+001B not allowed.")
    }
}
