import GRDB
import HanoutDomain

/// A call with the counts the Calls screen shows beside it.
public struct CallSummary: Hashable, Sendable {
    public var call: Call
    public var applications: Int
    /// Files admissible and not withdrawn: those a ranking would rank.
    public var admissible: Int
    public var offers: Int
    /// Offers accepted: applicants who got a unit from the call.
    public var placed: Int

    public init(call: Call, applications: Int, admissible: Int, offers: Int, placed: Int) {
        self.call = call
        self.applications = applications
        self.admissible = admissible
        self.offers = offers
        self.placed = placed
    }
}

/// An application with the applicant's name, as a screen lists it.
public struct ApplicationLine: Hashable, Sendable {
    public var application: Application
    public var applicant: String

    public init(application: Application, applicant: String) {
        self.application = application
        self.applicant = applicant
    }
}

/// Everything the call screen and the ranking screen show of one call,
/// read in one transaction so the counts, files and ranking agree.
public struct CallFile: Hashable, Sendable {
    public var summary: CallSummary
    public var applications: [ApplicationLine]
    /// Every version of the ranking, the first first (both stay visible).
    public var rankings: [Ranking]
    /// The committee mark's cap in the call's grid, if the grid has one.
    public var markCap: Int?
    /// The units the call offers, in its order (the applicant picker ranks
    /// people for the first).
    public var units: [HanoutDomain.Unit]

    public var call: Call { summary.call }
    public var ranking: Ranking? { rankings.last }

    /// The line of the application `id`, if it is the call's.
    public func line(of id: Int64) -> ApplicationLine? {
        applications.first { $0.application.id == id }
    }
}

extension AppDatabase {
    /// Every call with its counts, the latest opened first.
    public func callSummaries() throws -> [CallSummary] {
        try read { db in
            try CallRecord.order(CallRecord.Columns.opensOn.desc, CallRecord.Columns.reference)
                .fetchAll(db).map {
                    try Self.summary(db, CallLookup.call(db, reference: $0.reference).call)
                }
        }
    }

    /// One call with its files, applicants' names, ranking versions and mark cap.
    public func callFile(_ reference: String) throws -> CallFile {
        try read { db in
            let (call, _) = try CallLookup.call(db, reference: reference)
            let applications = try CallLookup.applications(db, call: call.reference)
            let names = try Dictionary(
                Row.fetchAll(
                    db,
                    sql: """
                        SELECT o.id, o.name FROM occupant o
                        JOIN application a ON a.occupant_id = o.id WHERE a.call_reference = ?
                        """, arguments: [call.reference]
                ).map { row -> (Int64, String) in (row[0], row[1]) },
                uniquingKeysWith: { first, _ in first })
            let grid = try CallLookup.grid(db, code: call.gridCode)
            return CallFile(
                summary: try Self.summary(db, call),
                applications: applications.map {
                    ApplicationLine(application: $0, applicant: names[$0.occupantID] ?? "?")
                },
                rankings: try CallLookup.rankings(db, call: call.reference),
                markCap: grid.committeeMarkCriterion?.cap,
                units: try call.units.map { try Lookup.unit(db, code: $0.unitCode).unit })
        }
    }

    static func summary(_ db: Database, _ call: Call) throws -> CallSummary {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT count(*),
                    count(*) FILTER (WHERE inadmissible_reason IS NULL AND withdrawn_on IS NULL),
                    (SELECT count(*) FROM offer o JOIN application b ON b.id = o.application_id
                        WHERE b.call_reference = ?1),
                    (SELECT count(*) FROM offer o JOIN application b ON b.id = o.application_id
                        WHERE b.call_reference = ?1 AND o.answer = 'accepted')
                FROM application WHERE call_reference = ?1
                """, arguments: [call.reference])
        return CallSummary(
            call: call, applications: row?[0] ?? 0, admissible: row?[1] ?? 0,
            offers: row?[2] ?? 0, placed: row?[3] ?? 0)
    }
}
