import HanoutDomain
import Testing

@testable import HanoutStore

@Suite struct OccupantExportTests {
    /// The export's merge of two scans gives each occupant as the directory
    /// does, trades in the order declared (not by code), in id order.
    @Test func everyOccupantComesInIdOrderWithItsTradesInTheirOrder() throws {
        let database = try smallDatabase()
        try database.importOccupants(
            csv: Array(BulkImportTests.csv(count: 300).utf8), file: "f.csv", by: "c")
        var exported: [Occupant] = []
        try database.eachOccupant { exported.append($0) }
        let listed = try database.occupants().sorted { $0.id < $1.id }
        #expect(exported.count == 303)
        #expect(exported == listed)
        #expect(
            exported.contains { $0.trades == ["SER", "MEN"] }, "a rank unlike the codes' order")
        #expect(exported.first { $0.id == 3 }?.trades == ["MEN", "SER"])
    }
}
