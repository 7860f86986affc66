import Foundation

/// A call's ranking: the admissible applications in order of score, and the
/// others set apart with their reason.
///
/// Ties are broken by filing time, then by a lot drawn from `seed` (see
/// `Lot`): the same applications, grid and seed always give the same
/// order. Once the committee freezes it, a ranking changes only by a new
/// version with a written reason; every version stays.
public struct Ranking: Hashable, Sendable {
    public var callReference: String
    /// 1 for the first ranking, then one more for each new version.
    public var version: Int
    public var isFrozen: Bool
    /// Why this version replaced the previous one (nil for version 1).
    public var reason: String?
    public var seed: UInt64
    public var entries: [RankingEntry]
    public var setAside: [SetAsideApplication]

    public init(
        callReference: String, version: Int, isFrozen: Bool = false, reason: String? = nil,
        seed: UInt64, entries: [RankingEntry], setAside: [SetAsideApplication]
    ) {
        self.callReference = callReference
        self.version = version
        self.isFrozen = isFrozen
        self.reason = reason
        self.seed = seed
        self.entries = entries
        self.setAside = setAside
    }

    /// Ranks `applications` to `call` on `grid`.
    public static func compute(
        call: Call, grid: ScoringGrid, applications: [Application], context: ScoringContext,
        seed: UInt64, version: Int = 1, reason: String? = nil
    ) -> Ranking {
        var setAside: [SetAsideApplication] = []
        var scored: [(application: Application, score: Score, total: Int, lot: UInt64)] = []
        scored.reserveCapacity(applications.count)
        for application in applications where application.callReference == call.reference {
            if let day = application.withdrawnOn {
                setAside.append(
                    SetAsideApplication(applicationID: application.id, reason: .withdrawn(on: day)))
            } else if case .inadmissible(let why) = application.admissibility {
                setAside.append(
                    SetAsideApplication(applicationID: application.id, reason: .inadmissible(why)))
            } else {
                let score = Score.of(application.facts, on: grid, in: context)
                scored.append(
                    (
                        application, score, score.total,
                        Lot.draw(seed: seed, applicationID: application.id)
                    ))
            }
        }
        scored.sort { left, right in
            if left.total != right.total { return left.total > right.total }
            if left.application.filedAt != right.application.filedAt {
                return left.application.filedAt < right.application.filedAt
            }
            if left.lot != right.lot { return left.lot < right.lot }
            return left.application.id < right.application.id
        }
        let entries = scored.enumerated().map { index, item in
            RankingEntry(
                rank: index + 1, applicationID: item.application.id,
                occupantID: item.application.occupantID, trade: item.application.trade,
                score: item.score, lot: item.lot)
        }
        return Ranking(
            callReference: call.reference, version: version, reason: reason, seed: seed,
            entries: entries, setAside: setAside.sorted { $0.applicationID < $1.applicationID })
    }

    /// A new version of this ranking, computed again, with the written reason
    /// a frozen ranking needs; refused without one.
    public func newVersion(
        call: Call, grid: ScoringGrid, applications: [Application], context: ScoringContext,
        reason: String
    ) -> Result<Ranking, CallRefusal> {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            return .failure(.newVersionNeedsReason(call: callReference, version: version))
        }
        return .success(
            Ranking.compute(
                call: call, grid: grid, applications: applications, context: context, seed: seed,
                version: version + 1, reason: reason))
    }

    /// The entry of an application, if it is ranked.
    public func entry(of applicationID: Int64) -> RankingEntry? {
        entries.first { $0.applicationID == applicationID }
    }
}

/// One ranked application.
public struct RankingEntry: Hashable, Sendable {
    /// From 1, with no two alike (ties are broken).
    public var rank: Int
    public var applicationID: Int64
    public var occupantID: Int64
    public var trade: String
    public var score: Score
    /// The number the application drew (see `Lot`), kept to show a tie was broken by lot.
    public var lot: UInt64

    public init(
        rank: Int, applicationID: Int64, occupantID: Int64, trade: String, score: Score,
        lot: UInt64
    ) {
        self.rank = rank
        self.applicationID = applicationID
        self.occupantID = occupantID
        self.trade = trade
        self.score = score
        self.lot = lot
    }

    public var total: Int { score.total }
}

/// An application listed apart from the ranking.
public struct SetAsideApplication: Hashable, Sendable {
    public var applicationID: Int64
    public var reason: SetAsideReason

    public init(applicationID: Int64, reason: SetAsideReason) {
        self.applicationID = applicationID
        self.reason = reason
    }
}

/// Why an application is not ranked.
public enum SetAsideReason: Hashable, Sendable {
    case inadmissible(String)
    case withdrawn(on: Day)

    public func message(in language: Language) -> String {
        switch self {
        case .inadmissible(let reason):
            return language.pick(fr: "irrecevable : \(reason)", en: "inadmissible: \(reason)")
        case .withdrawn(let day):
            let shown = DayFormat.show(day, in: language)
            return language.pick(fr: "retirée le \(shown)", en: "withdrawn on \(shown)")
        }
    }
}
