import Foundation
import GRDB
import HanoutDomain

/// Fills a register with plausible tenancy data (issue 13), the same for the
/// same seed: a fee schedule for every zone, a convention for every
/// allocation running today, and the payments of the months since each
/// began; for benchmarks and for trying the program at national scale.
///
/// The payers are of a few kinds, so that the arrears list has debts of
/// every age: most pay each month a few days after it falls due, some skip
/// a month now and then (and catch up or not), some stopped paying at some
/// point in the last three years, a few never paid.
public struct TenancyGenerator: Sendable {
    public var seed: UInt64
    /// The day the conventions must cover, and the last day anyone paid.
    public var today: Day

    public init(seed: UInt64, today: Day) {
        self.seed = seed
        self.today = today
    }

    /// What was written, for the caller to say.
    public struct Summary: Hashable, Sendable {
        public var schedules: Int
        public var conventions: Int
        public var payments: Int
        public var dues: Int
    }

    /// The zones' schedules start then: before every generated allocation
    /// still running (the region generator spreads them from 1995).
    static let schedulesStart = Day(year: 1990, month: 1, day: 1) ?? Day(daysSinceEpoch: 7_305)
}

extension AppDatabase {
    /// The tables a tenancy generation writes. `allocation` is written too
    /// (the end of each allocation moves to its convention's end), one
    /// checked update at a time: see `generateTenancy`.
    static let tenancyTables = [
        "fee_schedule", "fee_rate", "convention", "convention_term", "payment", "due", "journal",
    ]

    /// Writes the tenancy data of a register that has none, in one
    /// transaction (a bulk write, `BulkWrite`).
    ///
    /// Each convention is what `signConvention` would record for the
    /// allocation: signed on its first day, for the zone's length (or as many
    /// times that length as it takes to cover `today`), at the schedule's
    /// rate on its first day, with the schedule's months of deposit, and the
    /// allocation made to end with it. The dues are the domain's
    /// (`Dues.of`, `Settlement`), as `writeDues` writes them, computed in
    /// memory occupant by occupant rather than read back from the database.
    ///
    /// The journal gets one entry for the whole install, as a generated
    /// region's: `check` compares an allocation's end with the journal only
    /// once the allocation has ended (released or transferred), and these
    /// stay running, so moving their ends leaves it nothing to disagree with.
    @discardableResult
    public func generateTenancy(_ generator: TenancyGenerator, by clerk: String) throws
        -> TenancyGenerator.Summary
    {
        try bulkWrite(checking: Self.tenancyTables) { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM convention") == 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM fee_schedule") == 0
            else {
                throw StoreError.internalInconsistency(
                    "tenancy data is generated in a register that has none")
            }
            let suspended = try SuspendedSchema.suspend(
                db, indexesOf: ["payment", "due", "convention_term"], triggers: [])
            var random = SplitMix64(seed: generator.seed)
            let time = timestamp()
            let schedules = try TenancyRows.insertSchedules(
                db, generator, random: &random, clerk: clerk)
            let summary = try TenancyRows.insertConventionsAndPayments(
                db, generator, schedules: schedules, random: &random, clerk: clerk, time: time)
            try suspended.restore(db)
            try Journal.append(
                db,
                JournalEntry(
                    at: time, clerk: clerk, action: .initialize,
                    after: Journal.json([
                        "conventions": String(summary.conventions),
                        "payments": String(summary.payments),
                    ]),
                    note: "generated tenancy: \(summary.schedules) fee schedules, "
                        + "\(summary.conventions) conventions (allocations ending with them), "
                        + "\(summary.payments) payments, seed \(generator.seed), "
                        + "today \(generator.today.iso)"))
            return summary
        }
    }
}

