import Foundation

/// A committee's scoring grid: data, read from JSON, never code.
///
/// Each criterion reads one fact of the applicant, gives `weight` points
/// per unit of it (per year, per member, or once for a yes) and never more
/// than `cap`. A commune may set its own grid for a call; the region's
/// default lives in `fixtures/grids/`.
public struct ScoringGrid: Hashable, Sendable, Codable {
    /// Short code a call names (`TZN-DEFAULT-2026`).
    public var code: String
    public var titleFr: String
    public var titleEn: String
    /// Where the weights come from (a decision, or "illustrative").
    public var note: String
    public var criteria: [ScoringCriterion]

    public init(
        code: String, titleFr: String, titleEn: String, note: String = "",
        criteria: [ScoringCriterion]
    ) {
        self.code = code
        self.titleFr = titleFr
        self.titleEn = titleEn
        self.note = note
        self.criteria = criteria
    }

    /// The most points an applicant can have: every cap added up.
    public var maximum: Int { criteria.reduce(0) { $0 + $1.cap } }

    /// The criterion that holds the committee's mark, if the grid has one.
    public var committeeMarkCriterion: ScoringCriterion? {
        criteria.first { $0.fact == .committeeMark }
    }

    /// Reads a grid from JSON, checked: every problem found, or the grid.
    public static func decode(_ data: Data) -> Result<ScoringGrid, GridInvalid> {
        let raw: RawGrid
        do {
            raw = try JSONDecoder().decode(RawGrid.self, from: data)
        } catch {
            return .failure(GridInvalid(problems: [.unreadable("\(error)")]))
        }
        var problems: [GridProblem] = []
        var criteria: [ScoringCriterion] = []
        for criterion in raw.criteria {
            guard let fact = ScoringFact(rawValue: criterion.fact) else {
                problems.append(.unknownFact(key: criterion.key, fact: criterion.fact))
                continue
            }
            criteria.append(
                ScoringCriterion(
                    key: criterion.key, labelFr: criterion.labelFr, labelEn: criterion.labelEn,
                    fact: fact, weight: criterion.weight, cap: criterion.cap))
        }
        let grid = ScoringGrid(
            code: raw.code, titleFr: raw.titleFr, titleEn: raw.titleEn, note: raw.note ?? "",
            criteria: criteria)
        // A grid whose criteria all read unknown facts is not also "without criteria".
        problems += grid.problems().filter { $0 != .noCriterion || raw.criteria.isEmpty }
        return problems.isEmpty ? .success(grid) : .failure(GridInvalid(problems: problems))
    }

    /// The grid as JSON, in the form `decode` reads (keys sorted, so a stored grid is stable).
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// What is wrong with the grid; empty when it can score.
    public func problems() -> [GridProblem] {
        var problems: [GridProblem] = []
        if code.allSatisfy(\.isWhitespace) { problems.append(.emptyCode) }
        if criteria.isEmpty { problems.append(.noCriterion) }
        var keys: Set<String> = []
        for criterion in criteria {
            if criterion.key.allSatisfy(\.isWhitespace) { problems.append(.emptyKey) }
            if !keys.insert(criterion.key).inserted {
                problems.append(.duplicateKey(criterion.key))
            }
            if criterion.labelFr.allSatisfy(\.isWhitespace)
                || criterion.labelEn.allSatisfy(\.isWhitespace)
            {
                problems.append(.missingLabel(key: criterion.key))
            }
            if criterion.weight < 0 {
                problems.append(.negativeWeight(key: criterion.key, weight: criterion.weight))
            }
            if criterion.cap <= 0 {
                problems.append(.capNotPositive(key: criterion.key, cap: criterion.cap))
            }
        }
        if criteria.filter({ $0.fact == .committeeMark }).count > 1 {
            problems.append(.twoCommitteeMarks)
        }
        return problems
    }

    /// The JSON as written, before its facts are known to be facts.
    private struct RawGrid: Decodable {
        var code: String
        var titleFr: String
        var titleEn: String
        var note: String?
        var criteria: [RawCriterion]
    }

    private struct RawCriterion: Decodable {
        var key: String
        var labelFr: String
        var labelEn: String
        var fact: String
        var weight: Int
        var cap: Int
    }
}

/// One line of a grid: a fact, points per unit of it, and a ceiling.
public struct ScoringCriterion: Hashable, Sendable, Codable {
    /// Stable short name (`years`), kept with every score line.
    public var key: String
    public var labelFr: String
    public var labelEn: String
    public var fact: ScoringFact
    /// Points per unit of the fact (per year, per member, or once for a yes).
    public var weight: Int
    /// The most points the criterion gives; also the highest committee mark.
    public var cap: Int

    public init(
        key: String, labelFr: String, labelEn: String, fact: ScoringFact, weight: Int, cap: Int
    ) {
        self.key = key
        self.labelFr = labelFr
        self.labelEn = labelEn
        self.fact = fact
        self.weight = weight
        self.cap = cap
    }

    public func label(in language: Language) -> String {
        language.pick(fr: labelFr, en: labelEn)
    }
}
