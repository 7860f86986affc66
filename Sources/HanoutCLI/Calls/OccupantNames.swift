import HanoutDomain
import HanoutStore

/// Occupants' names for a listing, each read once however often it shows.
struct OccupantNames {
    let database: AppDatabase
    private var known: [Int64: String] = [:]

    init(_ database: AppDatabase) {
        self.database = database
    }

    mutating func name(_ id: Int64) throws -> String {
        if let name = known[id] { return name }
        let name = try database.occupant(id: id).name
        known[id] = name
        return name
    }
}
