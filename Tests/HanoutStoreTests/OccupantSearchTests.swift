import Foundation
import GRDB
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// The search against a plain oracle: every occupant read, kept when each typed
/// word starts one of its words, sorted as the directory sorts.
@Suite struct OccupantSearchTests {
    /// Made once for the suite (generating is the slow part).
    static let made = Result {
        let database = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 0) })
        let trades = try FixtureSet.load(from: TestRepository.fixtures).trades
        try database.generate(
            RegionGenerator(
                zones: 4, units: 60, occupants: 2_500, allocations: 100, seed: 11,
                today: TestDay.day),
            trades: trades, by: "generator")
        return database
    }
    var database: AppDatabase { get throws { try Self.made.get() } }

    func oracle(_ search: String, trade: String? = nil) throws -> [Int64] {
        let terms = SearchWords.words(in: search)
        let all = try database.occupants()
        return
            all
            .filter { occupant in
                let words = SearchWords.words(in: occupant.name + " " + (occupant.cin ?? ""))
                return terms.allSatisfy { SearchWords.any(words, startsWith: $0) }
                    && (trade.map(occupant.trades.contains) ?? true)
            }
            .map(\.id)
    }

    func search(
        _ text: String, trade: String? = nil, fewRows: Int, manyCINs: Int = Int.max,
        offset: Int = 0, limit: Int = 10_000, counting: Counting = .all
    ) throws -> (ids: [Int64], count: ResultCount?) {
        try database.writer.read { db in
            var search = OccupantSearch(
                terms: SearchWords.words(in: text), trades: trade.map { [$0] } ?? [])
            search.fewRows = fewRows
            search.manyCINs = manyCINs
            return try search.run(db, offset: offset, limit: limit, counting: counting)
        }
    }

    static let searches = [
        "h", "hassane", "ha ait", "a", "a b", "ait", "je0000", "je00012", "coop", "فاطمة",
        "ⵎⴱⴰⵔⴽ", "zzz", "brahim ou", "LAHCEN Aït",
    ]

    /// Read whole and sorted (a rare word) or merged as read (a frequent
    /// one, its CINs sorted or read in the directory's order): the same
    /// occupants, in the directory's order, counted exactly.
    @Test(arguments: searches)
    func everyWayFindsWhatTheOracleFinds(search: String) throws {
        let expected = try oracle(search)
        for (fewRows, manyCINs) in [(0, 1), (0, Int.max), (Int.max, Int.max)] {
            let found = try self.search(search, fewRows: fewRows, manyCINs: manyCINs)
            #expect(found.ids == expected, "fewRows \(fewRows) manyCINs \(manyCINs)")
            #expect(found.count == .exactly(expected.count), "fewRows \(fewRows)")
        }
    }

    @Test func theDirectoryListsInTheSameOrderAsTheSearch() throws {
        let listed = try database.occupants().map(\.id)
        let everyone = try oracle("")
        #expect(listed == everyone)
        #expect(try database.occupants(search: "a").map(\.id) == oracle("a"))
    }

    @Test(arguments: ["MEN", "SER"])
    func aTradeNarrowsTheSearch(trade: String) throws {
        let expected = try oracle("a", trade: trade)
        #expect(!expected.isEmpty)
        for fewRows in [0, Int.max] {
            #expect(try search("a", trade: trade, fewRows: fewRows).ids == expected)
        }
    }

    @Test func aWindowIsASliceOfTheWhole() throws {
        let expected = try oracle("a")
        for fewRows in [0, Int.max] {
            let window = try search("a", fewRows: fewRows, offset: 100, limit: 30)
            #expect(window.ids == Array(expected[100..<130]))
        }
    }

    @Test func aFrequentWordIsCountedOnlyAsFarAsAsked() throws {
        let expected = try oracle("a")
        #expect(expected.count > 300)
        let bounded = try search("a", fewRows: 0, limit: 20, counting: .upTo(200))
        #expect(bounded.ids == Array(expected.prefix(20)))
        #expect(bounded.count == .moreThan(200))
        let uncounted = try search("a", fewRows: 0, limit: 20, counting: .none)
        #expect(uncounted.count == nil && uncounted.ids == Array(expected.prefix(20)))
        // A rare word is counted exactly whatever was asked: it costs nothing more.
        let rare = try search("a", fewRows: Int.max, limit: 20, counting: .none)
        #expect(rare.count == .exactly(expected.count))
    }

    @Test func aCountStoppedByItsBudgetSaysMoreThanARoundNumberBelowWhatItFound() throws {
        let expected = try oracle("a b")
        #expect(expected.count > 100)
        let found = try database.writer.read { db in
            var search = OccupantSearch(terms: ["a", "b"], trades: [])
            search.fewRows = 0
            search.countingBudget = 50
            return try search.run(db, offset: 0, limit: 10, counting: .upTo(1_000))
        }
        #expect(found.ids == Array(expected.prefix(10)))
        guard case .moreThan(let shown) = found.count else {
            Issue.record("counted \(String(describing: found.count))")
            return
        }
        #expect(shown >= 10 && shown < expected.count)
        #expect([10, 20, 50].contains(shown), "a round number: \(shown)")
    }

    @Test func roundNumbersBelow() {
        #expect(OccupantSearch.roundedDown(7) == 6)
        #expect(OccupantSearch.roundedDown(260) == 200)
        #expect(OccupantSearch.roundedDown(1_001) == 1_000)
        #expect(OccupantSearch.roundedDown(4_999) == 2_000)
    }

    /// Read through the trade index and sorted, or by walking the names: the
    /// first occupants by name who exercise a trade, or who do not.
    @Test(arguments: [["MEN"], ["MEN", "SER"], []])
    func theFirstOccupantsOfSomeTradesBothWays(trades: [String]) throws {
        let everyone = try database.occupants()
        let fitting = everyone.filter { trades.isEmpty || !Set($0.trades).isDisjoint(with: trades) }
        let others = everyone.filter { !trades.isEmpty && Set($0.trades).isDisjoint(with: trades) }
        for fewRows in [0, Int.max] {
            try database.writer.read { db in
                let first = try OccupantsByTrade.first(
                    db, limit: 40, withOneOf: trades, fewRows: fewRows)
                #expect(first.map(\.id) == fitting.prefix(40).map(\.id), "fewRows \(fewRows)")
                let rest = try OccupantsByTrade.first(
                    db, limit: 40, withOneOf: trades, fitting: false, fewRows: fewRows)
                #expect(rest.map(\.id) == others.prefix(40).map(\.id), "fewRows \(fewRows)")
            }
        }
    }

    /// Each zone allows one unit per occupant here, so the proposal is: those
    /// of a fitting trade who hold nothing in the zone, by name, then the others.
    @Test(arguments: ["", "a", "ha ai"])
    func candidatesForAUnitAreTheBestOfAllOccupants(search: String) throws {
        let unit = try #require(try database.units(inZone: "G0002", on: TestDay.day).first)
        let held = try database.units(inZone: "G0002", on: TestDay.day).compactMap(\.occupant?.id)
        let matching = try oracle(search)
        let everyone = try database.occupants().filter {
            matching.contains($0.id) && !held.contains($0.id)
        }
        let allowed = Set(unit.unit.allowedTrades)
        let fits = { (occupant: Occupant) in !allowed.isDisjoint(with: occupant.trades) }
        let expected = (everyone.filter(fits) + everyone.filter { !fits($0) }).prefix(30)
        let proposed = try database.candidates(
            forUnit: unit.unit.code, on: TestDay.day, search: search, limit: 30)
        #expect(proposed.map(\.occupant.id) == expected.map(\.id))
    }

    /// The units proposed to an occupant, against every vacant unit of the region ranked.
    @Test func unitsProposedToAnOccupantAreTheBestOfAllVacantUnits() throws {
        var vacant: [HanoutDomain.Unit] = []
        var holders: [Int64: [String: Int]] = [:]
        var zones: [String: Zone] = [:]
        let later = Set(
            try database.allocations().filter {
                !$0.allocation.period.isEmpty
                    && ($0.allocation.period.end.map { $0 > TestDay.day } ?? true)
            }.map(\.allocation.unitCode))
        for zone in try database.zoneSummaries(on: TestDay.day).map(\.zone) {
            zones[zone.code] = zone
            for unit in try database.units(inZone: zone.code, on: TestDay.day) {
                if let holder = unit.occupant?.id {
                    holders[holder, default: [:]][zone.code, default: 0] += 1
                }
                if unit.unit.condition == .available && !later.contains(unit.unit.code) {
                    vacant.append(unit.unit)
                }
            }
        }
        var checked = 0
        for occupant in try database.occupants(limit: 400) {
            let expected = Suggestions.units(
                for: occupant, among: vacant, zones: zones,
                unitsHeldByZone: holders[occupant.id] ?? [:])
            let proposed = try database.unitCandidates(
                forOccupant: occupant.id, on: TestDay.day, limit: 10)
            #expect(proposed.map(\.unit.code) == expected.prefix(10).map(\.unit.code))
            if !expected.isEmpty { checked += 1 }
        }
        #expect(checked > 20, "enough occupants with a unit to propose")
    }

    /// A window near the end, read backwards from the count known, is the same window.
    @Test(arguments: [(0, 30), (1_000, 50), (2_470, 30), (2_490, 30), (2_600, 10)])
    func aWindowNearTheEndReadFromTheEndIsTheSame(offset: Int, limit: Int) throws {
        let count = try database.occupantCount()
        #expect(count == 2_500)
        for trade in [nil, "MEN"] {
            let total = try database.occupantCount(trade: trade)
            let forward = try database.occupantPage(
                trade: trade, offset: offset, limit: limit, counting: .none)
            let backward = try database.occupantPage(
                trade: trade, offset: offset, limit: limit, counting: .none, known: total)
            #expect(backward.occupants.map(\.id) == forward.occupants.map(\.id))
        }
    }

    @Test func anOccupantAddedLaterIsFoundAndANameCannotBeChangedBehindTheIndex() throws {
        let database = try smallDatabase()
        let added = try database.add(
            Occupant(
                id: 0, kind: .artisan, name: "Tiziri Oubella-Amzil", trades: ["MEN"],
                cin: "JK123456"), by: "clerk")
        #expect(try database.occupants(search: "amz tiz").map(\.id) == [added.id])
        #expect(try database.occupants(search: "jk1234").map(\.id) == [added.id])
        #expect(throws: DatabaseError.self) {
            try database.writer.write { db in
                try db.execute(
                    sql: "UPDATE occupant SET name = 'X' WHERE id = ?", arguments: [added.id])
            }
        }
    }
}
