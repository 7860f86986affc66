import Foundation
import HanoutDomain
import HanoutTestSupport

@testable import HanoutApp
@testable import HanoutStore

/// A call for the four Tafraout units leaving works, made with the store's
/// API on the fixtures' region (the call fixtures land later on `calls`):
/// six jewellers and potters, one file inadmissible.
struct CallScene {
    static let reference = "TAF-2027-01"
    /// The lot's seed the scenes rank with: a fixed one, so pictures stay put.
    static let sceneSeed: UInt64 = 13_208_164_989_402_197_950

    /// Occupant, trade, years of practice, woman applicant: they rank in the
    /// order of their points, the fourth is set aside.
    static let files: [(Int64, String, Int, Bool)] = [
        (41, "BIJ", 12, false), (49, "POT", 8, false), (52, "POT", 3, true),
        (42, "BIJ", 20, false), (45, "BIJ", 5, true), (50, "POT", 1, false),
    ]

    /// The call, opened, with its six files filed in November 2026.
    static func filed(_ database: AppDatabase) throws {
        let ready = Day(year: 2027, month: 3, day: 1)
        try database.createCall(
            Call(
                reference: reference, zoneCode: "TAF",
                title: "Marché de Tafraout, locaux sortant de travaux",
                units: ["TAF-11", "TAF-12", "TAF-13", "TAF-14"].map {
                    OfferedUnit(unitCode: $0, readyBy: ready)
                },
                trades: [], opensOn: day("2026-11-02"), closesOn: day("2026-11-27"),
                startsOn: day("2027-03-01"), gridCode: "TZN-2026",
                documentsRequired: ["CIN", "Attestation"]),
            province: "Tiznit", by: "test")
        try database.moveCall(reference, to: .open, by: "test")
        for (index, file) in files.enumerated() {
            try database.apply(
                ApplicationForm(
                    occupantID: file.0, trade: file.1,
                    documents: [ReceivedDocument(name: "CIN", receivedOn: day("2026-11-10"))],
                    declared: ApplicantFacts(
                        yearsOfPractice: file.2, isWomanOrWomensCooperative: file.3),
                    filedAt: "2026-11-1\(index)T09:00:00Z"),
                to: reference, by: "test")
        }
        let fourth = try database.applications(call: reference)[3]
        try database.setAdmissibility(
            applicationID: fourth.id, .inadmissible(reason: "CIN expirée"), by: "test")
    }

    /// Filed, closed and ranked (not frozen).
    static func ranked(_ database: AppDatabase) throws {
        try filed(database)
        try database.moveCall(reference, to: .closed, by: "test")
        try database.rank(call: reference, seed: sceneSeed, by: "test")
    }

    /// Ranked with one more jeweller (Lahoucine Id Lmoudden), frozen, the run
    /// committed on 2026-11-28 (TAF-12 offered to Moulay Ahmed Tagadirt,
    /// TAF-14 to Ahmed Amalou, the others waiting), then TAF-01 (jewellery)
    /// released the same day: a vacancy for the waiting list.
    static func allocated(_ database: AppDatabase) throws {
        try filed(database)
        try database.apply(
            ApplicationForm(
                occupantID: 43, trade: "BIJ", declared: ApplicantFacts(yearsOfPractice: 2),
                filedAt: "2026-11-17T09:00:00Z"),
            to: reference, by: "test")
        try database.moveCall(reference, to: .closed, by: "test")
        try database.rank(call: reference, seed: sceneSeed, by: "test")
        try database.freezeRanking(call: reference, by: "test")
        try database.commitAllocation(call: reference, on: day("2026-11-28"), by: "test")
        try database.release(
            unitCode: "TAF-01", on: day("2026-11-28"), reason: "Départ", by: "test")
    }

    static func day(_ text: String) -> Day {
        Day(text) ?? Day(daysSinceEpoch: 0)
    }
}

extension AppHarness {
    /// The program on the fixtures' region, without the fixtures' own calls
    /// (each scene writes the calls it shows), with `scene` written first.
    convenience init(
        language: Language = .en, width: Int = 80, height: Int = 24,
        scene: (AppDatabase) throws -> Void
    ) throws {
        let database = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_000_000) })
        var fixtures = try FixtureSet.load(from: TestRepository.fixtures)
        fixtures.calls = nil
        try database.install(fixtures, by: "test")
        try scene(database)
        try self.init(width: width, height: height, language: language, database: database)
    }
}
