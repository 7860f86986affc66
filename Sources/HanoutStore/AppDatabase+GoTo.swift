import Foundation
import GRDB
import HanoutDomain

extension AppDatabase {
    /// The zone, unit or occupant that `text` names, or nil when none does.
    ///
    /// `#109` is occupant 109 only; a bare number is an occupant first (no
    /// code is all digits in the register, but a zone may be coded so), then
    /// a code. A code is a unit's (`AOU-04`) or a zone's (`AOU`), any case;
    /// last, a zone's name when it names one zone alone (`tafraout`).
    public func goToTarget(_ text: String) throws -> GoToTarget? {
        let typed = text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return nil }
        return try read { db in
            if typed.hasPrefix("#") {
                guard let id = Int64(typed.dropFirst()) else { return nil }
                return try Self.occupantExists(db, id: id) ? .occupant(id: id) : nil
            }
            if let id = Int64(typed), try Self.occupantExists(db, id: id) {
                return .occupant(id: id)
            }
            if let unit = try UnitRecord.withCode(typed).fetchOne(db) {
                return .unit(code: unit.code, zoneCode: unit.zoneCode)
            }
            if let zone = try ZoneRecord.withCode(typed).fetchOne(db) {
                return .zone(code: zone.code)
            }
            // A name that fits several zones, or none, names nothing.
            do {
                return .zone(code: try Lookup.zone(db, matching: typed).code)
            } catch StoreError.unknownZone(_) {
                return nil
            }
        }
    }

    static func occupantExists(_ db: Database, id: Int64) throws -> Bool {
        try OccupantRecord.exists(db, key: id)
    }
}
