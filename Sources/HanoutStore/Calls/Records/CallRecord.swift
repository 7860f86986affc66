import Foundation
import GRDB
import HanoutDomain

/// A row of `call`; its units are rows of `call_unit`, its trades of `call_trade`.
struct CallRecord: Codable, FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "call"

    enum Columns {
        static let reference = Column("reference")
        static let zoneCode = Column("zone_code")
        static let opensOn = Column("opens_on")
        static let status = Column("status")
    }

    var reference: String
    var zoneCode: String
    var title: String
    var opensOn: String
    var closesOn: String
    var startsOn: String
    var gridCode: String
    /// The province the zone's commune is in, for the residence criteria.
    var province: String
    /// A JSON array of names.
    var documentsRequired: String
    var strikesAllowed: Int
    var offerValidityDays: Int
    var mode: String
    var status: String

    enum CodingKeys: String, CodingKey {
        case reference, title, province, mode, status
        case zoneCode = "zone_code"
        case opensOn = "opens_on"
        case closesOn = "closes_on"
        case startsOn = "starts_on"
        case gridCode = "grid_code"
        case documentsRequired = "documents_required"
        case strikesAllowed = "strikes_allowed"
        case offerValidityDays = "offer_validity_days"
    }

    init(_ call: Call, province: String) {
        reference = call.reference
        zoneCode = call.zoneCode
        title = call.title
        opensOn = call.opensOn.iso
        closesOn = call.closesOn.iso
        startsOn = call.startsOn.iso
        gridCode = call.gridCode
        self.province = province
        documentsRequired = StoredJSON.text(call.documentsRequired)
        strikesAllowed = call.strikesAllowed
        offerValidityDays = call.offerValidityDays
        mode = call.mode.rawValue
        status = call.status.rawValue
    }

    /// The call as the domain knows it, with its units and trades.
    func call(units: [OfferedUnit], trades: [String]) throws -> Call {
        guard let mode = AllocationMode(rawValue: mode),
            let status = CallStatus(rawValue: status),
            let documents = StoredJSON.value([String].self, documentsRequired)
        else { throw StoreError.corrupt("call \(reference)") }
        return Call(
            reference: reference, zoneCode: zoneCode, title: title, units: units, trades: trades,
            opensOn: try Day.stored(opensOn), closesOn: try Day.stored(closesOn),
            startsOn: try Day.stored(startsOn), gridCode: gridCode, documentsRequired: documents,
            strikesAllowed: strikesAllowed, offerValidityDays: offerValidityDays, mode: mode,
            status: status)
    }
}

/// A row of `call_unit`: a unit a call offers, and when one under works will be ready.
struct CallUnitRecord: Codable, FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "call_unit"

    enum Columns {
        static let callReference = Column("call_reference")
        static let unitID = Column("unit_id")
    }

    var callReference: String
    var unitID: Int64
    var readyBy: String?

    enum CodingKeys: String, CodingKey {
        case callReference = "call_reference"
        case unitID = "unit_id"
        case readyBy = "ready_by"
    }
}

/// A row of `call_trade`: a trade a call covers (a call with none covers any).
struct CallTradeRecord: Codable, FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "call_trade"

    enum Columns {
        static let callReference = Column("call_reference")
        static let tradeCode = Column("trade_code")
    }

    var callReference: String
    var tradeCode: String

    enum CodingKeys: String, CodingKey {
        case callReference = "call_reference"
        case tradeCode = "trade_code"
    }
}

/// JSON kept in a column: written with sorted keys so the same value is the same text.
enum StoredJSON {
    static func text(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    static func value<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
