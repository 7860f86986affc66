import Foundation
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// Reservations with their holder and last day, works with their end, and
/// back in service: what is kept, journaled and refused.
@Suite struct ConditionTests {
    static let today = day("2026-12-01")

    static func database() throws -> AppDatabase {
        try smallDatabase {
            Date(timeIntervalSince1970: TimeInterval(today.daysSinceEpoch * 86_400 + 36_000))
        }
    }

    func reserve(
        _ database: AppDatabase, _ unit: String = "AOU-01", for occupant: Int64 = 3,
        until: String? = "2026-12-31", today: Day = Self.today
    ) throws {
        try database.changeCondition(
            unitCode: unit,
            to: .reserve(for: occupant, reason: "Dossier en cours", until: until.map(day)),
            today: today, by: "fatima")
    }

    @Test func aReservationKeepsItsHolderReasonAndLastDay() throws {
        let database = try Self.database()
        try reserve(database)
        let unit = try database.unit(code: "AOU-01", on: Self.today).unit
        #expect(unit.condition == .reserved)
        #expect(
            unit.detail
                == ConditionDetail(
                    reservedFor: 3, reservedForName: "Coopérative Tifaout",
                    note: "Dossier en cours", until: day("2026-12-31")))
        #expect(
            unit.conditionSummary(on: Self.today, in: .en)
                == "reserved for Coopérative Tifaout (#3) until 31 Dec 2026 — Dossier en cours")
        let entry = try #require(try database.journal(unitCode: "AOU-01").last)
        #expect(entry.action == .setCondition && entry.clerk == "fatima")
        #expect(entry.occupantID == 3 && entry.note == "Dossier en cours")
        #expect(entry.before == #"{"condition":"available"}"#)
        #expect(
            entry.after
                == #"{"condition":"reserved","note":"Dossier en cours","reserved_for":"3","until":"2026-12-31"}"#
        )
    }

    @Test func onlyTheHolderMayBeAssignedAReservedUnitAndThatTakesTheReservation() throws {
        let database = try Self.database()
        try reserve(database)
        #expect(
            throws: AllocationRefused(reasons: [
                .unitReserved(
                    unit: "AOU-01", holder: "Coopérative Tifaout", until: day("2026-12-31"))
            ])
        ) { try database.assign(request("AOU-01", 1), by: "c") }
        try database.assign(request("AOU-01", 3), by: "c")
        let unit = try database.unit(code: "AOU-01", on: Self.today).unit
        #expect(unit.condition == .available && unit.detail == ConditionDetail())
    }

    @Test func anExpiredReservationIsSaidSoAndKeepsNoOneOut() throws {
        let database = try Self.database()
        try reserve(database, until: "2026-12-05")
        let later = day("2026-12-06")
        let unit = try database.unit(code: "AOU-01", on: later).unit
        #expect(unit.reservationExpired(on: later) && !unit.reservationExpired(on: Self.today))
        #expect(
            unit.conditionSummary(on: later, in: .fr)
                == "réservation pour Coopérative Tifaout (n° 3) expirée le 05/12/2026 — Dossier en cours"
        )
        try database.assign(request("AOU-01", 1, from: "2026-12-06"), by: "c")
        #expect(try database.unit(code: "AOU-01", on: later).occupant?.id == 1)
    }

    @Test func cancellingTheAllocationGivesTheReservationBackWithItsHolder() throws {
        let database = try Self.database()
        try reserve(database)
        try database.assign(request("AOU-01", 3), by: "c")
        try database.cancel(unitCode: "AOU-01", reason: "Erreur", today: Self.today, by: "c")
        let unit = try database.unit(code: "AOU-01", on: Self.today).unit
        #expect(unit.condition == .reserved && unit.detail.reservedFor == 3)
        #expect(unit.detail.until == day("2026-12-31") && unit.detail.note == "Dossier en cours")
    }

    @Test func worksKeepTheirNoteAndExpectedEndThenTheUnitGoesBackInService() throws {
        let database = try Self.database()
        try database.changeCondition(
            unitCode: "AOU-02", to: .works(note: "Toiture", until: day("2027-03-31")),
            today: Self.today, by: "c")
        var unit = try database.unit(code: "AOU-02", on: Self.today)
        #expect(unit.state == .underWorks)
        #expect(
            unit.unit.conditionSummary(on: Self.today, in: .en)
                == "under works until 31 Mar 2027 — Toiture")
        try database.changeCondition(
            unitCode: "AOU-02", to: .available(note: "Travaux finis"), today: Self.today, by: "c")
        unit = try database.unit(code: "AOU-02", on: Self.today)
        #expect(unit.state == .vacant && unit.unit.detail == ConditionDetail())
        let entry = try #require(try database.journal(unitCode: "AOU-02").last)
        #expect(entry.before == #"{"condition":"works","note":"Toiture","until":"2027-03-31"}"#)
        #expect(entry.after == #"{"condition":"available"}"#)
        #expect(entry.note == "Travaux finis")
    }

    @Test func whatTheStoreRefusesLeavesTheUnitAsItWas() throws {
        let database = try Self.database()
        try database.assign(request("AOU-01", 1), by: "c")
        #expect(throws: StoreError.unitAllocated(unit: "AOU-01", holder: "Brahim Aït Lahcen")) {
            try reserve(database)
        }
        #expect(throws: StoreError.reasonRequired) {
            try database.changeCondition(
                unitCode: "AOU-02", to: .reserve(for: 3, reason: "  ", until: nil),
                today: Self.today, by: "c")
        }
        #expect(throws: StoreError.noteRequired) {
            try database.changeCondition(
                unitCode: "AOU-02", to: .works(note: "", until: nil), today: Self.today, by: "c")
        }
        #expect(throws: StoreError.untilPassed(day("2026-11-30"))) {
            try reserve(database, "AOU-02", until: "2026-11-30")
        }
        #expect(throws: StoreError.unknownOccupant(99)) {
            try reserve(database, "AOU-02", for: 99)
        }
        #expect(throws: StoreError.alreadyAvailable(unit: "AOU-02")) {
            try database.changeCondition(
                unitCode: "AOU-02", to: .available(note: nil), today: Self.today, by: "c")
        }
        try reserve(database, "AOU-02")
        let reserved = StoreError.unitReserved(
            unit: "AOU-02", holder: "Coopérative Tifaout", until: day("2026-12-31"))
        #expect(throws: reserved) { try reserve(database, "AOU-02", for: 2) }
        #expect(throws: reserved) {
            try database.changeCondition(
                unitCode: "AOU-02", to: .works(note: "Toiture", until: nil), today: Self.today,
                by: "c")
        }
        // Renewed for its holder, in place.
        try reserve(database, "AOU-02", until: "2027-01-31")
        #expect(
            try database.unit(code: "AOU-02", on: Self.today).unit.detail.until == day("2027-01-31")
        )
        #expect(
            try database.journal(unitCode: "AOU-02").filter { $0.action == .setCondition }.count
                == 2)
    }

    @Test func theSchemaKeepsTheDetailsWithTheirCondition() throws {
        let database = try Self.database()
        #expect(throws: (any Error).self) {
            try database.writer.write { db in
                try db.execute(sql: "UPDATE unit SET reserved_for = 1 WHERE code = 'AOU-01'")
            }
        }
        #expect(throws: (any Error).self) {
            try database.writer.write { db in
                try db.execute(sql: "UPDATE unit SET condition_note = 'x' WHERE code = 'AOU-01'")
            }
        }
    }
}
