/// Where a call for applications stands.
///
/// A call moves forward only, one step at a time, so that every published
/// list (the ranking, the offers) comes from a call that was closed first:
/// draft → open → closed → ranked → allocated → archived. A draft nobody
/// opened may be archived directly (a call abandoned before publication).
public enum CallStatus: String, CaseIterable, Sendable, Codable {
    case draft
    case open
    case closed
    case ranked
    case allocated
    case archived

    /// The statuses this one may move to.
    public var next: [CallStatus] {
        switch self {
        case .draft: return [.open, .archived]
        case .open: return [.closed]
        case .closed: return [.ranked]
        case .ranked: return [.allocated]
        case .allocated: return [.archived]
        case .archived: return []
        }
    }

    /// The move to `status`, or the refusal that says which moves are allowed.
    public func moving(to status: CallStatus, call reference: String) -> Result<
        CallStatus, CallRefusal
    > {
        guard next.contains(status) else {
            return .failure(
                .wrongStatus(call: reference, from: self, to: status, allowed: next))
        }
        return .success(status)
    }

    public func name(in language: Language) -> String {
        switch self {
        case .draft: return language.pick(fr: "brouillon", en: "draft")
        case .open: return language.pick(fr: "ouvert", en: "open")
        case .closed: return language.pick(fr: "clos", en: "closed")
        case .ranked: return language.pick(fr: "classé", en: "ranked")
        case .allocated: return language.pick(fr: "attribué", en: "allocated")
        case .archived: return language.pick(fr: "archivé", en: "archived")
        }
    }
}
