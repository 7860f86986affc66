import GRDB
import HanoutDomain

/// A row of `offer`: a unit offered to an application, and its answer once given.
struct OfferRecord: Codable, FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "offer"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let applicationID = Column(CodingKeys.applicationID)
        static let unitID = Column(CodingKeys.unitID)
        static let madeOn = Column(CodingKeys.madeOn)
        static let answer = Column(CodingKeys.answer)
        static let answeredOn = Column(CodingKeys.answeredOn)
        static let allocationID = Column(CodingKeys.allocationID)
    }

    enum CodingKeys: String, CodingKey {
        case id, answer
        case applicationID = "application_id"
        case unitID = "unit_id"
        case madeOn = "made_on"
        case dueBy = "due_by"
        case answeredOn = "answered_on"
        case allocationID = "allocation_id"
    }

    var id: Int64?
    var applicationID: Int64
    var unitID: Int64
    var madeOn: String
    var dueBy: String
    var answer: String?
    var answeredOn: String?
    var allocationID: Int64?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The offer as the domain knows it, of the unit whose code is `unitCode`.
    func offer(unitCode: String) throws -> Offer {
        let made = try Day.stored(madeOn)
        let due = try Day.stored(dueBy)
        var answer: OfferAnswer?
        if let text = self.answer {
            guard let state = OfferState(rawValue: text), let day = answeredOn else {
                throw StoreError.corrupt("offer \(id ?? 0)")
            }
            answer = OfferAnswer(state, on: try Day.stored(day))
        }
        return Offer(
            id: id ?? 0, applicationID: applicationID, unitCode: unitCode, madeOn: made,
            validityDays: due.daysSinceEpoch - made.daysSinceEpoch, answer: answer)
    }
}

/// A row of `waiting_entry`: an applicant waiting for a unit of a zone and trade.
struct WaitingEntryRecord: Codable, FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "waiting_entry"

    enum Columns {
        static let applicationID = Column(CodingKeys.applicationID)
        static let zoneCode = Column(CodingKeys.zoneCode)
        static let tradeCode = Column(CodingKeys.tradeCode)
        static let joinedOn = Column(CodingKeys.joinedOn)
        static let rank = Column(CodingKeys.rank)
        static let leftOn = Column(CodingKeys.leftOn)
        static let leftWhy = Column(CodingKeys.leftWhy)
    }

    enum CodingKeys: String, CodingKey {
        case rank, total
        case applicationID = "application_id"
        case zoneCode = "zone_code"
        case tradeCode = "trade_code"
        case joinedOn = "joined_on"
        case leftOn = "left_on"
        case leftWhy = "left_why"
    }

    var applicationID: Int64
    var zoneCode: String
    var tradeCode: String
    var rank: Int
    var total: Int
    var joinedOn: String
    var leftOn: String?
    var leftWhy: String?

    init(_ entry: WaitingEntry) {
        applicationID = entry.applicationID
        zoneCode = entry.zoneCode
        tradeCode = entry.trade
        rank = entry.rank
        total = entry.total
        joinedOn = entry.joinedOn.iso
        leftOn = entry.left?.day.iso
        leftWhy = entry.left?.why.rawValue
    }
}
