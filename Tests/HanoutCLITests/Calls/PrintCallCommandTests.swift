import Foundation
import Testing

/// `hanout print ranking|minutes CALL`: the documents from the built program,
/// and `hanout print ZONE` still the occupancy.
@Suite struct PrintCallCommandTests {
    let hanout = HanoutProcess()

    /// A ranked and allocated call of three files, the ranking frozen.
    func allocatedCall() throws {
        #expect(
            try hanout.run(
                "call", "create", "TST-2026-02", "--zone", "AOU", "--title", "Menuiserie",
                "--opens", "2026-11-20", "--closes", "2026-12-10", "--unit", "AOU-04",
                "--trade", "MEN"
            ).status == 0)
        #expect(try hanout.run("call", "open", "TST-2026-02").status == 0)
        for occupant in ["6", "12", "7"] {
            #expect(try hanout.run("apply", "TST-2026-02", occupant, "--trade", "MEN").status == 0)
        }
        var later = hanout
        later.today = "2026-12-11"
        for step in [["close"], ["rank", "--seed", "99"], ["freeze"], ["allocate", "--commit"]] {
            let outcome = HanoutProcess.finish(
                try later.start(["call", step[0], "TST-2026-02"] + step.dropFirst()))
            #expect(outcome.status == 0, "\(step) \(outcome.errors)")
        }
    }

    @Test func theRankingAndTheMinutesGoToStandardOutput() throws {
        defer { hanout.removeFolder() }
        try allocatedCall()
        let ranking = try hanout.run("print", "ranking", "TST-2026-02", "--output", "-")
        #expect(ranking.status == 0, "\(ranking.errors)")
        #expect(
            ranking.output.contains("Ranking version 1 (frozen) · lot seed: 99"),
            "\(ranking.output)")
        #expect(ranking.output.contains("1. TST-2026-02/000"))
        var french = hanout
        french.language = "fr_MA.UTF-8"
        let minutes = try french.run(
            "print", "minutes", "TST-2026-02", "--member", "Fatima Ouhmad", "--member",
            "Ali Bensaid",
            "--output", "-")
        #expect(minutes.status == 0, "\(minutes.errors)")
        #expect(minutes.output.contains("Projet de procès-verbal du comité · TST-2026-02"))
        #expect(
            minutes.output.contains("  - Fatima Ouhmad")
                && minutes.output.contains("Liste d'attente"))
        #expect(minutes.output.contains("- AOU-04 · "), "\(minutes.output)")
        let csv = try hanout.run(
            "print", "ranking", "TST-2026-02", "--output", "-", "--format", "csv")
        #expect(csv.output.hasPrefix("call,version,frozen,seed,rank,number,applicant,trade,"))
        let occupancy = try hanout.run("print", "AOU", "--output", "-")
        #expect(occupancy.status == 0 && occupancy.output.contains("AOU · "), "\(occupancy.errors)")
    }

    @Test func aCallNotRankedIsRefused() throws {
        defer { hanout.removeFolder() }
        #expect(
            try hanout.run(
                "call", "create", "TST-2026-03", "--zone", "AOU", "--title", "Menuiserie",
                "--opens", "2026-11-20", "--closes", "2026-12-10", "--unit", "AOU-04"
            ).status == 0)
        let refused = try hanout.run("print", "ranking", "TST-2026-03", "--output", "-")
        #expect(refused.status == 1 && !refused.errors.isEmpty && refused.output.isEmpty)
    }
}
