import Foundation
import GRDB
import HanoutDomain

/// Appends to the journal: who, when, what, before and after.
enum Journal {
    static func append(_ db: Database, _ entry: JournalEntry) throws {
        var record = JournalRecord(entry)
        try record.insert(db)
    }

    /// An allocation as the journal keeps it: a small, stable JSON object.
    static func snapshot(_ allocation: Allocation) -> String {
        let fields: [String: String?] = [
            "id": String(allocation.id), "unit": allocation.unitCode,
            "occupant": String(allocation.occupantID), "trade": allocation.trade,
            "start": allocation.period.start.iso, "end": allocation.period.end?.iso,
            "decision": allocation.decision, "override": allocation.overrideReason,
            "ended": allocation.ending?.kind.rawValue, "reason": allocation.ending?.reason,
            "cancelled": allocation.cancellation?.at,
            "cancel_reason": allocation.cancellation?.reason,
        ]
        return json(fields)
    }

    /// A unit's condition as the journal keeps it: the condition, and who
    /// it is reserved for, the note and the last day when there are some.
    static func condition(_ unit: HanoutDomain.Unit) -> String {
        json([
            "condition": unit.condition.rawValue,
            "reserved_for": unit.detail.reservedFor.map { String($0) },
            "note": unit.detail.note, "until": unit.detail.until?.iso,
        ])
    }

    /// The details `condition` wrote (none from an entry written before they were kept).
    static func conditionDetail(_ fields: [String: String]) -> ConditionDetail {
        ConditionDetail(
            reservedFor: fields["reserved_for"].flatMap { Int64($0) }, note: fields["note"],
            until: fields["until"].flatMap { Day($0) })
    }

    /// The fields of a JSON object the journal wrote (empty when there is none).
    static func fields(_ json: String?) -> [String: String] {
        guard let json else { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
    }

    static func json(_ fields: [String: String?]) -> String {
        let present = fields.compactMapValues { $0 }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(present) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
