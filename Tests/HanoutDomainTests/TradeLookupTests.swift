import Testing

@testable import HanoutDomain

@Suite struct TradeLookupTests {
    static let catalogue = [
        Trade(
            code: "MEN", nameFr: "Menuiserie", nameEn: "Carpentry and joinery",
            branchFr: "Bois", branchEn: "Wood", family: .service),
        Trade(
            code: "ALU", nameFr: "Menuiserie aluminium", nameEn: "Aluminium joinery",
            branchFr: "Bâtiment", branchEn: "Building", family: .service),
        Trade(
            code: "POT", nameFr: "Poterie", nameEn: "Pottery", branchFr: "Terre",
            branchEn: "Earth", family: .art),
        Trade(
            code: "CER", nameFr: "Céramique", nameEn: "Ceramics", branchFr: "Terre",
            branchEn: "Earth", family: .art),
    ]

    func code(_ text: String) -> String? {
        if case .found(let trade) = TradeLookup.find(text, in: Self.catalogue) {
            trade.code
        } else {
            nil
        }
    }

    @Test func aTradeIsFoundByItsCodeOrItsWholeNameInAnyCaseAndWithoutAccents() {
        #expect(code("men") == "MEN")
        #expect(code(" MEN ") == "MEN")
        #expect(code("menuiserie") == "MEN", "a whole name beats the names that hold it")
        #expect(code("Menuiserie aluminium") == "ALU")
        #expect(code("ceramique") == "CER")
        #expect(code("CÉRAMIQUE") == "CER")
        #expect(code("pottery") == "POT")
        #expect(code("alumin") == "ALU", "the one name that holds it")
    }

    @Test func whatSeveralNamesHoldIsAmbiguousAndNamesThem() {
        #expect(
            TradeLookup.find("joinery", in: Self.catalogue)
                == .ambiguous([Self.catalogue[0], Self.catalogue[1]]))
    }

    @Test func anUnknownTradeGivesTheClosestByCodeOrName() {
        guard case .unknown(let closest) = TradeLookup.find("potery", in: Self.catalogue) else {
            Issue.record("potery is no trade")
            return
        }
        #expect(closest.first?.code == "POT")
        #expect(closest.count == 3)
        #expect(TradeLookup.find("", in: Self.catalogue) != .found(Self.catalogue[0]))
    }

    @Test func theEditDistanceCountsCharactersNotBytes() {
        #expect(TradeLookup.editDistance("céramique", "ceramique") == 1)
        #expect(TradeLookup.editDistance("", "abc") == 3)
        #expect(TradeLookup.editDistance("kitten", "sitting") == 3)
    }
}
