import GRDB
import HanoutDomain

extension AppDatabase {
    /// The zones named, each with its units on `day`; every zone, by code, when `names` is nil.
    ///
    /// A zone is named by its code or its name, as `hanout units` takes it
    /// (see ``zone(matching:)``); one named twice comes once, where it was
    /// first named. This is what a report is made of, for `hanout print` and
    /// the print dialog alike. History is append-only, so any day works: a
    /// past day gives who held each unit then, a future day the allocations
    /// already decided. One read, so every zone is seen at the same moment.
    public func occupancy(ofZones names: [String]?, on day: Day) throws -> [ZoneOccupancy] {
        try read { db in
            let zones: [Zone]
            if let names {
                var seen: Set<String> = []
                zones = try names.map { try Lookup.zone(db, matching: $0) }
                    .filter { seen.insert($0.code).inserted }
            } else {
                zones = try ZoneRecord.order(ZoneRecord.Columns.code).fetchAll(db)
                    .map { try $0.zone() }
            }
            return try zones.map { zone in
                ZoneOccupancy(zone: zone, units: try Self.units(db, inZone: zone.code, on: day))
            }
        }
    }
}
