import HanoutDomain
import Testing

/// A phone number, whole in any usual form or by its last digits, gives the start of
/// the index word of the number registered.
@Suite struct PhoneSearchTests {
    static let registered = "0645326065"

    @Test(arguments: [
        "0645326065", "06 45 32 60 65", "06-45-32-60-65", "+212 645 326 065", "00212645326065",
        "٠٦٤٥٣٢٦٠٦٥", "6065", "26065", "645326065",
    ])
    func aTypedNumberOrItsLastDigitsStartsTheRegisteredNumbersWord(_ typed: String) throws {
        let stored = try #require(PhoneSearch.indexWord(Self.registered))
        let wanted = try #require(PhoneSearch.typedWord(typed), "\(typed) is a number")
        #expect(stored.hasPrefix(wanted), "\(typed): \(wanted) against \(stored)")
    }

    @Test(arguments: ["6066", "0645326066", "0645"])
    func otherDigitsDoNotFindIt(_ typed: String) throws {
        let stored = try #require(PhoneSearch.indexWord(Self.registered))
        let wanted = try #require(PhoneSearch.typedWord(typed))
        #expect(!stored.hasPrefix(wanted))
    }

    @Test(arguments: ["Aït", "JE1436", "06", "123", "Coop 2020", ""])
    func aSearchThatIsNotANumberIsNotOne(_ typed: String) {
        #expect(PhoneSearch.typedWord(typed) == nil)
    }

    @Test func theWordOfANumberIsNoWordOfANameOrCIN() throws {
        let stored = try #require(PhoneSearch.indexWord("+212 6 45 32 60 65"))
        #expect(stored == "#5606235460")
        #expect(SearchWords.words(in: stored) == ["5606235460"])
        #expect(PhoneSearch.indexWord("12") == nil)
    }
}
