import Foundation
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

@Suite struct SearchWordsTests {
    @Test func namesAreCutIntoFoldedWords() {
        #expect(SearchWords.words(in: "Aït Baha") == ["ait", "baha"])
        #expect(SearchWords.words(in: "Id-Bourrous") == ["id", "bourrous"])
        #expect(
            SearchWords.words(in: "Coopérative Tamount, Anzi") == [
                "cooperative", "tamount", "anzi",
            ])
        #expect(SearchWords.words(in: "O'Neil") == ["o", "neil"])
        #expect(SearchWords.words(in: "JE0001234") == ["je0001234"])
    }

    @Test func repeatedWordsCountOnceAndPunctuationIsNoWord() {
        #expect(SearchWords.words(in: "Ali Ali ALI") == ["ali"])
        #expect(SearchWords.words(in: " - , ;").isEmpty)
    }

    @Test func arabicLosesItsVowelMarksAndTifinaghStaysWhole() {
        #expect(SearchWords.words(in: "لَحْسَن") == ["لحسن"])
        #expect(SearchWords.words(in: "ⵉⵟⵜⵓ ⵎⴱⴰⵔⴽ") == ["ⵉⵟⵜⵓ", "ⵎⴱⴰⵔⴽ"])
    }

    @Test func aPrefixMatchesTheStartOfAWordOnly() {
        let words = SearchWords.words(in: "Hassane Aït Baha")
        #expect(SearchWords.any(words, startsWith: "hass"))
        #expect(SearchWords.any(words, startsWith: "ba"))
        #expect(!SearchWords.any(words, startsWith: "ssane"))
    }
}

@Suite struct SearchWordsMatchTests {
    /// The byte-by-byte path for ASCII and the general one agree.
    @Test(arguments: [
        ("ait baha", "ba", true), ("ait baha", "aha", false), ("id-bourrous", "bour", true),
        ("o'neil", "neil", true), ("je0001234", "je000", true), ("", "a", false),
        ("hassane", "hassane", true), ("hassane", "hassanei", false),
        ("fatima أيت علي", "علي", true), ("لَحْسَن amzil", "لحسن", true), ("ⵎⴱⴰⵔⴽ", "ⴱⴰ", false),
    ])
    func aFoldedTextHasAWordStartingWith(text: String, prefix: String, expected: Bool) {
        #expect(SearchWords.hasWord(inFolded: text, startingWith: prefix) == expected)
        #expect(SearchWords.any(SearchWords.words(inFolded: text), startsWith: prefix) == expected)
    }
}

@Suite struct PlainASCIIPathsTests {
    @Test func plainASCIIIsCutIntoTheSameWordsAsTheGeneralCut() {
        for value in 0..<128 {
            let text = "je" + String(UnicodeScalar(UInt8(value))) + "12 ab-je12"
            #expect(
                SearchWords.words(inFolded: text) == SearchWords.wordsByScalar(inFolded: text),
                "\(value)")
        }
        for text in ["", " ", "je123456", "z 12/amzil", "a a b a", "ait baha", "é a", "فاطمة x"] {
            #expect(SearchWords.words(inFolded: text) == SearchWords.wordsByScalar(inFolded: text))
        }
    }

    @Test func plainASCIIFoldsAsFoundationFoldsIt() {
        for value in 0..<128 {
            let text = "a" + String(UnicodeScalar(UInt8(value))) + "Z"
            let foundation = text.folding(
                options: [.caseInsensitive, .diacriticInsensitive], locale: nil
            ).lowercased()
            #expect(TextKey.fold(text) == foundation, "\(value)")
        }
    }
}
