import Benchmark
import Foundation
import HanoutDomain

/// A large call drawn from a fixed seed: 1,000 units of 20 trades in one
/// zone, 10,000 applications with every fact of the grid, 3 % inadmissible.
/// Pure domain values, no database: the figures are the engine's.
struct LargeCall: Sendable {
    let call: Call
    let zone: Zone
    let units: [HanoutDomain.Unit]
    let grid: ScoringGrid
    let context: ScoringContext
    let applications: [Application]
    let occupants: [Occupant]

    init(units unitCount: Int = 1_000, applications count: Int = 10_000, seed: UInt64 = 2027) {
        var random = SplitMix64(seed: seed)
        let trades = (1...20).map { "T\($0 < 10 ? "0" : "")\($0)" }
        let start = Day(year: 2027, month: 3, day: 1) ?? Day(daysSinceEpoch: 0)
        zone = Zone(
            code: "BIG", name: "Zone de mesure", commune: "Tiznit", kind: .artisanZone,
            rules: ZoneRules(maxUnitsPerOccupant: 1, maxUnitsPerTrade: 80))
        units = (1...unitCount).map { number in
            let first = trades[Int.random(in: 0..<trades.count, using: &random)]
            let second = trades[Int.random(in: 0..<trades.count, using: &random)]
            return HanoutDomain.Unit(
                zoneCode: "BIG", number: number,
                allowedTrades: Array(Set([first, second])).sorted(),
                row: 1 + number / 50, column: 1 + number % 50,
                condition: number % 25 == 0 ? .underWorks : .available)
        }
        call = Call(
            reference: "BIG-2027-01", zoneCode: "BIG", title: "Mesure",
            units: units.map {
                OfferedUnit(unitCode: $0.code, readyBy: $0.condition == .underWorks ? start : nil)
            }, trades: trades, opensOn: start.adding(days: -60), closesOn: start.adding(days: -30),
            startsOn: start, gridCode: "BENCH", status: .ranked)
        grid = LargeCall.grid
        context = ScoringContext(commune: "Tiznit", province: "Tiznit", closesOn: call.closesOn)
        let communes = ["Tiznit", "Tafraout", "Aouartas", "Agadir"]
        let unitCodes = units.map(\.code)
        var applications: [Application] = []
        var occupants: [Occupant] = []
        applications.reserveCapacity(count)
        for id in 1...count {
            let trade = trades[Int.random(in: 0..<trades.count, using: &random)]
            let collective = Int.random(in: 0..<10, using: &random) == 0
            occupants.append(
                Occupant(
                    id: Int64(id), kind: collective ? .cooperative : .artisan, name: "A\(id)",
                    trades: [trade]))
            let preferences = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                unitCodes[Int.random(in: 0..<unitCodes.count, using: &random)]
            }
            let facts = ApplicantFacts(
                yearsOfPractice: Int.random(in: 0...30, using: &random),
                isMasterArtisan: Int.random(in: 0..<5, using: &random) == 0,
                hasNIA: Int.random(in: 0..<3, using: &random) > 0, isCollective: collective,
                memberCount: collective ? Int.random(in: 7...60, using: &random) : 0,
                isWomanOrWomensCooperative: Bool.random(using: &random),
                birthDay: Day(year: Int.random(in: 1960...2005, using: &random), month: 6, day: 1),
                hasDisability: Int.random(in: 0..<30, using: &random) == 0,
                commune: communes[Int.random(in: 0..<communes.count, using: &random)],
                province: "Tiznit", unitsHeld: Int.random(in: 0..<8, using: &random) == 0 ? 1 : 0,
                pastTenancyGoodStanding: Bool.random(using: &random),
                committeeMark: Int.random(in: 0...15, using: &random))
            // Filed over 30 days, to the minute: many equal times, so the lot is exercised.
            let minute = Int.random(in: 0..<(30 * 8 * 60), using: &random)
            let day = call.opensOn.adding(days: minute / 480).iso
            let time =
                "T\(8 + minute % 480 / 60 < 10 ? "0" : "")\(8 + minute % 480 / 60):"
                + "\(minute % 60 < 10 ? "0" : "")\(minute % 60):00Z"
            applications.append(
                Application(
                    id: Int64(id), callReference: call.reference, number: id,
                    filedAt: day + time, occupantID: Int64(id), trade: trade,
                    preferences: preferences,
                    acceptsOtherUnits: Int.random(in: 0..<5, using: &random) > 0,
                    facts: facts,
                    admissibility: id % 33 == 0 ? .inadmissible(reason: "pièces") : .admissible))
        }
        self.applications = applications
        self.occupants = occupants
    }

    func ranking() -> Ranking {
        Ranking.compute(
            call: call, grid: grid, applications: applications, context: context, seed: 42)
    }

    func run(_ ranking: Ranking) -> AllocationRun {
        AllocationRun(
            call: call, zone: zone, units: units, ranking: ranking, applications: applications,
            occupants: occupants, allocations: [])
    }

    /// Every fact of the grid, with the weights of the region's default (fixtures/grids).
    static let grid = ScoringGrid(
        code: "BENCH", titleFr: "Mesure", titleEn: "Bench",
        criteria: ScoringFact.allCases.map { fact in
            ScoringCriterion(
                key: fact.rawValue, labelFr: fact.rawValue, labelEn: fact.rawValue, fact: fact,
                weight: fact.isNumber ? 1 : 5, cap: fact.isNumber ? 15 : 5)
        })
}

/// The engine of calls for applications (issue 12): ranking 10,000 files
/// (target under 200 ms) and an allocation run of 1,000 units for them
/// (target under 1 s).
func callBenchmarks(smoke: Bool) {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds,
        warmupIterations: 1, maxDuration: .seconds(smoke ? 1 : 10),
        maxIterations: smoke ? 3 : 30)
    Benchmark("Rank a call of 10,000 applications", configuration: configuration) {
        (benchmark: Benchmark, call: LargeCall) in
        for _ in benchmark.scaledIterations {
            let ranking = call.ranking()
            guard ranking.entries.count + ranking.setAside.count == 10_000 else {
                fail("ranking lost files")
            }
            blackHole(ranking)
        }
    } setup: {
        LargeCall()
    }
    Benchmark(
        "Allocation run of 1,000 units for 10,000 applications", configuration: configuration
    ) { (benchmark: Benchmark, run: AllocationRun) in
        for _ in benchmark.scaledIterations {
            let preview = run.preview()
            guard preview.proposals.count > 900 else {
                fail("the run placed only \(preview.proposals.count)")
            }
            blackHole(preview)
        }
    } setup: { () -> AllocationRun in
        let call = LargeCall()
        return call.run(call.ranking())
    }
}
