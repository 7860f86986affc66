import Foundation
import GRDB
import HanoutDomain
import HanoutStore
import Synchronization
import TerminalKit

/// The benchmark database with its tenancy (issue 13): a copy where every
/// allocation running on the benchmarks' day has its convention, the zones
/// their fee schedules, and the occupants the payments of the years since
/// their allocations began (`TenancyGenerator`).
///
/// Made once per database file and day, kept in the work folder under the
/// source's name and modification time; the source itself is only copied,
/// never opened. Opening the copy brings it to this program's schema first
/// (a national register of an older build runs its migrations then): the
/// time of that and of the generation are printed, not measured.
struct TenancyCopy: Sendable {
    static let seed: UInt64 = 13

    var path: String
    /// The zone with the most units, and its place in the zones list.
    var zone: String
    var zoneIndex: Int
    var units: Int

    /// The copy for `settings.database`, made if not there yet.
    static func prepared(settings: BenchSettings) throws -> TenancyCopy {
        let path = try settings.derivedCopy("tenancy", tag: "-\(settings.today.iso)") {
            try make($0, from: settings)
        }
        return try read(path)
    }

    /// Copies the database to `path` (through a `.part` file, so that an
    /// interrupted setup leaves nothing that looks made) and generates its tenancy.
    static func make(_ path: String, from settings: BenchSettings) throws {
        let part = path + ".part"
        WriteDriver.remove(part)
        var clock = ContinuousClock.now
        func lap(_ what: String) {
            let now = ContinuousClock.now
            note("\(what): \(now - clock)")
            clock = now
        }
        try FileManager.default.copyItem(atPath: settings.database, toPath: part)
        if FileManager.default.fileExists(atPath: settings.database + "-wal") {
            try FileManager.default.copyItem(
                atPath: settings.database + "-wal", toPath: part + "-wal")
        }
        lap("tenancy copy: copied \(settings.database)")
        let database = try AppDatabase.open(at: part)
        lap("tenancy copy: opened (migrations to this build's schema, if any)")
        let summary = try database.generateTenancy(
            TenancyGenerator(seed: seed, today: settings.today), by: "bench")
        lap(
            "tenancy copy: generated \(summary.schedules) schedules, \(summary.conventions) "
                + "conventions, \(summary.payments) payments, \(summary.dues) dues")
        try database.close()
        let queue = try DatabaseQueue(path: part)
        try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        try queue.close()
        for suffix in ["-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: part + suffix)
        }
        try FileManager.default.moveItem(atPath: part, toPath: path)
        let size =
            ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
        note("tenancy copy: \(path), \(size / 1_048_576) MiB")
    }

    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// What the copy at `path` holds: its largest zone and where it is listed.
    static func read(_ path: String) throws -> TenancyCopy {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT zone_code, count(*) AS units FROM unit
                        GROUP BY zone_code ORDER BY units DESC, zone_code LIMIT 1
                        """),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM convention") ?? 0 > 0
            else { throw BenchFailure("\(path): no zone, or no convention") }
            let zone: String = row["zone_code"]
            // The zones list is in the order of their codes.
            let index =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM zone WHERE code < ?", arguments: [zone]) ?? 0
            return TenancyCopy(path: path, zone: zone, zoneIndex: index, units: row["units"])
        }
    }

    /// A session on the copy, on the zones list.
    func onZones(_ settings: BenchSettings) -> BenchSettings {
        var settings = settings
        settings.database = path
        return settings
    }

    /// The session on the copy: down the zones list to the largest zone, into
    /// it, `R` for its rack, `-` to see it by weeks (80 weeks read: over a
    /// year); checked to be there.
    func rack(_ settings: BenchSettings) -> SessionStart {
        let copy = self
        return SessionStart(
            settings: onZones(settings),
            keys: Array(repeating: .down, count: zoneIndex) + [.enter, .char("R"), .char("-")]
        ) { session in
            guard case .rack(let rack) = session.top else { return "not on a rack" }
            guard rack.zoneCode == copy.zone, rack.scale == .weeks,
                let loaded = rack.rack, loaded.unitCodes.count == copy.units,
                loaded.columns.count >= 52
            else {
                return "on the rack of \(rack.zoneCode) by \(rack.scale), "
                    + "\(rack.rack?.unitCodes.count ?? 0) units and \(rack.rack?.columns.count ?? 0) "
                    + "columns, not \(copy.zone) by weeks with \(copy.units) units over a year"
            }
            return nil
        }
    }
}

/// Payments on a copy of the tenancy copy (removed afterwards): occupants
/// with a convention running today, found before the measurement.
final class PaymentDriver: Sendable {
    let database: AppDatabase
    let occupants: [Int64]
    let today: Day
    /// Payments made so far: each receipt is new, warm-up rounds included.
    let made = Mutex(0)

    init(settings: BenchSettings, copy: TenancyCopy) throws {
        let target = Self.path(settings.workFolder)
        WriteDriver.remove(target)
        try FileManager.default.copyItem(atPath: copy.path, toPath: target)
        // Spread over the register: occupants with dues, one id in 97.
        let queue = try DatabaseQueue(path: target)
        occupants = try queue.read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT occupant_id FROM due INDEXED BY due_by_occupant
                    WHERE occupant_id % 97 = 0 LIMIT 200
                    """)
        }
        try queue.close()
        guard !occupants.isEmpty else { throw BenchFailure("nobody with dues to pay") }
        database = try AppDatabase.open(at: target)
        today = settings.today
    }

    /// A payment of 100 MAD against a receipt of its own.
    func pay() throws {
        let index = made.withLock { count in
            count += 1
            return count
        }
        try database.pay(
            Payment(
                receipt: "BENCH-\(getpid())-\(index)",
                occupantID: occupants[index % occupants.count],
                paidOn: today, amount: Money(dirhams: 100)),
            today: today, by: "bench")
    }

    static func path(_ work: String) -> String {
        work.appendingPath("payment-\(getpid()).sqlite")
    }
}
