/// An allocation run: walks a call's ranking and proposes, to each applicant
/// in turn, the best unit still free that breaks no rule (serial
/// dictatorship). It writes nothing: the clerk previews it, then commits it.
///
/// Each applicant gets the first of its preferred units still free, else
/// (when it accepts any) the first fitting unit in code order. So nobody
/// ranked higher would rather have a unit that went to someone ranked lower
/// while it fitted them. The same inputs always give the same run.
public struct AllocationRun: Sendable {
    public var call: Call
    public var zone: Zone
    /// The units the call offers, as the register has them now.
    public var units: [Unit]
    public var ranking: Ranking
    public var applications: [Int64: Application]
    /// The applicants, by id (only their names and trades are read).
    public var occupants: [Int64: Occupant]
    /// The zone's allocations that meet the run's period (held units count
    /// toward the zone's limits).
    public var allocations: [Allocation]

    public init(
        call: Call, zone: Zone, units: [Unit], ranking: Ranking, applications: [Application],
        occupants: [Occupant], allocations: [Allocation]
    ) {
        self.call = call
        self.zone = zone
        self.units = units
        self.ranking = ranking
        self.applications = Dictionary(
            applications.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.occupants = Dictionary(
            occupants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.allocations = allocations
    }

    /// The days the allocations given will cover: a fair's dates, else open-ended from the start.
    public var period: Period {
        if let season = zone.season, season.start >= call.startsOn { return season }
        return Period(openFrom: call.startsOn)
    }

    /// The order applicants are served in (see `AllocationMode`).
    public func walkOrder() -> [RankingEntry] {
        switch call.mode {
        case .overall:
            return ranking.entries
        case .perTrade:
            var byTrade: [String: [RankingEntry]] = [:]
            for entry in ranking.entries { byTrade[entry.trade, default: []].append(entry) }
            var order: [RankingEntry] = []
            order.reserveCapacity(ranking.entries.count)
            var round = 0
            while order.count < ranking.entries.count {
                let turn = byTrade.values.compactMap { $0.count > round ? $0[round] : nil }
                order += turn.sorted { $0.rank < $1.rank }
                round += 1
            }
            return order
        }
    }

    /// Runs the walk.
    public func preview() -> AllocationPreview {
        var board = UnitBoard(run: self)
        var proposals: [ProposedOffer] = []
        var notPlaced: [NotPlaced] = []
        for entry in walkOrder() {
            guard let application = applications[entry.applicationID] else { continue }
            switch board.place(application, entry: entry) {
            case .success(let proposal): proposals.append(proposal)
            case .failure(let reason):
                notPlaced.append(
                    NotPlaced(
                        applicationID: application.id, occupantID: application.occupantID,
                        trade: application.trade, rank: entry.rank, reason: reason))
            }
        }
        return AllocationPreview(
            callReference: call.reference, rankingVersion: ranking.version, period: period,
            proposals: proposals, notPlaced: notPlaced)
    }
}

/// What a run proposes: an offer per applicant placed, a coded reason for each other one.
public struct AllocationPreview: Hashable, Sendable {
    public var callReference: String
    public var rankingVersion: Int
    public var period: Period
    /// In the order applicants were served.
    public var proposals: [ProposedOffer]
    /// In the order applicants were served.
    public var notPlaced: [NotPlaced]
}

/// A unit a run proposes to an applicant.
public struct ProposedOffer: Hashable, Sendable {
    public var applicationID: Int64
    public var occupantID: Int64
    public var unitCode: String
    public var trade: String
    public var rank: Int
    /// Whether it is one of the applicant's preferences (and which, from 1).
    public var preference: Int?
}

/// An applicant a run places nowhere, and why.
public struct NotPlaced: Hashable, Sendable {
    public var applicationID: Int64
    public var occupantID: Int64
    public var trade: String
    public var rank: Int
    public var reason: NotPlacedReason
}
