import Foundation
import GRDB
import HanoutDomain

/// A row of `payment`: money paid against a receipt. Never edited.
struct PaymentRecord: Codable, FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "payment"

    enum Columns {
        static let receipt = Column(CodingKeys.receipt)
        static let occupantID = Column(CodingKeys.occupantID)
        static let paidOn = Column(CodingKeys.paidOn)
    }

    enum CodingKeys: String, CodingKey {
        case receipt, months
        case occupantID = "occupant_id"
        case paidOn = "paid_on"
        case amountCentimes = "amount_centimes"
        case recordedAt = "recorded_at"
        case recordedBy = "recorded_by"
    }

    var receipt: String
    var occupantID: Int64
    var paidOn: String
    var amountCentimes: Int64
    /// The months named, as a JSON array of `YYYY-MM`.
    var months: String
    var recordedAt: String
    var recordedBy: String

    init(_ payment: Payment, at time: String, by clerk: String) {
        receipt = payment.receipt
        occupantID = payment.occupantID
        paidOn = payment.paidOn.iso
        amountCentimes = payment.amount.centimes
        let named = payment.months.map(\.iso)
        months = String(
            decoding: (try? JSONEncoder().encode(named)) ?? Data("[]".utf8), as: UTF8.self)
        recordedAt = time
        recordedBy = clerk
    }

    /// Read with the row's columns by name: a payment's dues are settled
    /// from all the occupant's payments, and decoding them through `Codable`
    /// was a tenth of the time of recording one.
    init(row: Row) throws {
        receipt = row[Columns.receipt]
        occupantID = row[Columns.occupantID]
        paidOn = row[Columns.paidOn]
        amountCentimes = row[CodingKeys.amountCentimes.rawValue]
        months = row[CodingKeys.months.rawValue]
        recordedAt = row[CodingKeys.recordedAt.rawValue]
        recordedBy = row[CodingKeys.recordedBy.rawValue]
    }

    func payment(reversal: PaymentReversal?) throws -> Payment {
        // Most payments name no month: no decoder for them.
        let named =
            months == "[]" ? [] : try JSONDecoder().decode([String].self, from: Data(months.utf8))
        let parsed = named.compactMap(Month.init)
        guard parsed.count == named.count else {
            throw StoreError.corrupt("payment months \(months)")
        }
        return Payment(
            receipt: receipt, occupantID: occupantID, paidOn: try Day.stored(paidOn),
            amount: Money(centimes: amountCentimes), months: parsed, reversal: reversal)
    }
}

/// A row of `payment_reversal`: the entry that cancels a mistaken payment.
struct PaymentReversalRecord: Codable, FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "payment_reversal"

    enum Columns {
        static let receipt = Column(CodingKeys.receipt)
    }

    enum CodingKeys: String, CodingKey {
        case receipt, reason
        case reversedOn = "reversed_on"
        case recordedAt = "recorded_at"
        case recordedBy = "recorded_by"
    }

    var receipt: String
    var reversedOn: String
    var reason: String
    var recordedAt: String
    var recordedBy: String

    func reversal() throws -> PaymentReversal {
        PaymentReversal(on: try Day.stored(reversedOn), reason: reason)
    }
}