/// The rows of `generateTenancy`.
enum TenancyRows {
    /// A fee schedule per zone: one rate per unit for the whole zone, 300 to
    /// 800 MAD, revised up by 5 to 15 % on the first day of a month in the
    /// last three years.
    static func insertSchedules(
        _ db: Database, _ generator: TenancyGenerator, random: inout SplitMix64, clerk: String
    ) throws -> [String: FeeSchedule] {
        let zones = try String.fetchAll(db, sql: "SELECT code FROM zone ORDER BY code")
        var schedules = BatchInsert(
            into: "fee_schedule", columns: ["zone_code", "convention_months", "deposit_months"])
        var rates = BatchInsert(
            into: "fee_rate",
            columns: ["zone_code", "start_day", "end_day", "basis", "amount_centimes", "decision"])
        var result: [String: FeeSchedule] = [:]
        let lengths = [12, 24, 36, 60]
        let thisMonth = Month(of: generator.today)
        for zone in zones {
            let months = lengths[Int(random.next() % UInt64(lengths.count))]
            let deposit = Int(random.next() % 4)
            let first = Money(dirhams: 300 + 10 * Int64(random.next() % 51))
            let raised = first.scaled(by: 105 + Int64(random.next() % 11), over: 100)
            let revision = thisMonth.adding(months: -1 - Int(random.next() % 36)).firstDay
            let lines = [
                FeeRate(
                    period: Period(start: TenancyGenerator.schedulesStart, end: revision)
                        ?? Period(openFrom: revision),
                    basis: .perUnit, amount: first, decision: "ARR-\(zone)-1"),
                FeeRate(
                    period: Period(openFrom: revision), basis: .perUnit, amount: raised,
                    decision: "ARR-\(zone)-2"),
            ]
            schedules.append(zone)
            schedules.append(months)
            schedules.append(deposit)
            try schedules.flushIfFull(db)
            for line in lines {
                rates.append(zone)
                rates.append(line.period.start.iso)
                rates.append(line.period.end?.iso)
                rates.append(line.basis.rawValue)
                rates.append(line.amount.centimes)
                rates.append(line.decision)
                try rates.flushIfFull(db)
            }
            result[zone] = FeeSchedule(
                zoneCode: zone, conventionMonths: months, depositMonths: deposit, rates: lines)
        }
        try schedules.flush(db)
        try rates.flush(db)
        return result
    }

    /// How an occupant pays.
    enum Payer {
        /// Each month, a few days after it falls due.
        case punctual
        /// Each month, but skips one now and then, and most often pays it
        /// with the next.
        case irregular
        /// Paid each month until `stoppedOn`, then nothing.
        case stopped(Day)
        case never

        /// A payer; those who stopped did so evenly within each age band
        /// of the arrears list (under 30 days, 30 to 60, 60 to 90, more).
        static func draw(_ random: inout SplitMix64, today: Day) -> Payer {
            switch random.next() % 100 {
            case 0..<65: return .punctual
            case 65..<82: return .irregular
            case 82..<96:
                let band = Int(random.next() % 4)
                let days = band * 30 + Int(random.next() % (band == 3 ? 1_000 : 30))
                return .stopped(today.adding(days: -days))
            default: return .never
            }
        }
    }

