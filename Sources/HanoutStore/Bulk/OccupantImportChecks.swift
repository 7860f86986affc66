import GRDB
import HanoutDomain

/// What an import checks against the catalogue, the database and the rest
/// of the file: trades that exist, ids and CINs not already taken; and the
/// id each occupant will have.
struct OccupantImportChecks {
    let file: String
    private let knownTrades: Set<String>
    private var ids: OccupantIDs
    private var cinsInFile: Set<String> = []
    private let registered: RegisteredCINs

    /// Checks for the lines of `file`, of which there are about `expectedLines`.
    init(_ db: Database, file: String, expectedLines: Int) throws {
        self.file = file
        knownTrades = Set(try String.fetchAll(db, sql: "SELECT code FROM trade"))
        ids = try OccupantIDs(db)
        registered = try RegisteredCINs(db, expectedLines: expectedLines)
    }

    /// The problems of `occupant`, read on `line`; when there is none, the
    /// occupant has its id.
    mutating func check(_ db: Database, _ occupant: inout Occupant, line: Int) throws
        -> [ImportProblem]
    {
        var problems: [ImportProblem] = []
        for trade in occupant.trades where !knownTrades.contains(trade) {
            problems.append(
                ImportProblem(
                    file: file, line: line, field: "trades",
                    fr: "métier inconnu « \(trade) » (voir `hanout trades`)",
                    en: "unknown trade '\(trade)' (see `hanout trades`)"))
        }
        if occupant.id != 0 {
            if try !ids.claim(db, occupant.id) {
                problems.append(
                    ImportProblem(
                        file: file, line: line, field: "id",
                        fr: "l'id \(occupant.id) existe déjà",
                        en: "id \(occupant.id) already exists"))
            }
        } else if let id = ids.next() {
            occupant.id = id
        } else {
            problems.append(
                ImportProblem(
                    file: file, line: line, field: "id",
                    fr: "plus aucun id libre après le plus grand",
                    en: "no id left after the largest"))
        }
        if let cin = occupant.cin {
            if !cinsInFile.insert(cin).inserted {
                problems.append(
                    ImportProblem(
                        file: file, line: line, field: "cin",
                        fr: "la CIN \(cin) figure deux fois dans le fichier",
                        en: "CIN \(cin) appears twice in the file"))
            } else if try registered.contains(db, cin) {
                problems.append(
                    ImportProblem(
                        file: file, line: line, field: "cin",
                        fr: "la CIN \(cin) est déjà enregistrée",
                        en: "CIN \(cin) is already registered"))
            }
        }
        return problems
    }
}
