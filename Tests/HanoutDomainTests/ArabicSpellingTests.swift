import HanoutDomain
import Testing

/// Arabic names are written several ways for one name: the alef with or without its
/// hamza or madda, the ta marbuta or a ha at the end, the alef maqsura or a ya, the hamza
/// on its carrier, a tatweel stretching a letter. A clerk types one spelling and must
/// find the others: stored words and typed words are folded alike.
@Suite struct ArabicSpellingTests {
    /// Pairs of spellings of one word, as a register and a clerk may write them.
    static let variants: [(stored: String, typed: String)] = [
        ("إبراهيم", "ابراهيم"),  // alef with hamza below
        ("أحمد", "احمد"),  // alef with hamza above
        ("آمنة", "امنه"),  // alef with madda, and ta marbuta / ha
        ("ٱلحسن", "الحسن"),  // alef wasla
        ("فاطمة", "فاطمه"),  // ta marbuta / ha
        ("مصطفى", "مصطفي"),  // alef maqsura / ya
        ("مؤمن", "مومن"),  // hamza on waw
        ("هانئ", "هاني"),  // hamza on ya
        ("عائشة", "عايشه"),  // hamza on ya inside a word
        ("محمـــد", "محمد"),  // tatweel
    ]

    @Test(arguments: 0..<variants.count)
    func eachSpellingFindsTheOtherBothWays(_ index: Int) throws {
        let (stored, typed) = Self.variants[index]
        for (register, clerk) in [(stored, typed), (typed, stored)] {
            let folded = TextKey.fold("Lahcen \(register)")
            let word = try #require(SearchWords.words(in: clerk).first)
            #expect(
                SearchWords.hasWord(inFolded: folded, startingWith: word),
                "\(clerk) should find \(register)")
            #expect(
                SearchWords.words(inFolded: folded).contains(word),
                "\(register) and \(clerk) should fold to one word")
        }
    }

    @Test func aPrefixInOneSpellingFindsTheWordInTheOther() throws {
        let prefix = try #require(SearchWords.words(in: "ابرا").first)
        #expect(SearchWords.hasWord(inFolded: TextKey.fold("إبراهيم"), startingWith: prefix))
    }

    @Test func distinctLettersStayDistinct() throws {
        // Folding spellings must not merge letters that make other names.
        let words = SearchWords.words(in: "حسن")
        #expect(!SearchWords.hasWord(inFolded: TextKey.fold("حسين"), startingWith: "حسن"))
        #expect(words == ["حسن"])
        #expect(SearchWords.words(in: "عمر") != SearchWords.words(in: "عمرو"))
    }
}
