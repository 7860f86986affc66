import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout call rank REF [--seed N]`, or `--new-version --reason TEXT` once frozen.
struct CallRankCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank a closed call's applications (the lot's seed is recorded).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The call's reference.") var reference: String
    @Option(help: "The lot's seed that breaks the last ties (default: one drawn and printed).")
    var seed: UInt64?
    @Flag(help: "Rank again as a new version (a frozen ranking changes only so).")
    var newVersion = false
    @Option(help: "Why a new version (kept with it).") var reason: String?

    func run(with database: AppDatabase) throws {
        let language = global.language
        let ranking: Ranking
        if newVersion {
            guard let reason, !reason.allSatisfy(\.isWhitespace) else {
                // The domain's refusal (exit 1, nothing written), as every other refusal.
                let version = try database.ranking(call: reference)?.version ?? 0
                throw CallRefusal.newVersionNeedsReason(
                    call: reference.uppercased(), version: version)
            }
            ranking = try database.rerank(call: reference, reason: reason, by: global.clerkName)
        } else {
            // A drawn seed is as reproducible as a typed one: it is recorded and printed.
            ranking = try database.rank(
                call: reference, seed: seed ?? UInt64.random(in: 0...UInt64.max),
                by: global.clerkName)
        }
        try confirm(
            language.pick(
                fr: "Classement \(ranking.callReference), version \(ranking.version) : "
                    + "\(ranking.entries.count) classé(s), \(ranking.setAside.count) écarté(s), "
                    + "tirage au sort \(ranking.seed).",
                en: "Ranking \(ranking.callReference), version \(ranking.version): "
                    + "\(ranking.entries.count) ranked, \(ranking.setAside.count) set aside, "
                    + "lot seed \(ranking.seed)."))
    }
}

/// `hanout call freeze REF`: the committee's ranking; from then on only a new version.
struct CallFreezeCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "freeze", abstract: "Freeze the committee's ranking of a call.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The call's reference.") var reference: String

    func run(with database: AppDatabase) throws {
        let ranking = try database.freezeRanking(call: reference, by: global.clerkName)
        try confirm(
            global.language.pick(
                fr: "Classement \(ranking.callReference) version \(ranking.version) figé.",
                en: "Ranking \(ranking.callReference) version \(ranking.version) frozen."))
    }
}
