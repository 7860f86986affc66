import GRDB
import HanoutDomain

/// A row of `convention`: the agreement behind an allocation, with its
/// current last day (its terms are rows of `convention_term`).
struct ConventionRecord: Codable, FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "convention"

    enum Columns {
        static let number = Column(CodingKeys.number)
        static let allocationID = Column(CodingKeys.allocationID)
        static let lastDay = Column(CodingKeys.lastDay)
        static let terminated = Column(CodingKeys.terminated)
    }

    enum CodingKeys: String, CodingKey {
        case number, terminated
        case allocationID = "allocation_id"
        case signedOn = "signed_on"
        case monthlyFeeCentimes = "monthly_fee_centimes"
        case depositCentimes = "deposit_centimes"
        case lastDay = "last_day"
    }

    var number: String
    var allocationID: Int64
    var signedOn: String
    var monthlyFeeCentimes: Int64
    var depositCentimes: Int64
    var lastDay: String
    var terminated: Bool
}

/// A row of `convention_term`: signing, a renewal, a shortening or a termination.
struct ConventionTermRecord: Codable, FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "convention_term"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let conventionNumber = Column(CodingKeys.conventionNumber)
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, reference
        case conventionNumber = "convention_number"
        case lastDay = "last_day"
        case recordedOn = "recorded_on"
        case recordedBy = "recorded_by"
    }

    var id: Int64?
    var conventionNumber: String
    var kind: String
    var lastDay: String
    var reference: String
    var recordedOn: String
    var recordedBy: String

    init(_ term: ConventionTerm, of number: String, by clerk: String) {
        conventionNumber = number
        kind = term.kind.code
        lastDay = term.lastDay.iso
        reference = term.reference
        recordedOn = term.recordedOn.iso
        recordedBy = clerk
    }

    func term() throws -> ConventionTerm {
        guard let kind = ConventionTermKind(code: kind) else {
            throw StoreError.corrupt("convention term kind '\(kind)'")
        }
        return ConventionTerm(
            kind: kind, lastDay: try Day.stored(lastDay), reference: reference,
            recordedOn: try Day.stored(recordedOn))
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
