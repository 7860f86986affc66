import GRDB
import HanoutDomain

/// A row of `application`: a file filed to a call. Its documents and
/// preferences are rows of their own tables.
struct ApplicationRecord: Codable, FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "application"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let callReference = Column(CodingKeys.callReference)
        static let number = Column(CodingKeys.number)
        static let occupantID = Column(CodingKeys.occupantID)
        static let committeeMark = Column(CodingKeys.committeeMark)
        static let inadmissibleReason = Column(CodingKeys.inadmissibleReason)
        static let withdrawnOn = Column(CodingKeys.withdrawnOn)
    }

    enum CodingKeys: String, CodingKey {
        case id, number, facts
        case callReference = "call_reference"
        case filedAt = "filed_at"
        case occupantID = "occupant_id"
        case tradeCode = "trade_code"
        case acceptsOtherUnits = "accepts_other_units"
        case committeeMark = "committee_mark"
        case inadmissibleReason = "inadmissible_reason"
        case lateReason = "late_reason"
        case withdrawnOn = "withdrawn_on"
    }

    var id: Int64?
    var callReference: String
    var number: Int
    var filedAt: String
    var occupantID: Int64
    var tradeCode: String
    var acceptsOtherUnits: Bool
    /// `ApplicantFacts` as JSON, the committee's mark left out (it has its column).
    var facts: String
    var committeeMark: Int?
    var inadmissibleReason: String?
    var lateReason: String?
    var withdrawnOn: String?

    init(_ application: Application) {
        id = application.id == 0 ? nil : application.id
        callReference = application.callReference
        number = application.number
        filedAt = application.filedAt
        occupantID = application.occupantID
        tradeCode = application.trade
        acceptsOtherUnits = application.acceptsOtherUnits
        var facts = application.facts
        facts.committeeMark = nil
        self.facts = StoredJSON.text(facts)
        committeeMark = application.facts.committeeMark
        if case .inadmissible(let reason) = application.admissibility {
            inadmissibleReason = reason
        }
        lateReason = application.lateReason
        withdrawnOn = application.withdrawnOn?.iso
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The application as the domain knows it.
    func application(preferences: [String], documents: [ReceivedDocument]) throws -> Application {
        guard let id, var facts = StoredJSON.value(ApplicantFacts.self, self.facts) else {
            throw StoreError.corrupt("application \(id ?? 0)")
        }
        facts.committeeMark = committeeMark
        return Application(
            id: id, callReference: callReference, number: number, filedAt: filedAt,
            occupantID: occupantID, trade: tradeCode, preferences: preferences,
            acceptsOtherUnits: acceptsOtherUnits, documents: documents, facts: facts,
            admissibility: inadmissibleReason.map { .inadmissible(reason: $0) } ?? .admissible,
            lateReason: lateReason, withdrawnOn: try withdrawnOn.map(Day.stored))
    }
}

/// A row of `application_document`: a document of the file and the day it came in.
struct ApplicationDocumentRecord: Codable, FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "application_document"

    enum Columns {
        static let applicationID = Column(CodingKeys.applicationID)
    }

    enum CodingKeys: String, CodingKey {
        case name
        case applicationID = "application_id"
        case receivedOn = "received_on"
    }

    var applicationID: Int64
    var name: String
    var receivedOn: String
}

/// A row of `application_preference`: a unit the applicant asks for, in order from 1.
struct ApplicationPreferenceRecord: Codable, FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "application_preference"

    enum Columns {
        static let applicationID = Column(CodingKeys.applicationID)
        static let rank = Column(CodingKeys.rank)
    }

    enum CodingKeys: String, CodingKey {
        case rank
        case applicationID = "application_id"
        case unitID = "unit_id"
    }

    var applicationID: Int64
    var rank: Int
    var unitID: Int64
}
