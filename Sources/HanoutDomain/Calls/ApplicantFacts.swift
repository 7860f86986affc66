/// What an application declares, or what Hanout computes, about its applicant.
///
/// Kept with the application as filed, so that a ranking computed again
/// later reads the same file the committee read, even if the occupant's
/// record changed since.
public struct ApplicantFacts: Hashable, Sendable, Codable {
    public var yearsOfPractice: Int
    public var isMasterArtisan: Bool
    public var hasNIA: Bool
    /// A cooperative or an association (rather than an artisan).
    public var isCollective: Bool
    /// Members of a cooperative or association.
    public var memberCount: Int
    public var isWomanOrWomensCooperative: Bool
    /// The applicant's birth day (artisans).
    public var birthDay: Day?
    public var hasDisability: Bool
    public var commune: String?
    public var province: String?
    /// Units the applicant holds in the region on the day of filing.
    public var unitsHeld: Int
    public var pastTenancyGoodStanding: Bool
    /// The committee's mark after its visit, entered later by the clerk.
    public var committeeMark: Int?

    public init(
        yearsOfPractice: Int = 0, isMasterArtisan: Bool = false, hasNIA: Bool = false,
        isCollective: Bool = false, memberCount: Int = 0,
        isWomanOrWomensCooperative: Bool = false, birthDay: Day? = nil,
        hasDisability: Bool = false, commune: String? = nil, province: String? = nil,
        unitsHeld: Int = 0, pastTenancyGoodStanding: Bool = false, committeeMark: Int? = nil
    ) {
        self.yearsOfPractice = yearsOfPractice
        self.isMasterArtisan = isMasterArtisan
        self.hasNIA = hasNIA
        self.isCollective = isCollective
        self.memberCount = memberCount
        self.isWomanOrWomensCooperative = isWomanOrWomensCooperative
        self.birthDay = birthDay
        self.hasDisability = hasDisability
        self.commune = commune
        self.province = province
        self.unitsHeld = unitsHeld
        self.pastTenancyGoodStanding = pastTenancyGoodStanding
        self.committeeMark = committeeMark
    }

    /// The facts the register already knows of `occupant` (category, NIA,
    /// kind, members, commune), the rest as declared in `declared`.
    public static func of(_ occupant: Occupant, declared: ApplicantFacts) -> ApplicantFacts {
        var facts = declared
        facts.isMasterArtisan = occupant.category == .master
        facts.hasNIA = !(occupant.nia ?? "").allSatisfy(\.isWhitespace)
        facts.isCollective = occupant.kind != .artisan
        facts.memberCount = occupant.members ?? declared.memberCount
        facts.commune = declared.commune ?? occupant.commune
        return facts
    }

    /// Whether the applicant is under 35 on `day`: born less than 35 years before it.
    public func isUnder35(on day: Day) -> Bool {
        guard let birthDay, !isCollective else { return false }
        let born = birthDay.parts
        // The 35th birthday; one born on 29 February has it on 1 March in a common year.
        let birthday =
            Day(year: born.year + 35, month: born.month, day: born.day)
            ?? Day(year: born.year + 35, month: 3, day: 1)
        guard let birthday else { return false }
        return day < birthday
    }
}
