/// An applicant's score, criterion by criterion, as a committee reads it.
public struct Score: Hashable, Sendable, Codable {
    public var lines: [ScoreLine]

    public init(lines: [ScoreLine]) {
        self.lines = lines
    }

    public var total: Int { lines.reduce(0) { $0 + $1.points } }

    /// Scores `facts` on `grid`. The committee's mark is bounded by its
    /// criterion's cap before it is weighed, so a slip (a mark of 150 on 15)
    /// cannot count more than the grid allows.
    public static func of(
        _ facts: ApplicantFacts, on grid: ScoringGrid, in context: ScoringContext
    ) -> Score {
        Score(
            lines: grid.criteria.map { criterion in
                var value = criterion.fact.value(of: facts, in: context)
                if criterion.fact == .committeeMark { value = min(value, criterion.cap) }
                let raw = value * criterion.weight
                return ScoreLine(
                    key: criterion.key, labelFr: criterion.labelFr, labelEn: criterion.labelEn,
                    fact: criterion.fact, value: value, weight: criterion.weight,
                    points: min(raw, criterion.cap), cap: criterion.cap)
            })
    }

    /// Every line, one a line, then the total: "why 74 points".
    public func explanation(in language: Language) -> String {
        (lines.map { $0.explanation(in: language) } + [
            language.pick(fr: "Total : \(total) points", en: "Total: \(total) points")
        ]).joined(separator: "\n")
    }
}

/// One criterion's part of a score.
public struct ScoreLine: Hashable, Sendable, Codable {
    public var key: String
    public var labelFr: String
    public var labelEn: String
    public var fact: ScoringFact
    /// The fact's value (a number, or 1 for yes and 0 for no).
    public var value: Int
    public var weight: Int
    public var points: Int
    public var cap: Int

    public init(
        key: String, labelFr: String, labelEn: String, fact: ScoringFact, value: Int,
        weight: Int, points: Int, cap: Int
    ) {
        self.key = key
        self.labelFr = labelFr
        self.labelEn = labelEn
        self.fact = fact
        self.value = value
        self.weight = weight
        self.points = points
        self.cap = cap
    }

    /// Whether the cap cut the points.
    public var isCapped: Bool { value * weight > cap }

    /// "Years of practice: 12 × 2 = 24, capped at 20"; "Master artisan: yes, 5";
    /// "Woman applicant: no, 0".
    public func explanation(in language: Language) -> String {
        let label = language.pick(fr: labelFr, en: labelEn)
        let colon = language.pick(fr: " : ", en: ": ")
        let computed: String
        if fact.isNumber {
            computed = "\(value) × \(weight) = \(value * weight)"
        } else if value > 0 {
            computed = language.pick(fr: "oui, \(value * weight)", en: "yes, \(value * weight)")
        } else {
            computed = language.pick(fr: "non, 0", en: "no, 0")
        }
        let capped =
            isCapped
            ? language.pick(fr: ", plafonné à \(cap)", en: ", capped at \(cap)") : ""
        return label + colon + computed + capped
    }
}
