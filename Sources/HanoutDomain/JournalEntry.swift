/// One line of the journal: every change, appended, never edited.
public struct JournalEntry: Hashable, Sendable {
    public var id: Int64
    /// When (ISO 8601 timestamp, UTC).
    public var at: String
    /// Who: `$USER` or `--clerk`.
    public var clerk: String
    public var action: JournalAction
    public var unitCode: String?
    public var occupantID: Int64?
    public var decision: String?
    /// The state before the change (JSON), if there was one.
    public var before: String?
    /// The state after the change (JSON).
    public var after: String?
    public var note: String?

    public init(
        id: Int64 = 0, at: String, clerk: String, action: JournalAction, unitCode: String? = nil,
        occupantID: Int64? = nil, decision: String? = nil, before: String? = nil,
        after: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.at = at
        self.clerk = clerk
        self.action = action
        self.unitCode = unitCode
        self.occupantID = occupantID
        self.decision = decision
        self.before = before
        self.after = after
        self.note = note
    }
}

/// The kinds of change the journal records.
public enum JournalAction: String, CaseIterable, Sendable, Codable {
    case initialize = "init"
    case assign
    case release
    case transfer
    /// An allocation entered by mistake, cancelled (see `CancelRule`).
    case cancel
    case setCondition = "set-condition"
    case addOccupant = "add-occupant"
    /// Contact fields changed (phone, commune, NIA…).
    case editOccupant = "edit-occupant"
    /// A name or a CIN registered wrong, corrected with a reason.
    case correctOccupant = "correct-occupant"
    case importOccupants = "import-occupants"
    /// A call created, or moved to its next status.
    case callStatus = "call-status"
    /// An application filed to a call.
    case apply
    /// An application's admissibility, committee mark or withdrawal, set or corrected.
    case examineApplication = "examine-application"
    /// A ranking computed, frozen, or replaced by a new version.
    case rank
    /// An allocation run committed: its offers made.
    case offer
    /// An answer to an offer (accepted, declined, lapsed).
    case offerAnswer = "offer-answer"
    /// A convention signed, renewed, shortened or terminated.
    case convention
    /// A payment recorded against its receipt.
    case payment
    /// A mistaken payment reversed by a new entry.
    case reversePayment = "reverse-payment"
    /// A fee schedule set for a zone.
    case feeSchedule = "fee-schedule"

    public func name(in language: Language) -> String {
        switch self {
        case .initialize: return language.pick(fr: "chargé des fixtures", en: "loaded (fixtures)")
        case .assign: return language.pick(fr: "attribution", en: "allocation")
        case .release: return language.pick(fr: "libération", en: "release")
        case .transfer: return language.pick(fr: "transfert", en: "transfer")
        case .cancel: return language.pick(fr: "annulation", en: "cancellation")
        case .setCondition: return language.pick(fr: "état du local", en: "unit condition")
        case .addOccupant: return language.pick(fr: "nouvel occupant", en: "new occupant")
        case .editOccupant: return language.pick(fr: "fiche modifiée", en: "details changed")
        case .correctOccupant: return language.pick(fr: "correction", en: "correction")
        case .importOccupants: return language.pick(fr: "import", en: "import")
        case .callStatus: return language.pick(fr: "appel à candidatures", en: "call")
        case .apply: return language.pick(fr: "candidature", en: "application")
        case .examineApplication:
            return language.pick(fr: "examen du dossier", en: "file examined")
        case .rank: return language.pick(fr: "classement", en: "ranking")
        case .offer: return language.pick(fr: "offres", en: "offers")
        case .offerAnswer: return language.pick(fr: "réponse à l'offre", en: "offer answer")
        case .convention: return language.pick(fr: "convention", en: "convention")
        case .payment: return language.pick(fr: "paiement", en: "payment")
        case .reversePayment: return language.pick(fr: "contre-passation", en: "reversal")
        case .feeSchedule: return language.pick(fr: "barème", en: "fee schedule")
        }
    }
}
