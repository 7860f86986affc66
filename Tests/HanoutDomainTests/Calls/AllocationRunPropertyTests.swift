import Testing

@testable import HanoutDomain

/// A random call drawn from a seed (SplitMix64, never the system's
/// generator), so that a failure names the seed that reproduces it.
struct RandomCall {
    static let trades = ["MEN", "SER", "BIJ", "TAP"]
    var zone: Zone
    var units: [Unit]
    var call: Call
    var applications: [Application]
    var occupants: [Occupant]
    var allocations: [Allocation]
    var ranking: Ranking

    init(seed: UInt64) {
        self = Self.drawn(seed: seed)
    }

    init(
        zone: Zone, units: [Unit], call: Call, applications: [Application],
        occupants: [Occupant], allocations: [Allocation], ranking: Ranking
    ) {
        self.zone = zone
        self.units = units
        self.call = call
        self.applications = applications
        self.occupants = occupants
        self.allocations = allocations
        self.ranking = ranking
    }

    static func drawn(seed: UInt64) -> RandomCall {
        var random = SplitMix64(seed: seed)
        func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
        func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
        let start = CallExample.day("2027-03-01")
        let zone = Zone(
            code: "TAF", name: "Tafraout", commune: "Tafraout", kind: .market,
            rules: ZoneRules(
                maxUnitsPerOccupant: int(1...2), maxUnitsPerTrade: chance(40) ? int(1...4) : nil))
        let units = (1...int(1...12)).map { number in
            let trades =
                chance(15) ? [] : Array(Self.trades.shuffled(using: &random).prefix(int(1...2)))
            return Unit(
                zoneCode: "TAF", number: number, allowedTrades: trades, row: 1, column: number,
                condition: chance(20) ? .underWorks : .available)
        }
        let offered = units.map { unit in
            OfferedUnit(
                unitCode: unit.code,
                readyBy: unit.condition == .underWorks && chance(60)
                    ? start.adding(days: int(-30...30)) : nil)
        }
        let call = Call(
            reference: "TAF-2027-01", zoneCode: "TAF", title: "t", units: offered, trades: [],
            opensOn: CallExample.day("2027-01-02"), closesOn: CallExample.day("2027-01-31"),
            startsOn: start, gridCode: "TEST", mode: chance(50) ? .overall : .perTrade,
            status: .ranked)
        let count = int(1...20)
        let occupants = (1...count + 3).map { id in
            Occupant(
                id: Int64(id), kind: .artisan, name: "Artisan \(id)",
                trades: [Self.trades[int(0...3)]])
        }
        // Some units already held (by applicants or others) from before the call.
        let allocations = units.compactMap { unit -> Allocation? in
            guard chance(20), let holder = occupants.randomElement(using: &random) else {
                return nil
            }
            return Allocation(
                unitCode: unit.code, occupantID: holder.id, trade: holder.trades[0],
                period: Period(openFrom: CallExample.day("2024-01-01")))
        }
        let codes = units.map(\.code)
        let applications = (1...count).map { id in
            let occupant = occupants[id - 1]
            let preferences = Array(codes.shuffled(using: &random).prefix(int(0...3)))
            return Application(
                id: Int64(id), callReference: "TAF-2027-01", number: id,
                filedAt: "2027-01-\(10 + int(0...5))T09:00:00Z", occupantID: occupant.id,
                trade: occupant.trades[0], preferences: preferences,
                acceptsOtherUnits: preferences.isEmpty || chance(70),
                facts: ApplicantFacts(yearsOfPractice: int(0...5)),
                admissibility: chance(10) ? .inadmissible(reason: "pièces") : .admissible)
        }
        let ranking = Ranking.compute(
            call: call, grid: CallExample.grid, applications: applications,
            context: CallExample.context, seed: seed)
        return RandomCall(
            zone: zone, units: units, call: call, applications: applications,
            occupants: occupants, allocations: allocations, ranking: ranking)
    }

    var run: AllocationRun {
        AllocationRun(
            call: call, zone: zone, units: units, ranking: ranking, applications: applications,
            occupants: occupants, allocations: allocations)
    }
}

@Suite struct AllocationRunPropertyTests {
    static let seeds: [UInt64] = Array(1...300)

