import Foundation
import GRDB
import HanoutDomain

extension AppDatabase {
    /// The offers of a call (every call when nil), the first made first.
    public func offers(call reference: String? = nil) throws -> [Offer] {
        try read { db in
            let canonical = try reference.map {
                try CallLookup.call(db, reference: $0).call.reference
            }
            return try CallLookup.offers(db, call: canonical)
        }
    }

    /// Accepts an offer on `day`: the allocation is made through the same
    /// path as any assignment (every rule, the overlap trigger), with the
    /// call's reference as its decision; the applicant leaves the waiting list.
    ///
    /// Refused, with nothing written, when the offer lapsed or its unit went to
    /// someone else meanwhile (named).
    @discardableResult
    public func acceptOffer(id: Int64, on day: Day, by clerk: String) throws -> Allocation {
        try write { db in try Self.acceptOffer(db, id: id, on: day, by: clerk, at: timestamp()) }
    }

    static func acceptOffer(
        _ db: Database, id: Int64, on day: Day, by clerk: String, at time: String
    ) throws -> Allocation {
        let (record, offer) = try CallLookup.offer(db, id: id)
        let state = offer.state(on: day)
        if state == .lapsed {
            throw CallRefusal.offerLapsed(offer: id, unit: offer.unitCode, dueBy: offer.dueBy)
        }
        guard state == .pending else {
            throw CallRefusal.offerAnswered(offer: id, answer: state)
        }
        let application = try CallLookup.application(db, id: offer.applicationID)
        let (call, _) = try CallLookup.call(db, reference: application.callReference)
        let zone = try Lookup.zone(db, code: call.zoneCode)
        let period = Self.offerPeriod(call: call, zone: zone, acceptedOn: day)
        let taken = try Lookup.allocations(
            db, AllocationRecord.all().ofUnit(id: record.unitID).overlapping(period))
        if let holder = taken.first {
            throw CallRefusal.unitTakenMeanwhile(
                offer: id, unit: offer.unitCode,
                by: try Lookup.occupantName(db, id: holder.occupantID))
        }
        let allocation = try Self.assign(
            db,
            AllocationRequest(
                unitCode: offer.unitCode, occupantID: application.occupantID,
                trade: application.trade, period: period, decision: call.reference,
                note: application.filingNumber),
            by: clerk, at: time)
        try OfferRecord.filter(key: id).updateAll(
            db, OfferRecord.Columns.answer.set(to: OfferState.accepted.rawValue),
            OfferRecord.Columns.answeredOn.set(to: day.iso),
            OfferRecord.Columns.allocationID.set(to: allocation.id))
        try Self.journalAnswer(db, offer, application, .accepted, on: day, by: clerk, at: time)
        try Self.leaveWaitingList(db, applicationID: application.id, on: day, why: .placed)
        return allocation
    }

    /// Records that the applicant declined an offer on `day`: it counts as a
    /// strike, and the unit is offered to the next in line. Gives back the
    /// offer made to the next in line, if anyone waits.
    @discardableResult
    public func declineOffer(id: Int64, on day: Day, by clerk: String) throws -> Offer? {
        try write { db in try Self.declineOffer(db, id: id, on: day, by: clerk, at: timestamp()) }
    }

    static func declineOffer(
        _ db: Database, id: Int64, on day: Day, by clerk: String, at time: String
    ) throws -> Offer? {
        let (_, offer) = try CallLookup.offer(db, id: id)
        let state = offer.state(on: day)
        guard state == .pending else {
            throw CallRefusal.offerAnswered(offer: id, answer: state)
        }
        return try Self.refuse(db, offer, as: .declined, on: day, by: clerk, at: time)
    }

    /// Records as lapsed every pending offer whose day passed before `day`
    /// (found by date, not by a timer) and offers each unit to the next in
    /// line. Gives back the new offers made.
    @discardableResult
    public func lapseOffers(on day: Day, by clerk: String) throws -> [Offer] {
        try write { db in try Self.lapseOffers(db, on: day, by: clerk, at: timestamp()) }
    }

    static func lapseOffers(_ db: Database, on day: Day, by clerk: String, at time: String)
        throws -> [Offer]
    {
        let pending = try CallLookup.offers(db, call: nil).filter {
            $0.answer == nil && $0.state(on: day) == .lapsed
        }
        var made: [Offer] = []
        for offer in pending {
            let lapsedOn = offer.dueBy.adding(days: 1)
            if let next = try Self.refuse(
                db, offer, as: .lapsed, on: lapsedOn, by: clerk, at: time)
            {
                made.append(next)
            }
        }
        return made
    }

