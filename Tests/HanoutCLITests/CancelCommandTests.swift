import Foundation
import Testing

/// `hanout cancel UNIT --reason R`, the built program on a temporary database.
@Suite struct CancelCommandTests {
    let hanout = HanoutProcess()

    /// Allocates a vacant carpentry unit of Aouartas to the first proposed; its code.
    func assignAVacantUnit() throws -> String {
        let vacant = try hanout.json(
            "units", "AOU", "--status", "vacant", "--trade", "MEN", "--format", "json")
        let unit = try #require(vacant.first?["unit"])
        let carpenter = try #require(try hanout.json("suggest", unit, "--format", "json").first)
        let assigned = try hanout.run("assign", unit, carpenter["id"] ?? "")
        #expect(assigned.status == 0, "\(assigned.errors)")
        return unit
    }

    @Test func cancellingSaysWhatWasCancelledAndTheUnitIsVacantAgain() throws {
        let unit = try assignAVacantUnit()
        let cancelled = try hanout.run("cancel", unit, "--reason", "Mauvais local")
        #expect(cancelled.status == 0, "\(cancelled.errors)")
        #expect(
            cancelled.output.contains("Cancelled: the allocation of \(unit) to "),
            "\(cancelled.output)")
        #expect(cancelled.output.contains("(from 29 Nov 2026). The unit is vacant."))
        let row = try #require(
            try hanout.json("units", "AOU", "--format", "json").first { $0["unit"] == unit })
        #expect(row["state"] == "vacant")
        let kept = try #require(
            try hanout.json("export", "allocations", "--format", "json").last {
                $0["unit"] == unit
            })
        #expect(kept["status"] == "cancelled" && kept["from"] == "2026-11-29")
        #expect(kept["until"] == "")
        #expect(try hanout.run("check").status == 0)
    }

    @Test func theHistoryShowsTheCancellationWithItsReasonInEnglishAndFrench() throws {
        let unit = try assignAVacantUnit()
        #expect(try hanout.run("cancel", unit, "--reason", "Erreur de saisie").status == 0)
        let json = try hanout.json("history", unit, "--format", "json")
        #expect(json.last?["action"] == "cancel" && json.last?["note"] == "Erreur de saisie")
        #expect(json.last?["after"]?.contains("\"cancel_reason\":\"Erreur de saisie\"") == true)
        let table = try hanout.run("history", unit, "--wide").output
        #expect(table.contains("cancellation") && table.contains("Erreur de saisie"), "\(table)")
        var french = hanout
        french.language = "fr_MA.UTF-8"
        let tableau = try french.run("history", unit, "--wide").output
        #expect(tableau.contains("annulation"), "\(tableau)")
    }

    @Test func aRefusalExitsOneWithTheReasonAndWhatToDoInstead() throws {
        let unit = try assignAVacantUnit()
        var later = hanout
        later.today = "2099-01-01"
        let late = try later.run("cancel", unit, "--reason", "Erreur")
        #expect(late.status == 1)
        #expect(late.errors.contains("a mistake is cancelled within 7 days"), "\(late.errors)")
        #expect(late.errors.contains("Release the unit instead"))
        #expect(try hanout.run("release", unit, "--reason", "départ").status == 0)
        let after = try hanout.run("cancel", unit, "--reason", "Erreur")
        #expect(after.status == 1)
        #expect(
            after.errors.contains("has been released since"), "\(after.errors)")
        #expect(try hanout.json("history", unit, "--format", "json").last?["action"] == "release")
    }

    @Test func theReasonIsRequiredAndNotBlank() throws {
        let unit = try assignAVacantUnit()
        #expect(try hanout.run("cancel", unit).status == 64)
        let blank = try hanout.run("cancel", unit, "--reason", "  ")
        #expect(blank.status == 1 && !blank.errors.isEmpty)
        #expect(try hanout.json("history", unit, "--format", "json").last?["action"] == "assign")
    }

    @Test func aUnitWithNothingToCancelIsRefused() throws {
        let refused = try hanout.run("cancel", "AOU-01", "--reason", "Erreur")
        #expect(refused.status == 1)
        #expect(refused.errors.contains("AOU-01"), "\(refused.errors)")
    }
}
