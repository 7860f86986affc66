import Foundation
import Testing

/// Issue 12 from the command line: a call from its draft to its offers and
/// waiting list, the built program on a temporary database.
@Suite struct CallCommandTests {
    let hanout = HanoutProcess()
    let call = "TST-2026-01"

    /// The same clerk on another day (the program reads HANOUT_TODAY).
    func on(_ day: String, language: String = "C.UTF-8") -> HanoutProcess {
        var later = hanout
        later.today = day
        later.language = language
        return later
    }

    /// An open carpentry call of Aouartas for two vacant units, one leaving works.
    func openCall() throws {
        let created = try hanout.run(
            "call", "create", call, "--zone", "AOU", "--title", "Menuiserie 2026",
            "--opens", "2026-11-20", "--closes", "2026-12-10", "--unit", "AOU-04",
            "--unit", "AOU-06@2027-01-15", "--trade", "MEN", "--document", "CIN")
        #expect(created.status == 0, "\(created.errors)")
        #expect(created.output.contains("Call created (draft): \(call), 2 unit(s)."))
        #expect(try hanout.run("call", "open", call).output.contains("Call \(call): open."))
    }

    /// Four files: Aït Taleb (master), Aït Baha (a woman), Bouzid, Oubella.
    func fileFour() throws {
        for (occupant, extra) in [
            ("6", ["--years", "12"]), ("12", ["--years", "3", "--woman"]),
            ("7", ["--years", "5", "--prefer", "AOU-06"]), ("3", ["--years", "2"]),
        ] {
            let filed = try hanout.start(
                ["apply", call, occupant, "--trade", "MEN", "--document", "CIN"] + extra)
            let outcome = HanoutProcess.finish(filed)
            #expect(outcome.status == 0, "\(outcome.errors)")
        }
    }

    /// The id of the fourth file (Oubella's): the fixtures' own calls hold files too.
    func fourthFile() throws -> String {
        let files = try hanout.json("applications", call, "--format", "json")
        return try #require(files.first { $0["number"] == "\(call)/0004" }?["id"])
    }

    @Test func theWholePathFromTheDraftToTheWaitingList() throws {
        defer { hanout.removeFolder() }
        try openCall()
        try fileFour()
        #expect(try hanout.json("applications", call, "--format", "json").count == 4)
        #expect(
            try hanout.run(
                "application", "inadmissible", try fourthFile(), "--reason", "CIN absente"
            )
            .status == 0)
        let closing = on("2026-12-11")
        #expect(try closing.run("call", "close", call).status == 0)
        let ranked = try closing.run("call", "rank", call, "--seed", "42")
        #expect(ranked.output.contains("3 ranked, 1 set aside, lot seed 42"), "\(ranked.output)")
        #expect(try closing.run("call", "freeze", call).output.contains("version 1 frozen"))