    @Test(arguments: seeds) func aRunBreaksNoRule(seed: UInt64) {
        let random = RandomCall(seed: seed)
        let run = random.run
        let preview = run.preview()
        let units = Dictionary(uniqueKeysWithValues: random.units.map { ($0.code, $0) })
        let held = Set(random.allocations.map(\.unitCode))
        #expect(Set(preview.proposals.map(\.unitCode)).count == preview.proposals.count)
        for proposal in preview.proposals {
            let unit = units[proposal.unitCode]
            #expect(unit?.allows(trade: proposal.trade) == true, "seed \(seed)")
            #expect(!held.contains(proposal.unitCode), "seed \(seed): a held unit offered")
            if unit?.condition == .underWorks {
                let ready = random.call.offered(proposal.unitCode)?.readyBy
                #expect(ready.map { $0 <= run.period.start } == true, "seed \(seed)")
            }
        }
        // No occupant over the zone's limit, no trade over its cap, counting held units.
        let every =
            random.allocations.map { ($0.occupantID, $0.trade, $0.unitCode) }
            + preview.proposals.map { ($0.occupantID, $0.trade, $0.unitCode) }
        for occupant in Set(every.map(\.0)) {
            let count = Set(every.filter { $0.0 == occupant }.map(\.2)).count
            let before = Set(
                random.allocations.filter { $0.occupantID == occupant }.map(\.unitCode))
            #expect(
                count <= max(random.zone.rules.maxUnitsPerOccupant, before.count),
                "seed \(seed): occupant \(occupant) holds \(count)")
        }
        if let cap = random.zone.rules.maxUnitsPerTrade {
            for trade in RandomCall.trades {
                let proposed = preview.proposals.filter { $0.trade == trade }.count
                let before = Set(random.allocations.filter { $0.trade == trade }.map(\.unitCode))
                #expect(proposed == 0 || proposed + before.count <= cap, "seed \(seed)")
            }
        }
        // Every ranked applicant is either proposed a unit or given a reason, once.
        let answered =
            preview.proposals.map(\.applicationID) + preview.notPlaced.map(\.applicationID)
        #expect(answered.sorted() == random.ranking.entries.map(\.applicationID).sorted())
        #expect(!preview.notPlaced.contains { $0.reason.code == "refusedByRules" }, "seed \(seed)")
    }

    /// Nobody served earlier (higher in the ranking, or in its trade's turn)
    /// would rather have had a unit that went to someone served later while it
    /// fitted them.
    @Test(arguments: seeds) func nobodyRankedHigherEnviesSomeoneRankedLower(seed: UInt64) {
        let random = RandomCall(seed: seed)
        let run = random.run
        let preview = run.preview()
        let order = run.walkOrder().map(\.applicationID)
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let applications = Dictionary(uniqueKeysWithValues: random.applications.map { ($0.id, $0) })
        let units = Dictionary(uniqueKeysWithValues: random.units.map { ($0.code, $0) })
        let got = Dictionary(
            uniqueKeysWithValues: preview.proposals.map { ($0.applicationID, $0.unitCode) })
        let reasons = Dictionary(
            uniqueKeysWithValues: preview.notPlaced.map { ($0.applicationID, $0.reason) })

        func fits(_ code: String, _ application: Application) -> Bool {
            guard let unit = units[code], unit.allows(trade: application.trade) else {
                return false
            }
            guard unit.condition == .underWorks else { return true }
            return random.call.offered(code)?.readyBy.map { $0 <= run.period.start } == true
        }
        /// The applicant's order of units: preferences, then (if it takes any) the rest by number.
        func rankOf(_ code: String, for application: Application) -> Int? {
            if let place = application.preferences.firstIndex(of: code) { return place }
            guard application.acceptsOtherUnits, let unit = units[code] else { return nil }
            return 1_000 + unit.number
        }
        for proposal in preview.proposals {
            guard let later = position[proposal.applicationID] else { continue }
            for earlierID in order.prefix(later) {
                guard let earlier = applications[earlierID], fits(proposal.unitCode, earlier),
                    let wanted = rankOf(proposal.unitCode, for: earlier)
                else { continue }
                if let mine = got[earlierID] {
                    let have = rankOf(mine, for: earlier) ?? Int.max
                    #expect(
                        have <= wanted,
                        "seed \(seed): #\(earlierID) got \(mine) but wanted \(proposal.unitCode)")
                } else if let reason = reasons[earlierID] {
                    #expect(
                        reason == .occupantLimit || reason == .tradeFull,
                        "seed \(seed): #\(earlierID) left out (\(reason.code)) while \(proposal.unitCode) fitted"
                    )
                }
            }
        }
    }

    @Test(arguments: Array(seeds.prefix(50))) func theSameInputsGiveTheSameRun(seed: UInt64) {
        let random = RandomCall(seed: seed)
        let first = random.run.preview()
        var shuffled = random
        var generator = SplitMix64(seed: seed &+ 1)
        shuffled.applications.shuffle(using: &generator)
        shuffled.units.shuffle(using: &generator)
        shuffled.ranking = Ranking.compute(
            call: shuffled.call, grid: CallExample.grid, applications: shuffled.applications,
            context: CallExample.context, seed: seed)
        #expect(shuffled.run.preview() == first)
    }

    @Test func eachApplicantNotPlacedGetsItsCodedReason() throws {
        // At most two units per trade, one per occupant.
        let zone = Zone(
            code: "TAF", name: "Tafraout", commune: "Tafraout", kind: .market,
            rules: ZoneRules(maxUnitsPerOccupant: 1, maxUnitsPerTrade: 2))
        func unit(_ number: Int, _ trades: [String], works: Bool = false) -> Unit {
            Unit(
                zoneCode: "TAF", number: number, allowedTrades: trades, row: 1, column: number,
                condition: works ? .underWorks : .available)
        }
        let units = [
            unit(1, ["BIJ"]), unit(2, ["BIJ"]), unit(3, ["TAP"]), unit(4, ["POT"], works: true),
            unit(5, ["TAP"]), unit(6, ["MEN"]), unit(7, ["BIJ"]),
        ]
        var call = CallExample.call
        call.units = units.map {
            OfferedUnit(
                unitCode: $0.code, readyBy: $0.number == 4 ? CallExample.day("2027-06-01") : nil)
        }
        // Served in this order (equal scores, so by filing time).
        let files: [(Int64, String, [String], Bool)] = [
            (1, "BIJ", [], true), (2, "BIJ", [], true),
            (3, "BIJ", [], true),  // two jewellers already: the trade is full
            (4, "VAN", [], true),  // no unit allows basketry
            (5, "POT", [], true),  // the pottery unit is out of works only in June
            (6, "TAP", ["TAF-03"], true), (7, "TAP", ["TAF-03"], false),  // only TAF-03
            (8, "MEN", [], true), (9, "MEN", [], true),  // one carpentry unit, gone to #8
            (10, "TAP", [], true),  // holds TAF-09 already
        ]
        let applications = files.map { id, trade, preferences, others in
            var application = CallExample.application(
                id, trade: trade, filedAt: "2027-01-\(10 + id)T09:00:00Z",
                facts: ApplicantFacts(yearsOfPractice: 1), preferences: preferences)
            application.acceptsOtherUnits = others
            return application
        }
        let held = Allocation(
            unitCode: "TAF-09", occupantID: 110, trade: "SER",
            period: Period(openFrom: CallExample.day("2023-01-15")))
        let ranking = Ranking.compute(
            call: call, grid: CallExample.grid, applications: applications,
            context: CallExample.context, seed: 3)
        let preview = AllocationRun(
            call: call, zone: zone, units: units, ranking: ranking, applications: applications,
            occupants: [], allocations: [held]
        ).preview()
        let offers = preview.proposals.map { "\($0.applicationID)→\($0.unitCode)" }
        #expect(offers == ["1→TAF-01", "2→TAF-02", "6→TAF-03", "8→TAF-06"])
        let reasons = Dictionary(
            uniqueKeysWithValues: preview.notPlaced.map { ($0.applicationID, $0.reason.code) })
        #expect(
            reasons == [
                3: "tradeFull", 4: "noUnitOfTrade", 5: "notReadyByStart",
                7: "preferencesUnavailable", 9: "belowUnitsOffered", 10: "occupantLimit",
            ])
        let sixth = try #require(preview.proposals.first { $0.applicationID == 6 })
        #expect(sixth.preference == 1)
    }
}