    /// A declined or lapsed offer: recorded, counted, and the unit passed on.
    static func refuse(
        _ db: Database, _ offer: Offer, as state: OfferState, on day: Day, by clerk: String,
        at time: String
    ) throws -> Offer? {
        try OfferRecord.filter(key: offer.id).updateAll(
            db, OfferRecord.Columns.answer.set(to: state.rawValue),
            OfferRecord.Columns.answeredOn.set(to: day.iso))
        let application = try CallLookup.application(db, id: offer.applicationID)
        let (call, _) = try CallLookup.call(db, reference: application.callReference)
        try journalAnswer(db, offer, application, state, on: day, by: clerk, at: time)
        let offers = try OfferRecord.filter(OfferRecord.Columns.applicationID == application.id)
            .fetchAll(db).map { try $0.offer(unitCode: "") }
        if Strikes.isStruckOff(offers, on: day, strikesAllowed: call.strikesAllowed) {
            try leaveWaitingList(db, applicationID: application.id, on: day, why: .struckOff)
        } else if try WaitingEntryRecord.fetchOne(db, key: application.id) == nil,
            let entry = try CallLookup.latestRanking(db, call: call.reference)?
                .entry(of: application.id)
        {
            // Placed by the run and refused: they wait again, in their rank.
            try WaitingEntryRecord(
                WaitingEntry(
                    applicationID: application.id, occupantID: application.occupantID,
                    callReference: call.reference, zoneCode: call.zoneCode,
                    trade: application.trade, rank: entry.rank, total: entry.total, joinedOn: day)
            ).insert(db)
        }
        return try offerToNextInLine(db, unitCode: offer.unitCode, on: day, by: clerk, at: time)
    }

    /// Offers a unit to the first waiting applicant of its zone whose trade it
    /// allows and who has not had it offered already, if any.
    static func offerToNextInLine(
        _ db: Database, unitCode: String, on day: Day, by clerk: String, at time: String
    ) throws -> Offer? {
        let (unitID, unit) = try Lookup.unit(db, code: unitCode)
        let alreadyOffered = Set(
            try OfferRecord.filter(OfferRecord.Columns.unitID == unitID)
                .select(OfferRecord.Columns.applicationID, as: Int64.self).fetchAll(db))
        let waiting = try waitingEntries(db, zoneCode: unit.zoneCode, trade: nil)
            .filter { $0.left == nil && unit.allows(trade: $0.trade) }
        let list = WaitingList(zoneCode: unit.zoneCode, trade: "", entries: waiting)
        guard let next = list.nextInLine(excluding: alreadyOffered) else { return nil }
        let application = try CallLookup.application(db, id: next.applicationID)
        let (call, _) = try CallLookup.call(db, reference: application.callReference)
        var record = OfferRecord(
            applicationID: next.applicationID, unitID: unitID, madeOn: day.iso,
            dueBy: day.adding(days: call.offerValidityDays).iso)
        try record.insert(db)
        let offer = try record.offer(unitCode: unit.code)
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: .offer, unitCode: unit.code,
                occupantID: application.occupantID, decision: application.filingNumber,
                after: Journal.json([
                    "offer": String(offer.id), "application": String(application.id),
                    "due_by": offer.dueBy.iso, "rank": String(next.rank),
                ]), note: "next in line"))
        return offer
    }

    /// The days an accepted offer's allocation covers: the fair's dates, else
    /// open-ended from the call's start, or from the day it is accepted if later.
    static func offerPeriod(call: Call, zone: Zone, acceptedOn day: Day) -> Period {
        if let season = zone.season, season.start >= call.startsOn { return season }
        return Period(openFrom: max(call.startsOn, day))
    }

    static func journalAnswer(
        _ db: Database, _ offer: Offer, _ application: Application, _ state: OfferState,
        on day: Day, by clerk: String, at time: String
    ) throws {
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: .offerAnswer, unitCode: offer.unitCode,
                occupantID: application.occupantID, decision: application.filingNumber,
                before: Journal.json(["offer": String(offer.id), "answer": "pending"]),
                after: Journal.json([
                    "offer": String(offer.id), "answer": state.rawValue, "day": day.iso,
                ])))
    }
}
