import GRDB
import HanoutDomain

extension AppDatabase {
    /// Replays the calls of `calls.json` through the store's own actions,
    /// inside the install's transaction: every rule and trigger holds as for
    /// a clerk, and the journal reads as the clerk's days. The first action
    /// refused stops the replay (what follows depends on it) and is reported
    /// with its call and application; the caller then writes nothing.
    static func replay(_ file: CallsFile, _ db: Database) throws -> [ImportProblem] {
        for call in file.calls {
            var place = "\(call.reference)"
            do {
                try replay(call, by: file.clerk, db, place: &place)
            } catch let error as any ClerkError {
                return [
                    ImportProblem(
                        file: "calls.json", field: place, fr: error.message(in: .fr),
                        en: error.message(in: .en))
                ]
            }
        }
        return []
    }

    /// One call: created and opened on its first day, its files received,
    /// then its story step by step; `place` names what is being replayed.
    private static func replay(
        _ fixture: CallsFile.FixtureCall, by clerk: String, _ db: Database, place: inout String
    ) throws {
        let opening = time(fixture.opensOn)
        var call = try createCall(
            db, fixture.call, province: fixture.province, by: clerk, at: opening)
        call = try moveCall(db, call, to: .open, by: clerk, at: opening)
        var ids: [Int64] = []
        for (index, item) in fixture.applications.enumerated() {
            place = "\(call.filingNumber(index + 1))"
            let occupant = try Lookup.occupant(db, id: item.applicant)
            guard occupant.name == item.name else {
                throw ReplayRefused(
                    fr:
                        "l'occupant \(item.applicant) est « \(occupant.name) », pas « \(item.name) »",
                    en: "occupant \(item.applicant) is '\(occupant.name)', not '\(item.name)'")
            }
            ids.append(try apply(db, item.form, to: call.reference, by: clerk, at: item.filedAt).id)
        }
        for (index, step) in fixture.story.enumerated() {
            place = "\(call.reference): story[\(index)] \(step.action.rawValue) \(step.on.iso)"
            let at = time(step.on)
            switch step.action {
            case .close:
                call = try moveCall(
                    db, CallLookup.call(db, reference: call.reference).call, to: .closed, by: clerk,
                    at: at)
            case .examine:
                for (index, item) in fixture.applications.enumerated() {
                    place = "\(call.filingNumber(index + 1)) (examine \(step.on.iso))"
                    _ = try setAdmissibility(
                        db, applicationID: ids[index],
                        item.inadmissible.map { .inadmissible(reason: $0) } ?? .admissible,
                        newVersionReason: nil, by: clerk, at: at)
                    if let mark = item.mark {
                        _ = try setCommitteeMark(
                            db, applicationID: ids[index], mark: mark, newVersionReason: nil,
                            by: clerk, at: at)
                    }
                }
            case .rank:
                _ = try rank(
                    db, call: call.reference, seed: try need(step.seed, "seed"), by: clerk, at: at)
            case .freeze:
                _ = try freezeRanking(db, call: call.reference, by: clerk, at: at)
            case .inService:
                try changeCondition(
                    db, unitCode: try need(step.unit, "unit"), to: .available(note: step.note),
                    today: step.on, by: clerk, at: at)
            case .allocate:
                _ = try commitAllocation(db, call: call.reference, on: step.on, by: clerk, at: at)
            case .accept, .decline:
                let number = try need(step.application, "application")
                guard ids.indices.contains(number - 1) else {
                    throw StoreError.unknownApplication(call.filingNumber(number))
                }
                place = "\(call.filingNumber(number)) (\(step.action.rawValue) \(step.on.iso))"
                let offer = try CallLookup.offers(db, call: call.reference).last {
                    $0.applicationID == ids[number - 1] && $0.answer == nil
                }
                guard let offer else {
                    throw ReplayRefused(
                        fr: "aucune offre en attente pour ce dossier",
                        en: "no pending offer for this file")
                }
                if step.action == .accept {
                    _ = try acceptOffer(db, id: offer.id, on: step.on, by: clerk, at: at)
                } else {
                    _ = try declineOffer(db, id: offer.id, on: step.on, by: clerk, at: at)
                }
            case .lapse:
                _ = try lapseOffers(db, on: step.on, by: clerk, at: at)
            }
        }
    }

    /// A step's time: its day at nine, when the office opens; the journal
    /// keeps the steps' order by entry.
    private static func time(_ day: Day) -> String { "\(day.iso)T09:00:00Z" }

    private static func need<T>(_ value: T?, _ field: String) throws -> T {
        guard let value else {
            throw ReplayRefused(
                fr: "« \(field) » manque à l'étape", en: "the step lacks '\(field)'")
        }
        return value
    }
}

/// A step of `calls.json` that names nothing to act on.
private struct ReplayRefused: ClerkError {
    var fr: String
    var en: String

    func message(in language: Language) -> String { language.pick(fr: fr, en: en) }
}
