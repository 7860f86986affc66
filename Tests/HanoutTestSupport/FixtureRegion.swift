import Foundation
import HanoutStore

/// The region of the fixtures installed in a database in memory, with the
/// journal's clock given (stopped, so that what it shows is the same in every run).
public func fixtureRegion(now: @escaping @Sendable () -> Date = Date.init) throws -> AppDatabase {
    let database = try AppDatabase.inMemory(now: now)
    try database.install(try FixtureSet.load(from: TestRepository.fixtures), by: "test")
    return database
}
