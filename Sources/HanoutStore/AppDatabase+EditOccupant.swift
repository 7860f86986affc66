import GRDB
import HanoutDomain

extension AppDatabase {
    /// Saves the clerk's changes to a registered occupant; gives it back as saved.
    ///
    /// Contact fields (category, NIA, phone, commune, registration, members)
    /// change freely, journaled before and after. A name or a CIN is changed
    /// only as a correction with its `correctionReason` (the journal's trigger
    /// refuses it otherwise, v10), and the search words follow at once. The
    /// kind and the trades are not changed here: allocations were judged on them.
    @discardableResult
    public func edit(_ edited: Occupant, correctionReason: String?, by clerk: String) throws
        -> Occupant
    {
        try write { db in
            let current = try Lookup.occupant(db, id: edited.id)
            var saved = edited
            saved.kind = current.kind
            saved.trades = current.trades
            saved.cin = Occupant.keptCIN(edited.cin)
            if let (field, problem) = OccupantFieldRule.problems(of: saved).first {
                throw OccupantFieldRefused(field: field, problem: problem)
            }
            let changes = OccupantChanges(from: current, to: saved)
            guard !changes.isEmpty else { return current }
            let reason = correctionReason?.trimmedOfWhitespace ?? ""
            if changes.correctsIdentity && reason.isEmpty {
                throw StoreError.correctionNeedsReason
            }
            if let cin = saved.cin, cin != current.cin,
                let holder = try Lookup.occupant(db, cin: cin), holder.id != saved.id
            {
                throw StoreError.cinTaken(cin: cin, by: holder.name, id: holder.id)
            }
            try Journal.append(
                db,
                JournalEntry(
                    at: timestamp(), clerk: clerk,
                    action: changes.correctsIdentity ? .correctOccupant : .editOccupant,
                    occupantID: saved.id, before: Journal.json(changes.before),
                    after: Journal.json(changes.after),
                    note: changes.correctsIdentity ? reason : nil))
            let record = OccupantRecord(saved)
            try db.execute(
                sql: """
                    UPDATE occupant SET category = ?, nia = ?, phone = ?, commune = ?,
                        registration = ?, members = ?
                    WHERE id = ?
                    """,
                arguments: [
                    record.category, record.nia, record.phone, record.commune,
                    record.registration, record.members, saved.id,
                ])
            if changes.correctsIdentity {
                // After the journal's entry: the trigger checks it is there.
                try db.execute(
                    sql: "UPDATE occupant SET name = ?, name_key = ?, cin = ? WHERE id = ?",
                    arguments: [record.name, record.nameKey, record.cin, saved.id])
            }
            if changes.changesSearchWords {
                try OccupantWordWriter.replace(
                    db, id: saved.id, old: current, oldNameKey: TextKey.fold(current.name),
                    new: saved, newNameKey: record.nameKey)
            }
            // As written: the fields saved, the kind and trades it had.
            return saved
        }
    }
}

/// The fields a clerk's edit changes, as the journal keeps them.
struct OccupantChanges {
    var before: [String: String?] = [:]
    var after: [String: String?] = [:]
    /// Whether the name or the CIN changes: a correction, with a reason.
    var correctsIdentity = false
    /// Whether the words the search finds the occupant by change.
    var changesSearchWords = false

    init(from old: Occupant, to new: Occupant) {
        let fields: [(String, String?, String?)] = [
            ("name", old.name, new.name), ("cin", old.cin, new.cin),
            ("category", old.category?.rawValue, new.category?.rawValue),
            ("nia", old.nia, new.nia), ("phone", old.phone, new.phone),
            ("commune", old.commune, new.commune),
            ("registration", old.registration, new.registration),
            ("members", old.members.map(String.init), new.members.map(String.init)),
        ]
        for (name, was, now) in fields where was != now {
            // A field emptied shows as "" in `after`, so the entry says it was cleared.
            before[name] = .some(was ?? "")
            after[name] = .some(now ?? "")
            if name == "name" || name == "cin" { correctsIdentity = true }
            if name == "name" || name == "cin" || name == "phone" { changesSearchWords = true }
        }
    }

    var isEmpty: Bool { after.isEmpty }
}
