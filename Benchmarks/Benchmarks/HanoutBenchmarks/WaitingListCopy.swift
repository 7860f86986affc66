import Foundation
import GRDB
import HanoutDomain
import HanoutStore
import TerminalKit

/// The benchmark database with a long waiting list (issue 12): a copy where
/// one call on one zone put 100,000 admissible applicants on that zone's
/// waiting list for one trade, in line.
///
/// Made once per database file, kept in the work folder under the source's
/// name and modification time; the source itself is only copied, never
/// opened. The call goes through the store, as a clerk's would; its files and
/// the entries are written in bulk SQL, as `WaitingPageTests` does (100,000
/// applies would take minutes). The applicants are the database's first
/// occupants: one file per applicant and call, so a database of fewer than
/// 100,000 occupants (the smoke region has 10,000) gives a list of as many.
struct WaitingListCopy: Sendable {
    static let reference = "BENCH-ATTENTE-01"
    static let wanted = 100_000

    var path: String
    var zone: String
    var trade: String
    /// How many wait: 100,000, or every occupant of a smaller database.
    var count: Int
    /// The zone's place in the zones list (by code), for the keys that go there.
    var zoneIndex: Int

    /// The copy for `settings.database`, made if not there yet.
    static func prepared(settings: BenchSettings) throws -> WaitingListCopy {
        let path = try settings.derivedCopy("waiting-list") { try make($0, from: settings) }
        let copy = try read(path)
        if copy.count < wanted {
            FileHandle.standardError.write(
                Data(
                    ("note: the benchmark database has \(copy.count) occupants, fewer than "
                        + "\(wanted): its waiting list holds \(copy.count) applicants\n").utf8))
        }
        return copy
    }

