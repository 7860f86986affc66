import Testing

@testable import HanoutDomain

@Suite struct TextKeyTests {
    @Test func foldingIgnoresCaseAndAccents() {
        #expect(TextKey.fold("Aït Baha") == "ait baha")
        #expect(TextKey.fold("ÉBÉNISTE") == "ebeniste")
        #expect(TextKey.fold("Tafraout") == "tafraout")
    }

    @Test func languageFollowsTheLocaleVariables() {
        #expect(Language.from(environment: ["LANG": "fr_MA.UTF-8"]) == .fr)
        #expect(
            Language.from(environment: ["LANG": "fr_MA.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .en)
        #expect(Language.from(environment: [:]) == .en)
    }
}
