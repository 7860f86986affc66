/// A fact about an applicant that a scoring criterion reads.
///
/// The facts are what Hanout knows or is told; which of them count, and how
/// much, is the grid's business (data, never code). A yes/no fact is 1 or 0.
public enum ScoringFact: String, CaseIterable, Sendable, Codable {
    /// Years of practice of the trade (a number).
    case yearsOfPractice
    /// A maître-artisan in the national register.
    case masterArtisan
    /// Registered in the national register of crafts (an NIA is given).
    case niaGiven
    /// Lives (or, for a collective, is seated) in the zone's commune.
    case residesInCommune
    /// Lives in the zone's province but not in its commune (the two never add up).
    case residesInProvince
    /// A cooperative or an association.
    case cooperativeOrAssociation
    /// The number of members of a cooperative or association (a number).
    case memberCount
    /// A woman applicant, or a women's cooperative.
    case womanOrWomensCooperative
    /// Under 35 on the call's closing day.
    case under35
    /// A person with a disability.
    case disability
    /// Holds no unit anywhere in the region on the closing day.
    case holdsNoUnit
    /// A past tenancy that ended in good standing (fees paid, premises kept).
    case pastTenancyGoodStanding
    /// The committee's own mark after the site visit (a number the clerk enters).
    case committeeMark

    /// Whether the fact is a number rather than yes or no.
    public var isNumber: Bool {
        switch self {
        case .yearsOfPractice, .memberCount, .committeeMark: return true
        default: return false
        }
    }

    /// The fact's value for an applicant: a number, or 1 for yes and 0 for no.
    public func value(of facts: ApplicantFacts, in context: ScoringContext) -> Int {
        switch self {
        case .yearsOfPractice: return max(0, facts.yearsOfPractice)
        case .masterArtisan: return facts.isMasterArtisan ? 1 : 0
        case .niaGiven: return facts.hasNIA ? 1 : 0
        case .residesInCommune: return context.isInCommune(facts.commune) ? 1 : 0
        case .residesInProvince:
            let inProvince = context.isInProvince(facts.province)
            return inProvince && !context.isInCommune(facts.commune) ? 1 : 0
        case .cooperativeOrAssociation: return facts.isCollective ? 1 : 0
        case .memberCount: return facts.isCollective ? max(0, facts.memberCount) : 0
        case .womanOrWomensCooperative: return facts.isWomanOrWomensCooperative ? 1 : 0
        case .under35: return facts.isUnder35(on: context.closesOn) ? 1 : 0
        case .disability: return facts.hasDisability ? 1 : 0
        case .holdsNoUnit: return facts.unitsHeld == 0 ? 1 : 0
        case .pastTenancyGoodStanding: return facts.pastTenancyGoodStanding ? 1 : 0
        case .committeeMark: return max(0, facts.committeeMark ?? 0)
        }
    }
}

/// What a score depends on besides the applicant: the zone's place and the call's closing day.
public struct ScoringContext: Hashable, Sendable {
    public var commune: String
    public var province: String
    public var closesOn: Day

    public init(commune: String, province: String, closesOn: Day) {
        self.commune = commune
        self.province = province
        self.closesOn = closesOn
    }

    /// Compared as a clerk would: without case or accents ("Tafraoute" is not "Tafraout").
    func isInCommune(_ commune: String?) -> Bool {
        guard let commune else { return false }
        return TextKey.fold(commune) == TextKey.fold(self.commune)
    }

    func isInProvince(_ province: String?) -> Bool {
        guard let province else { return false }
        return TextKey.fold(province) == TextKey.fold(self.province)
    }
}