    /// A convention for every allocation running on `today` (not ended, not
    /// cancelled), its allocation made to end with it, its occupant's
    /// payments and its dues. Every occupant the region generator makes holds
    /// one unit at most, but the dues are settled per occupant, so that an
    /// occupant with several conventions would be right too.
    static func insertConventionsAndPayments(
        _ db: Database, _ generator: TenancyGenerator, schedules: [String: FeeSchedule],
        random: inout SplitMix64, clerk: String, time: String
    ) throws -> TenancyGenerator.Summary {
        let today = generator.today
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT a.id, a.occupant_id, a.start_day, a.end_day, u.code, u.zone_code, u.area_m2
                FROM allocation a JOIN unit u ON u.id = a.unit_id
                WHERE a.cancelled_at IS NULL AND a.ended_kind IS NULL
                  AND a.start_day <= ? AND (a.end_day IS NULL OR a.end_day > ?)
                ORDER BY a.occupant_id, a.start_day, a.id
                """, arguments: [today.iso, today.iso])
        var conventions = BatchInsert(
            into: "convention",
            columns: [
                "number", "allocation_id", "signed_on", "monthly_fee_centimes",
                "deposit_centimes", "last_day",
            ])
        var terms = BatchInsert(
            into: "convention_term",
            columns: [
                "convention_number", "kind", "last_day", "reference", "recorded_on",
                "recorded_by",
            ])
        var payments = BatchInsert(
            into: "payment",
            columns: [
                "receipt", "occupant_id", "paid_on", "amount_centimes", "recorded_at",
                "recorded_by",
            ])
        var dueRows = BatchInsert(into: "due", columns: DueRecord.columns)
        // Each end moved by its own statement, so that the trigger that
        // refuses overlapping allocations sees every one; the row must still
        // be running, and its new end after its start.
        let moveEnd = try db.makeStatement(
            sql: """
                UPDATE allocation SET end_day = ?
                WHERE id = ? AND ended_kind IS NULL AND cancelled_at IS NULL AND start_day < ?
                """)
        var summary = TenancyGenerator.Summary(
            schedules: schedules.count, conventions: 0, payments: 0, dues: 0)
        var index = 0
        while index < rows.count {
            let occupant: Int64 = rows[index]["occupant_id"]
            var dues: [Due] = []
            while index < rows.count, (rows[index]["occupant_id"] as Int64) == occupant {
                let row = rows[index]
                index += 1
                let zone: String = row["zone_code"]
                guard let schedule = schedules[zone] else {
                    throw StoreError.internalInconsistency("no schedule for zone \(zone)")
                }
                let allocationID: Int64 = row["id"]
                let start = try Day.stored(row["start_day"])
                let unitCode: String = row["code"]
                let areaM2: Double? = row["area_m2"]
                // As many of the zone's lengths as it takes to cover today.
                var months = schedule.conventionMonths
                while Convention.lastDay(from: start, months: months) < today,
                    months + schedule.conventionMonths <= FeeSchedule.longestConventionMonths
                {
                    months += schedule.conventionMonths
                }
                let end = try (row["end_day"] as String?).map(Day.stored)
                guard let period = Period(start: start, end: end),
                    let fee = schedule.monthlyFee(forUnit: unitCode, areaM2: areaM2, on: start)
                else {
                    throw StoreError.internalInconsistency(
                        "allocation \(allocationID) cannot have a convention covering today")
                }
                let number = String(format: "CV-%08lld", allocationID)
                let convention = Convention.signing(
                    number: number, allocationID: allocationID, unitCode: unitCode,
                    occupantID: occupant, allocation: period, signedOn: start, months: months,
                    monthlyFee: fee, deposit: schedule.deposit(for: fee))
                let lastDay = convention.lastDay
                guard lastDay >= today, let term = convention.terms.first else {
                    throw StoreError.internalInconsistency(
                        "allocation \(allocationID) cannot have a convention covering today")
                }
                let deposit = convention.deposit
                conventions.append(number)
                conventions.append(allocationID)
                conventions.append(start.iso)
                conventions.append(fee.centimes)
                conventions.append(deposit.centimes)
                conventions.append(lastDay.iso)
                try conventions.flushIfFull(db)
                terms.append(number)
                terms.append(term.kind.code)
                terms.append(lastDay.iso)
                terms.append(number)
                terms.append(start.iso)
                terms.append(clerk)
                try terms.flushIfFull(db)
                try moveEnd.execute(arguments: [
                    lastDay.adding(days: 1).iso, allocationID, lastDay.adding(days: 1).iso,
                ])
                guard db.changesCount == 1 else {
                    throw StoreError.internalInconsistency(
                        "allocation \(allocationID): its end did not move")
                }
                summary.conventions += 1
                dues += Dues.of(convention, areaM2: areaM2, schedule: schedule, asOf: Day.latest)
            }
            let occupantPayments = paid(
                dues, occupant: occupant, payer: Payer.draw(&random, today: today), today: today,
                random: &random)
            for payment in occupantPayments {
                payments.append(payment.receipt)
                payments.append(payment.occupantID)
                payments.append(payment.paidOn.iso)
                payments.append(payment.amount.centimes)
                payments.append(time)
                payments.append(clerk)
                try payments.flushIfFull(db)
            }
            summary.payments += occupantPayments.count
            // The rows `AppDatabase.writeDues` keeps.
            for row in DueRecord.rows(dues: dues, payments: occupantPayments, occupantID: occupant)
            {
                row.append(to: &dueRows)
                try dueRows.flushIfFull(db)
                summary.dues += 1
            }
        }
        try conventions.flush(db)
        try terms.flush(db)
        try payments.flush(db)
        try dueRows.flush(db)
        return summary
    }

    /// An occupant's payments of the dues fallen due by `today`: each
    /// month's amount, a few days after it falls due, as its kind of payer
    /// pays. Receipts are the occupant's id and a count, unique in the register.
    static func paid(
        _ dues: [Due], occupant: Int64, payer: Payer, today: Day, random: inout SplitMix64
    ) -> [Payment] {
        var payments: [Payment] = []
        var skipped = Money.zero
        for due in dues.sorted(by: { $0.dueOn < $1.dueOn }) where due.days > 0 {
            let paidOn = due.dueOn.adding(days: Int(random.next() % 12))
            guard paidOn <= today, due.amount.isPositive else { continue }
            var amount = due.amount
            switch payer {
            case .punctual: break
            case .irregular:
                if random.next() % 8 == 0 {
                    // Three times in four, paid with the next month.
                    if random.next() % 4 != 0 { skipped += due.amount }
                    continue
                }
                amount += skipped
                skipped = .zero
            case .stopped(let day): if paidOn > day { continue }
            case .never: continue
            }
            payments.append(
                Payment(
                    receipt: String(format: "Q-%07lld-%03d", occupant, payments.count + 1),
                    occupantID: occupant, paidOn: paidOn, amount: amount))
        }
        return payments
    }
}