    /// Copies the database to `path` (through a `.part` file, so that an
    /// interrupted setup leaves nothing that looks made) and fills the list.
    static func make(_ path: String, from settings: BenchSettings) throws {
        let part = path + ".part"
        WriteDriver.remove(part)
        try FileManager.default.copyItem(atPath: settings.database, toPath: part)
        if FileManager.default.fileExists(atPath: settings.database + "-wal") {
            try FileManager.default.copyItem(
                atPath: settings.database + "-wal", toPath: part + "-wal")
        }
        // The store: brings the copy to this program's schema, keeps the
        // fixtures' grids, and creates the call.
        let database = try AppDatabase.open(at: part)
        let grids = try FixtureSet.load(from: URL(fileURLWithPath: settings.fixtures)).grids
        for grid in grids { try database.saveGrid(grid) }
        guard let grid = grids.first else { throw BenchFailure("no scoring grid in the fixtures") }
        let (zone, unit) = try zoneWithNoWaitingList(database, on: settings.today)
        guard let trade = unit.allowedTrades.first else {
            throw BenchFailure("unit \(unit.code) allows no trade")
        }
        let today = settings.today
        try database.createCall(
            Call(
                reference: reference, zoneCode: zone, title: "Liste d'attente de mesure",
                units: [OfferedUnit(unitCode: unit.code)], trades: [trade],
                opensOn: today.adding(days: -90), closesOn: today.adding(days: -60),
                startsOn: today.adding(days: -30), gridCode: grid.code),
            province: "Tiznit", by: "bench")
        try database.close()
        // The files and the entries, in bulk: admissible (no reason given),
        // filed the same morning, in line by rank, joined the same day.
        let queue = try DatabaseQueue(path: part)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO application
                        (call_reference, number, filed_at, occupant_id, trade_code, facts)
                    SELECT ?, row_number() OVER (ORDER BY id), ?, id, ?, '{}'
                    FROM (SELECT id FROM occupant ORDER BY id LIMIT ?);
                    INSERT INTO waiting_entry
                        (application_id, zone_code, trade_code, rank, total, joined_on)
                    SELECT id, ?, ?, number, 100 - 100 * number / (? + 1), ?
                    FROM application WHERE call_reference = ?;
                    """,
                arguments: [
                    reference, today.adding(days: -75).iso + "T09:00:00Z", trade, wanted,
                    zone, trade, wanted, today.adding(days: -45).iso, reference,
                ])
        }
        try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        try queue.close()
        for suffix in ["-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: part + suffix)
        }
        try FileManager.default.moveItem(atPath: part, toPath: path)
    }

    /// The first zone of the list with a unit and nobody waiting for any of its
    /// trades (so that its list opens on the benchmark's trade), and that unit.
    static func zoneWithNoWaitingList(_ database: AppDatabase, on today: Day) throws
        -> (String, HanoutDomain.Unit)
    {
        var offset = 0
        while true {
            let zones = try database.zoneSummaries(on: today, offset: offset, limit: 20)
            if zones.isEmpty { throw BenchFailure("no zone with a unit and no waiting list") }
            offset += zones.count
            for summary in zones where summary.units > 0 {
                let code = summary.zone.code
                let waiting = try database.waitingPage(
                    zone: code, trade: nil, offset: 0, limit: 1, counting: true)
                guard waiting.total == 0,
                    let unit = try database.units(inZone: code, on: today).first(where: {
                        !$0.unit.allowedTrades.isEmpty
                    })
                else { continue }
                return (code, unit.unit)
            }
        }
    }

    /// What the copy at `path` holds: the call's zone and trade, how many wait.
    static func read(_ path: String) throws -> WaitingListCopy {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            guard
                let zone = try String.fetchOne(
                    db, sql: "SELECT zone_code FROM call WHERE reference = ?",
                    arguments: [reference]),
                let trade = try String.fetchOne(
                    db, sql: "SELECT trade_code FROM call_trade WHERE call_reference = ?",
                    arguments: [reference])
            else { throw BenchFailure("\(path): no call \(reference)") }
            let count =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM application a
                        JOIN waiting_entry w ON w.application_id = a.id
                        WHERE a.call_reference = ? AND a.inadmissible_reason IS NULL
                            AND a.withdrawn_on IS NULL AND w.left_on IS NULL
                        """, arguments: [reference]) ?? 0
            // The zones list is in the order of their codes.
            let index =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM zone WHERE code < ?", arguments: [zone]) ?? 0
            guard count > 0 else { throw BenchFailure("\(path): nobody waits") }
            return WaitingListCopy(
                path: path, zone: zone, trade: trade, count: count, zoneIndex: index)
        }
    }

    /// The session on the copy: down the zones list to the zone, into it,
    /// then `W`; checked to be on its waiting list of `count`, in line.
    func start(_ settings: BenchSettings) -> SessionStart {
        var settings = settings
        settings.database = path
        let copy = self
        return SessionStart(
            settings: settings,
            keys: Array(repeating: .down, count: zoneIndex) + [.enter, .char("W")]
        ) { session in
            guard case .waitingList(let screen) = session.top else {
                return "not on a waiting list"
            }
            guard screen.zoneCode == copy.zone, screen.trade == copy.trade else {
                return "on the waiting list of \(screen.zoneCode) for \(screen.trade ?? "none"), "
                    + "not \(copy.zone) for \(copy.trade)"
            }
            guard screen.list.total == copy.count else {
                return "the waiting list shows \(screen.list.total ?? 0) waiting, not \(copy.count)"
            }
            guard let first = screen.list.row(at: 0),
                first.entry.callReference == Self.reference, first.entry.rank == 1
            else { return "the waiting list does not begin with the call's first in line" }
            return nil
        }
    }
}

/// Where a key benchmark's session opens: its database, the keys that bring
/// it to the screen measured, and the check that it is there.
struct SessionStart: Sendable {
    var settings: BenchSettings
    var keys: [Key]
    var check: @MainActor @Sendable (AppSession) -> String?
}