        let preview = try closing.json("call", "allocate", call, "--format", "json")
        #expect(preview.map { $0["unit"] ?? "" } == ["AOU-04", "AOU-06", ""])
        #expect(
            try closing.json("offers", call, "--format", "json").isEmpty, "a preview writes nothing"
        )
        let committed = try closing.run("call", "allocate", call, "--commit")
        #expect(committed.output.contains("2 offer(s) made"), "\(committed.output)")

        let offers = try closing.json("offers", call, "--format", "json")
        #expect(offers.map { $0["state"] } == ["pending", "pending"])
        let accepted = try closing.run("offer", "accept", offers[0]["id"] ?? "")
        #expect(accepted.output.contains("(decision \(call))"), "\(accepted.errors)")
        let declined = try closing.run("offer", "decline", offers[1]["id"] ?? "")
        #expect(declined.output.contains("AOU-06 offered to Omar Bouzid"), "\(declined.output)")

        let waiting = try closing.json("waiting-list", "AOU", "--trade", "MEN", "--format", "json")
        #expect(waiting.map { $0["call"] } == [call, call])
        // Aït Taleb (ranked 2nd) declined and waits ahead of Bouzid (3rd), now offered AOU-06.
        #expect(waiting.map { $0["applicant"] } == ["Abdellah Aït Taleb", "Omar Bouzid"])
        let listed = try closing.json("call", "list", "--format", "json")
        let row = try #require(listed.first { $0["reference"] == call })
        #expect(row["status"] == "allocated" && row["applications"] == "4" && row["offers"] == "3")
    }

    @Test func theRankingShowsEachCriterionAndTheFilesSetAside() throws {
        defer { hanout.removeFolder() }
        try openCall()
        try fileFour()
        #expect(
            try hanout.run(
                "application", "inadmissible", try fourthFile(), "--reason", "CIN absente"
            )
            .status == 0)
        let closing = on("2026-12-11")
        #expect(try closing.run("call", "close", call).status == 0)
        #expect(try closing.run("call", "rank", call, "--seed", "7").status == 0)
        let rows = try closing.json("ranking", call, "--format", "json")
        #expect(rows.count == 4)
        let first = try #require(rows.first)
        #expect(first["rank"] == "1" && first["years"] != nil && first["total"] != nil)
        let points = ["years", "master", "nia", "no_unit", "commune", "woman"].compactMap {
            first[$0].flatMap(Int.init)
        }
        #expect(points.reduce(0, +) <= Int(first["total"] ?? "") ?? 0)
        #expect(rows.last?["rank"] == "" && rows.last?["status"] == "inadmissible: CIN absente")
        let csv = try closing.run("ranking", call, "--format", "csv").output
        #expect(csv.hasPrefix("rank,number,applicant,trade,"), "\(csv)")
        let table = try on("2026-12-11", language: "fr_MA.UTF-8").run("ranking", call, "--wide")
        #expect(table.output.contains("version 1 (non figé), tirage au sort 7"), "\(table.output)")
    }

    @Test func refusalsSayWhyAndWriteNothing() throws {
        defer { hanout.removeFolder() }
        try openCall()
        #expect(try hanout.run("apply", call, "6", "--trade", "MEN").status == 0)
        let second = try hanout.run("apply", call, "6", "--trade", "MEN")
        #expect(second.status == 1)
        #expect(second.errors.contains("(file \(call)/0001)"), "\(second.errors)")
        let uncovered = try hanout.run("apply", call, "1", "--trade", "EBE")
        #expect(uncovered.status == 1)
        #expect(uncovered.errors.contains("(trades: MEN)"), "\(uncovered.errors)")
        let late = try on("2026-12-11").run("apply", call, "7", "--trade", "MEN")
        #expect(late.status == 1 && late.errors.contains("written reason"), "\(late.errors)")
        #expect(try hanout.json("applications", call, "--format", "json").count == 1)
        let excused = try on("2026-12-11").run(
            "apply", call, "7", "--trade", "MEN", "--late-reason", "Dossier posté le 9")
        #expect(excused.status == 0, "\(excused.errors)")
        #expect(try hanout.json("applications", call, "--format", "json").count == 2)
    }

    @Test func aLapsedOfferCannotBeAccepted() throws {
        defer { hanout.removeFolder() }
        try openCall()
        try fileFour()
        let closing = on("2026-12-11")
        #expect(try closing.run("call", "close", call).status == 0)
        #expect(try closing.run("call", "rank", call, "--seed", "1").status == 0)
        #expect(try closing.run("call", "freeze", call).status == 0)
        #expect(try closing.run("call", "allocate", call, "--commit").status == 0)
        let late = on("2027-02-01")
        let offers = try late.json("offers", call, "--format", "json")
        #expect(offers.map { $0["state"] } == ["lapsed", "lapsed"], "found by date on reading")
        let refused = try late.run("offer", "accept", offers[0]["id"] ?? "")
        #expect(refused.status == 1 && refused.errors.contains("AOU-04"), "\(refused.errors)")
        let units = try late.json("units", "AOU", "--format", "json")
        #expect(units.first { $0["unit"] == "AOU-04" }?["state"] == "vacant")
        let frozen = try closing.run("call", "rank", call, "--seed", "2")
        #expect(frozen.status == 1)
    }

    /// The fixtures' Tafraout call in 80 columns: filing numbers, units and days
    /// whole (a clerk copies them), names cut, every line within the width.
    @Test func callTablesKeepCodesAndDaysWholeIn80Columns() throws {
        defer { hanout.removeFolder() }
        let offers = try hanout.run("offers", "TAF-2026-01")
        #expect(offers.status == 0, "\(offers.errors)")
        let lines = offers.output.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(offers.output)")
        #expect(offers.output.contains("TAF-2026-01/0022  "), "\(offers.output)")
        #expect(offers.output.contains("9 Sep 2026"), "\(offers.output)")
        let calls = try hanout.run("call", "list")
        #expect(calls.output.contains("TAF-2026-01  ") && calls.output.contains("15 Jan 2027"))
        let ranking = try hanout.run("ranking", "TAF-2026-01")
        #expect(ranking.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(ranking.output.contains("--wide"), "\(ranking.output)")
    }

    /// TAF-04 (carpets) fell vacant while a carpet weaver waits from the
    /// Tafraout call: `assign` to anyone else is refused, naming her and the
    /// option; with `--pass-over` the reason is kept with the allocation.
    @Test func assigningPastTheFirstInLineNeedsAWrittenReason() throws {
        defer { hanout.removeFolder() }
        let refused = try hanout.run("assign", "TAF-04", "101")
        #expect(refused.status == 1)
        #expect(refused.errors.contains("TAF-2026-01/0015"), "\(refused.errors)")
        #expect(refused.errors.contains("--pass-over"), "\(refused.errors)")
        #expect(
            try hanout.json("units", "TAF", "--status", "vacant", "--format", "json")
                .contains { $0["unit"] == "TAF-04" }, "nothing written")
        let passed = try hanout.run(
            "assign", "TAF-04", "101", "--pass-over", "Première injoignable depuis un mois")
        #expect(passed.status == 0, "\(passed.errors)")
        let history = try hanout.run("history", "TAF-04", "--format", "json").output
        #expect(history.contains("passed over TAF-2026-01/0015"), "\(history)")
        #expect(history.contains("Première injoignable depuis un mois"))
    }
}
