/// The temporary occupation agreement behind an allocation (convention
/// d'occupation temporaire): its number, when it was signed, the fee and
/// deposit agreed, and every term it has run for.
///
/// History is never rewritten: signing, each renewal, a shortening and a
/// termination are terms in order, each with its own end, so the end a
/// convention had before a renewal stays visible beside the new one.
public struct Convention: Hashable, Sendable {
    public var number: String
    public var allocationID: Int64
    public var unitCode: String
    public var occupantID: Int64
    public var signedOn: Day
    /// The first day it covers: the allocation's first day, or the signing day
    /// when the allocation was already running (no fee was agreed before it).
    public var start: Day
    /// The monthly fee agreed at signing. Dues follow the zone's schedule,
    /// revisions included; this fee counts where the schedule has no rate.
    public var monthlyFee: Money
    public var deposit: Money
    /// Signing first, then renewals, shortenings and a termination, in order.
    public var terms: [ConventionTerm]

    public init(
        number: String, allocationID: Int64, unitCode: String, occupantID: Int64,
        signedOn: Day, start: Day, monthlyFee: Money, deposit: Money, terms: [ConventionTerm]
    ) {
        self.number = number
        self.allocationID = allocationID
        self.unitCode = unitCode
        self.occupantID = occupantID
        self.signedOn = signedOn
        self.start = start
        self.monthlyFee = monthlyFee
        self.deposit = deposit
        self.terms = terms
    }

    /// The last day it covers now, after every renewal, shortening or termination.
    public var lastDay: Day { terms.last?.lastDay ?? start }

    /// The period it covers now.
    public var period: Period { Period(from: start, through: lastDay) ?? Period(openFrom: start) }

    /// The last day it covered before its latest term, if it has been renewed,
    /// shortened or terminated: what the record shows beside the new end.
    public var previousLastDay: Day? { terms.count > 1 ? terms[terms.count - 2].lastDay : nil }

    public var isTerminated: Bool { terms.last?.kind.isTermination ?? false }

    /// Whether it ends within `days` days after `today` (today included),
    /// and is not ended already: the list of "ending soon".
    public func endsWithin(days: Int, of today: Day) -> Bool {
        !isTerminated && today <= lastDay && lastDay <= today.adding(days: days)
    }

    /// The first day a convention covers: the allocation's first day, or its
    /// signing when the allocation was already running (a unit occupied
    /// without one, as audits found): no fee was agreed before it.
    public static func start(allocationStart: Day, signedOn: Day) -> Day {
        max(allocationStart, signedOn)
    }

    /// The convention signed on `signedOn` for an allocation over `allocation`:
    /// from `start(allocationStart:signedOn:)` for `months` months, never past
    /// the allocation's last day, with its signing as its one term.
    public static func signing(
        number: String, allocationID: Int64, unitCode: String, occupantID: Int64,
        allocation: Period, signedOn: Day, months: Int, monthlyFee: Money, deposit: Money
    ) -> Convention {
        let start = start(allocationStart: allocation.start, signedOn: signedOn)
        var last = lastDay(from: start, months: months)
        if let allocationLast = allocation.lastDay { last = min(last, allocationLast) }
        return Convention(
            number: number, allocationID: allocationID, unitCode: unitCode,
            occupantID: occupantID, signedOn: signedOn, start: start, monthlyFee: monthlyFee,
            deposit: deposit,
            terms: [
                ConventionTerm(
                    kind: .signed, lastDay: last, reference: number, recordedOn: signedOn)
            ])
    }

    /// The last day of a convention of `months` months from `start`:
    /// 1 Oct 2025 for 36 months runs to 30 Sep 2028.
    public static func lastDay(from start: Day, months: Int) -> Day {
        start.adding(months: months).adding(days: -1)
    }
}

/// One term of a convention: how it came about and until when it runs.
public struct ConventionTerm: Hashable, Sendable {
    public var kind: ConventionTermKind
    public var lastDay: Day
    /// The decision that renewed it, or why it was shortened or terminated.
    public var reference: String
    /// The day the clerk recorded it.
    public var recordedOn: Day

    public init(kind: ConventionTermKind, lastDay: Day, reference: String, recordedOn: Day) {
        self.kind = kind
        self.lastDay = lastDay
        self.reference = reference
        self.recordedOn = recordedOn
    }
}

public enum ConventionTermKind: Hashable, Sendable {
    case signed
    case renewed
    case shortened
    case terminated(TerminationGround)

    public var isTermination: Bool {
        if case .terminated = self { return true }
        return false
    }

    /// The word the store and files keep (`terminated-non-payment`, ...).
    public var code: String {
        switch self {
        case .signed: return "signed"
        case .renewed: return "renewed"
        case .shortened: return "shortened"
        case .terminated(let ground): return "terminated-\(ground.rawValue)"
        }
    }

    public init?(code: String) {
        switch code {
        case "signed": self = .signed
        case "renewed": self = .renewed
        case "shortened": self = .shortened
        default:
            guard code.hasPrefix("terminated-"),
                let ground = TerminationGround(
                    rawValue: String(code.dropFirst("terminated-".count)))
            else { return nil }
            self = .terminated(ground)
        }
    }

    public func name(in language: Language) -> String {
        switch self {
        case .signed: return language.pick(fr: "signée", en: "signed")
        case .renewed: return language.pick(fr: "renouvelée", en: "renewed")
        case .shortened: return language.pick(fr: "écourtée", en: "shortened")
        case .terminated(let ground):
            return language.pick(fr: "résiliée", en: "terminated")
                + " (\(ground.name(in: language)))"
        }
    }
}

/// Why a convention was ended before its term.
public enum TerminationGround: String, Hashable, Sendable, CaseIterable {
    case nonPayment = "non-payment"
    case nonUse = "non-use"
    case byRequest = "request"

    public func name(in language: Language) -> String {
        switch self {
        case .nonPayment: return language.pick(fr: "non-paiement", en: "non-payment")
        case .nonUse: return language.pick(fr: "non-exploitation", en: "non-use")
        case .byRequest: return language.pick(fr: "à la demande de l'occupant", en: "by request")
        }
    }
}
