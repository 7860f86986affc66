import GRDB
import HanoutDomain

/// One broken invariant found by `check`.
public struct IntegrityProblem: Hashable, Sendable {
    public var french: String
    public var english: String

    public func message(in language: Language) -> String {
        language.pick(fr: french, en: english)
    }
}

extension AppDatabase {
    /// Checks the file and every invariant the program relies on, on `today`.
    ///
    /// An empty list means all is well; anything else is listed, never
    /// summarised as "fine".
    public func check(today: Day) throws -> [IntegrityProblem] {
        try read { db in
            var problems: [IntegrityProblem] = []
            func add(_ fr: String, _ en: String) {
                problems.append(IntegrityProblem(french: fr, english: en))
            }
            for line in try String.fetchAll(db, sql: "PRAGMA integrity_check") where line != "ok" {
                add("Fichier SQLite abîmé : \(line)", "Damaged SQLite file: \(line)")
            }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                let table: String = row[0]
                add("Référence orpheline dans \(table)", "Dangling reference in \(table)")
            }
            let a = TableAlias(name: "a")
            let b = TableAlias(name: "b")
            let overlapSQL: SQL = """
                SELECT u.code, a.id AS first, b.id AS second FROM allocation a
                JOIN allocation b ON b.unit_id = a.unit_id AND b.id > a.id
                JOIN unit u ON u.id = a.unit_id
                WHERE \(AllocationRecord.overlap(a, b))
                """
            for row in try Row.fetchAll(db, SQLRequest(literal: overlapSQL)) {
                let (code, first, second): (String, Int64, Int64) = (row[0], row[1], row[2])
                add(
                    "\(code) : les attributions \(first) et \(second) se chevauchent",
                    "\(code): allocations \(first) and \(second) overlap")
            }
            let current = AllocationRecord.covers(today, a)
            let perOccupant: SQL = """
                SELECT u.zone_code, a.occupant_id, count(*) AS held, z.max_units_per_occupant
                FROM allocation a JOIN unit u ON u.id = a.unit_id JOIN zone z ON z.code = u.zone_code
                WHERE \(current) GROUP BY u.zone_code, a.occupant_id
                HAVING held > z.max_units_per_occupant
                """
            for row in try Row.fetchAll(db, SQLRequest(literal: perOccupant)) {
                let (zone, occupant, held): (String, Int64, Int) = (row[0], row[1], row[2])
                add(
                    "\(zone) : l'occupant \(occupant) tient \(held) locaux, au-delà du plafond",
                    "\(zone): occupant \(occupant) holds \(held) units, over the limit")
            }
            let perTrade: SQL = """
                SELECT u.zone_code, a.trade_code, count(*) AS held FROM allocation a
                JOIN unit u ON u.id = a.unit_id JOIN zone z ON z.code = u.zone_code
                WHERE \(current) AND z.max_units_per_trade IS NOT NULL
                GROUP BY u.zone_code, a.trade_code HAVING held > z.max_units_per_trade
                """
            for row in try Row.fetchAll(db, SQLRequest(literal: perTrade)) {
                let (zone, trade, held): (String, String, Int) = (row[0], row[1], row[2])
                add(
                    "\(zone) : \(held) locaux pour le métier \(trade), au-delà du plafond",
                    "\(zone): \(held) units for trade \(trade), over the limit")
            }
            let tradeRules = """
                SELECT a.id, u.code FROM allocation a JOIN unit u ON u.id = a.unit_id
                WHERE NOT EXISTS (SELECT 1 FROM occupant_trade t
                                  WHERE t.occupant_id = a.occupant_id AND t.trade_code = a.trade_code)
                   OR (a.override_reason IS NULL
                       AND EXISTS (SELECT 1 FROM unit_trade ut WHERE ut.unit_id = a.unit_id)
                       AND NOT EXISTS (SELECT 1 FROM unit_trade ut
                                       WHERE ut.unit_id = a.unit_id AND ut.trade_code = a.trade_code))
                """
            for row in try Row.fetchAll(db, sql: tradeRules) {
                let (id, code): (Int64, String) = (row[0], row[1])
                add(
                    "\(code) : l'attribution \(id) enfreint la règle des métiers sans dérogation",
                    "\(code): allocation \(id) breaks the trade rule with no override")
            }
            let onHeldUnits: SQL = """
                SELECT u.code, u.condition FROM allocation a JOIN unit u ON u.id = a.unit_id
                WHERE \(current) AND u.condition <> 'available'
                """
            for row in try Row.fetchAll(db, SQLRequest(literal: onHeldUnits)) {
                let (code, condition): (String, String) = (row[0], row[1])
                add(
                    "\(code) est occupé mais marqué « \(condition) »",
                    "\(code) is occupied but marked '\(condition)'")
            }
            let sameCard: SQL = """
                SELECT upper(cin), count(*) FROM occupant WHERE cin IS NOT NULL
                GROUP BY cin COLLATE NOCASE HAVING count(*) > 1
                """
            for row in try Row.fetchAll(db, SQLRequest(literal: sameCard)) {
                let (cin, count): (String, Int) = (row[0], row[1])
                add(
                    "La CIN \(cin) est celle de \(count) occupants (majuscules et minuscules confondues)",
                    "CIN \(cin) belongs to \(count) occupants (ignoring case)")
            }
            // A bulk install (a generated region) journals the range of its ids
            // in one entry rather than millions of lines.
            let unjournaled = """
                SELECT a.id FROM allocation a
                WHERE NOT EXISTS (
                    SELECT 1 FROM journal j WHERE j.action = 'init'
                      AND json_extract(j.after, '$.first') IS NOT NULL
                      AND a.id BETWEEN CAST(json_extract(j.after, '$.first') AS INTEGER)
                                   AND CAST(json_extract(j.after, '$.last') AS INTEGER))
                  AND (NOT EXISTS (
                    SELECT 1 FROM journal j WHERE j.action IN ('assign', 'init')
                      AND json_extract(j.after, '$.id') = CAST(a.id AS TEXT))
                   OR (a.ended_kind IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM journal j WHERE json_extract(j.after, '$.id') = CAST(a.id AS TEXT)
                      AND json_extract(j.after, '$.ended') = a.ended_kind
                      AND json_extract(j.after, '$.end') = a.end_day))
                   OR (a.cancelled_at IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM journal j WHERE j.action = 'cancel'
                      AND json_extract(j.after, '$.id') = CAST(a.id AS TEXT)
                      AND json_extract(j.after, '$.cancelled') = a.cancelled_at)))
                """
            for id in try Int64.fetchAll(db, sql: unjournaled) {
                add(
                    "L'attribution \(id) ne correspond pas au journal",
                    "Allocation \(id) disagrees with the journal")
            }
            for problem in try Self.checkDues(db) { add(problem.french, problem.english) }
            return problems
        }
    }
}
