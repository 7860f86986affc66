/// The state of an allocation run as it walks: which offered units are
/// still free, and what each occupant and trade holds in the zone.
///
/// Fast checks pick the unit (a run may meet ten thousand applicants); the
/// unit chosen is then judged by `AllocationRules`, the same rules as a
/// clerk's assignment, so a run can never propose what an assignment would
/// refuse.
struct UnitBoard {
    struct Slot {
        /// The unit as the rules will see it when its allocation starts: a
        /// unit whose works end by then counts as back in service.
        var unit: Unit
        var isReady: Bool
        /// Held by an allocation that meets the period, or proposed by this run.
        var isTaken: Bool
    }

    let zone: Zone
    let period: Period
    var slots: [Slot]
    var slotByCode: [String: Int]
    /// Slots allowing each trade, in unit-code order (filled when a trade is first met).
    var slotsByTrade: [String: [Int]] = [:]
    /// Per trade, slots before this index are all taken (taking is never undone).
    var firstOpen: [String: Int] = [:]
    /// What each occupant holds in the zone during the period, existing and proposed.
    var heldByOccupant: [Int64: [Allocation]] = [:]
    /// What each trade holds in the zone during the period, existing and proposed.
    var heldByTrade: [String: [Allocation]] = [:]
    /// The distinct units in those lists, counted as they grow (a run meets
    /// thousands of applicants; counting the lists each time would not do).
    var unitCountByOccupant: [Int64: Int] = [:]
    var unitCountByTrade: [String: Int] = [:]
    let names: [Int64: String]
    let occupants: [Int64: Occupant]

    init(run: AllocationRun) {
        zone = run.zone
        period = run.period
        let offered = Dictionary(
            run.call.units.map { ($0.unitCode, $0) }, uniquingKeysWith: { first, _ in first })
        let meeting = run.allocations.filter { $0.period.overlaps(run.period) }
        let takenCodes = Set(meeting.map(\.unitCode))
        let start = run.period.start
        slots = run.units.filter { offered[$0.code] != nil }.sorted { $0.number < $1.number }
            .map { unit in
                var seen = unit
                var ready = true
                if unit.condition == .underWorks {
                    if let readyBy = offered[unit.code]?.readyBy, readyBy <= start {
                        seen.condition = .available
                        seen.detail = ConditionDetail()
                    } else {
                        ready = false
                    }
                }
                return Slot(unit: seen, isReady: ready, isTaken: takenCodes.contains(unit.code))
            }
        slotByCode = Dictionary(
            slots.enumerated().map { ($1.unit.code, $0) }, uniquingKeysWith: { first, _ in first })
        for allocation in meeting {
            heldByOccupant[allocation.occupantID, default: []].append(allocation)
            heldByTrade[allocation.trade, default: []].append(allocation)
        }
        unitCountByOccupant = heldByOccupant.mapValues { Set($0.map(\.unitCode)).count }
        unitCountByTrade = heldByTrade.mapValues { Set($0.map(\.unitCode)).count }
        occupants = run.occupants
        names = run.occupants.mapValues(\.name)
    }

    /// Proposes a unit to `application`, or says why none.
    mutating func place(_ application: Application, entry: RankingEntry) -> Result<
        ProposedOffer, NotPlacedReason
    > {
        let trade = application.trade
        let candidates = slots(allowing: trade)
        guard !candidates.isEmpty else { return .failure(.noUnitOfTrade) }
        if unitCountByOccupant[application.occupantID, default: 0]
            >= zone.rules.maxUnitsPerOccupant
        {
            return .failure(.occupantLimit)
        }
        if let cap = zone.rules.maxUnitsPerTrade, unitCountByTrade[trade, default: 0] >= cap {
            return .failure(.tradeFull)
        }
        guard candidates.contains(where: { slots[$0].isReady }) else {
            return .failure(.notReadyByStart)
        }
        guard let (index, preference) = choose(for: application, among: candidates) else {
            if !application.acceptsOtherUnits && !application.preferences.isEmpty {
                return .failure(.preferencesUnavailable)
            }
            return .failure(.belowUnitsOffered)
        }
        let unit = slots[index].unit
        let occupant =
            occupants[application.occupantID]
            ?? Occupant(
                id: application.occupantID, kind: .artisan, name: "#\(application.occupantID)",
                trades: [trade])
        let request = AllocationRequest(
            unitCode: unit.code, occupantID: application.occupantID, trade: trade, period: period)
        let context = AllocationContext(
            unit: unit, zone: zone, occupant: occupant, unitAllocations: [],
            occupantAllocationsInZone: heldByOccupant[application.occupantID] ?? [],
            tradeAllocationsInZone: zone.rules.maxUnitsPerTrade == nil
                ? [] : heldByTrade[trade] ?? [],
            occupantNames: names)
        if case .failure(let refused) = AllocationRules.check(request, in: context) {
            return .failure(.refusedByRules(refused.reasons))
        }
        slots[index].isTaken = true
        let proposed = Allocation(
            unitCode: unit.code, occupantID: application.occupantID, trade: trade, period: period)
        heldByOccupant[application.occupantID, default: []].append(proposed)
        heldByTrade[trade, default: []].append(proposed)
        // A unit proposed was free: it is new to both counts.
        unitCountByOccupant[application.occupantID, default: 0] += 1
        unitCountByTrade[trade, default: 0] += 1
        return .success(
            ProposedOffer(
                applicationID: application.id, occupantID: application.occupantID,
                unitCode: unit.code, trade: trade, rank: entry.rank, preference: preference))
    }

    /// The first preferred unit that fits, else (if the applicant takes any)
    /// the first fitting unit in code order; with its place among the preferences.
    mutating func choose(for application: Application, among candidates: [Int]) -> (Int, Int?)? {
        for (place, code) in application.preferences.enumerated() {
            guard let index = slotByCode[code] else { continue }
            if fits(index, application) { return (index, place + 1) }
        }
        guard application.acceptsOtherUnits else { return nil }
        let trade = application.trade
        var start = firstOpen[trade] ?? 0
        while start < candidates.count && slots[candidates[start]].isTaken { start += 1 }
        firstOpen[trade] = start
        for index in candidates[start...] where fits(index, application) {
            return (index, nil)
        }
        return nil
    }

    /// Whether the slot is free, ready and allows the trade, and no
    /// reservation keeps it for someone else.
    func fits(_ index: Int, _ application: Application) -> Bool {
        let slot = slots[index]
        guard !slot.isTaken, slot.isReady, slot.unit.allows(trade: application.trade) else {
            return false
        }
        let holder = slot.unit.reservationHolder(on: period.start)
        return holder == nil || holder == application.occupantID
    }

    /// The slots allowing `trade`, computed once per trade.
    mutating func slots(allowing trade: String) -> [Int] {
        if let known = slotsByTrade[trade] { return known }
        let found = slots.indices.filter { slots[$0].unit.allows(trade: trade) }
        slotsByTrade[trade] = found
        return found
    }
}
