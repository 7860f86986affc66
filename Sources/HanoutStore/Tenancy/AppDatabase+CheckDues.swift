import GRDB
import HanoutDomain

extension AppDatabase {
    /// The dues kept (`due`) against the dues the conventions, the schedules
    /// and the payments give now: a row missing, left over or with another
    /// amount or payment is a fault of the program, named by occupant.
    static func checkDues(_ db: Database) throws -> [IntegrityProblem] {
        var problems: [IntegrityProblem] = []
        let occupants = try Int64.fetchAll(
            db,
            sql: """
                SELECT a.occupant_id FROM convention c JOIN allocation a ON a.id = c.allocation_id
                UNION SELECT occupant_id FROM due
                """)
        for occupant in occupants {
            let (dues, payments) = try account(db, occupantID: occupant)
            let expected = Set(DueRecord.rows(dues: dues, payments: payments, occupantID: occupant))
            let kept = Set(
                try DueRecord.filter(DueRecord.Columns.occupantID == occupant).fetchAll(db))
            if kept != expected {
                problems.append(
                    IntegrityProblem(
                        french:
                            "Les échéances de l'occupant \(occupant) ne correspondent pas à ses conventions et paiements (\(kept.subtracting(expected).count) en trop, \(expected.subtracting(kept).count) manquantes)",
                        english:
                            "The dues of occupant \(occupant) disagree with its conventions and payments (\(kept.subtracting(expected).count) extra, \(expected.subtracting(kept).count) missing)"
                    ))
            }
        }
        return problems
    }
}