/// A row of `due`: a month's fee of a convention, and what has been paid of it.
struct DueRecord: Codable, FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "due"

    enum Columns {
        static let conventionNumber = Column(CodingKeys.conventionNumber)
        static let occupantID = Column(CodingKeys.occupantID)
        static let dueOn = Column(CodingKeys.dueOn)
        static let amountCentimes = Column(CodingKeys.amountCentimes)
        static let paidCentimes = Column(CodingKeys.paidCentimes)
    }

    enum CodingKeys: String, CodingKey {
        case month, days
        case conventionNumber = "convention_number"
        case occupantID = "occupant_id"
        case unitCode = "unit_code"
        case dueOn = "due_on"
        case amountCentimes = "amount_centimes"
        case paidCentimes = "paid_centimes"
    }

    var conventionNumber: String
    var month: String
    var occupantID: Int64
    var unitCode: String
    var dueOn: String
    var days: Int
    var amountCentimes: Int64
    var paidCentimes: Int64

    /// The rows an occupant's dues and payments give: every due to the
    /// conventions' ends, settled with every payment counted, none of no day.
    /// What `writeDues` keeps, `checkDues` expects and the generator writes.
    static func rows(dues: [Due], payments: [Payment], occupantID: Int64) -> [DueRecord] {
        Settlement(dues: dues, payments: payments, asOf: Day.latest).dues
            .filter { $0.due.days > 0 }
            .map { DueRecord($0, occupantID: occupantID) }
    }

    /// Read with the row's columns by name (see `PaymentRecord.init(row:)`).
    init(row: Row) throws {
        conventionNumber = row[Columns.conventionNumber]
        month = row[CodingKeys.month.rawValue]
        occupantID = row[Columns.occupantID]
        unitCode = row[CodingKeys.unitCode.rawValue]
        dueOn = row[Columns.dueOn]
        days = row[CodingKeys.days.rawValue]
        amountCentimes = row[Columns.amountCentimes]
        paidCentimes = row[Columns.paidCentimes]
    }

    /// The row's primary key, as the table compares it (the convention's
    /// number without regard to case).
    var key: String { conventionNumber.uppercased() + " " + month }

    /// Appends the row's values to a bulk insert of `due`, in `columns` order.
    func append(to batch: inout BatchInsert) {
        batch.append(conventionNumber)
        batch.append(month)
        batch.append(occupantID)
        batch.append(unitCode)
        batch.append(dueOn)
        batch.append(days)
        batch.append(amountCentimes)
        batch.append(paidCentimes)
    }

    /// The columns `append(to:)` fills.
    static let columns = [
        "convention_number", "month", "occupant_id", "unit_code", "due_on", "days",
        "amount_centimes", "paid_centimes",
    ]

    init(_ settled: SettledDue, occupantID: Int64) {
        conventionNumber = settled.due.conventionNumber
        month = settled.due.month.iso
        self.occupantID = occupantID
        unitCode = settled.due.unitCode
        dueOn = settled.due.dueOn.iso
        days = settled.due.days
        amountCentimes = settled.due.amount.centimes
        paidCentimes = settled.paid.centimes
    }
}

/// A row of `fee_rate`, and the schedule's own row.
struct FeeRateRecord: Codable, FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "fee_rate"

    enum Columns {
        static let zoneCode = Column(CodingKeys.zoneCode)
        static let startDay = Column(CodingKeys.startDay)
    }

    enum CodingKeys: String, CodingKey {
        case id, basis, decision
        case zoneCode = "zone_code"
        case startDay = "start_day"
        case endDay = "end_day"
        case amountCentimes = "amount_centimes"
        case unitCodes = "unit_codes"
    }

    var id: Int64?
    var zoneCode: String
    var startDay: String
    var endDay: String?
    var basis: String
    var amountCentimes: Int64
    var unitCodes: String
    var decision: String?

    init(_ rate: FeeRate, zone: String) {
        zoneCode = zone
        startDay = rate.period.start.iso
        endDay = rate.period.end?.iso
        basis = rate.basis.rawValue
        amountCentimes = rate.amount.centimes
        unitCodes = String(
            decoding: (try? JSONEncoder().encode(rate.unitCodes)) ?? Data("[]".utf8), as: UTF8.self)
        decision = rate.decision
    }

    func rate() throws -> FeeRate {
        let start = try Day.stored(startDay)
        let end = try endDay.map(Day.stored)
        guard let period = Period(start: start, end: end), let basis = FeeBasis(rawValue: basis)
        else { throw StoreError.corrupt("fee rate \(startDay)") }
        let units = try JSONDecoder().decode([String].self, from: Data(unitCodes.utf8))
        return FeeRate(
            period: period, basis: basis, amount: Money(centimes: amountCentimes), unitCodes: units,
            decision: decision)
    }
}
