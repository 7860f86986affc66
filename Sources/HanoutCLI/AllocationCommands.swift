import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout assign UNIT OCCUPANT`: allocates a unit, or lists every reason why not.
struct AssignCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: "Allocate a unit to an occupant.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The unit code (AOU-07).") var unit: String
    @Argument(help: "The occupant's id (see `hanout occupants`).") var occupant: Int64
    @Option(
        help: "The trade exercised there, code or name (default: the occupant's first that fits).")
    var trade: String?
    @Option(help: "First day (YYYY-MM-DD or DD/MM/YYYY; default today).") var from: Day?
    @Option(help: "Last day, included (YYYY-MM-DD or DD/MM/YYYY) for a fixed term or a fair.")
    var until: Day?
    @Option(help: "The committee's decision reference.") var decision: String?
    @Option(help: "A note kept with the allocation.") var note: String?
    @Option(help: "Allocate despite the trade rule, for this written reason.") var override: String?
    @Option(
        name: .customLong("pass-over"),
        help: "Why the first on the zone's waiting list for the unit's trade is passed over.")
    var passOver: String?

    func run(with database: AppDatabase) throws {
        let start = from ?? global.today
        guard let period = Period(from: start, through: until) else {
            throw ValidationError(
                global.language.pick(
                    fr: "--until précède --from.", en: "--until comes before --from."))
        }
        let saved = try HintedRefusal.hinting {
            try database.assign(
                AllocationRequest(
                    unitCode: unit.uppercased(), occupantID: occupant,
                    trade: try trade.map { try TradeArgument.code($0, in: database) },
                    period: period,
                    decision: decision, note: note, overrideReason: override),
                // Judged against the waiting list, as the assign picker is.
                passingOverReason: passOver, by: global.clerkName)
        }
        let name = try database.occupant(id: occupant).name
        let language = global.language
        let since = DayFormat.show(saved.period.start, in: language)
        try confirm(
            language.pick(
                fr: "Attribué : \(saved.unitCode) à \(name) (\(saved.trade)) à partir du \(since).",
                en: "Allocated: \(saved.unitCode) to \(name) (\(saved.trade)) from \(since).")
                + OverrideNote.text(saved.overrideReason, in: language))
    }
}

/// `hanout release UNIT --reason TEXT`: ends the current allocation.
struct ReleaseCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "release", abstract: "End a unit's current allocation.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The unit code (AOU-07).") var unit: String
    @Option(help: "Why (kept in the history).") var reason: String
    @Option(help: "The day the unit is free again (YYYY-MM-DD or DD/MM/YYYY; default today).")
    var on: Day?

    func run(with database: AppDatabase) throws {
        let ended = try database.release(
            unitCode: unit, on: on ?? global.today, reason: reason, by: global.clerkName)
        let day = DayFormat.show(ended.period.end ?? global.today, in: global.language)
        try confirm(
            global.language.pick(
                fr: "Libéré : \(ended.unitCode), vacant à partir du \(day).",
                en: "Released: \(ended.unitCode), vacant from \(day)."))
    }
}

/// `hanout cancel UNIT --reason R`: cancels an allocation entered by mistake.
struct CancelCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel an allocation entered by mistake (within \(CancelRule.windowDays) days, "
            + "before any other change on the unit).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The unit code (AOU-07).") var unit: String
    @Option(help: "Why (kept in the history).") var reason: String

    func run(with database: AppDatabase) throws {
        let cancelled = try database.cancel(
            unitCode: unit, reason: reason, today: global.today, by: global.clerkName)
        let name = try database.occupant(id: cancelled.occupantID).name
        let state = try database.unit(code: cancelled.unitCode, on: global.today).state
        let since = DayFormat.show(cancelled.period.start, in: global.language)
        try confirm(
            global.language.pick(
                fr: "Annulée : l'attribution de \(cancelled.unitCode) à \(name) "
                    + "(à partir du \(since)). Le local est "
                    + "\(state.name(in: global.language)).",
                en: "Cancelled: the allocation of \(cancelled.unitCode) to \(name) "
                    + "(from \(since)). The unit is \(state.name(in: global.language))."))
    }
}

/// `hanout transfer UNIT OCCUPANT`: hands a unit over to another occupant.
struct TransferCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer", abstract: "Hand a unit over to another occupant.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The unit code (AOU-07).") var unit: String
    @Argument(help: "The new occupant's id.") var occupant: Int64
    @Option(help: "Why (kept in the history).") var reason: String
    @Option(help: "The day of the handover (YYYY-MM-DD or DD/MM/YYYY; default today).") var on: Day?
    @Option(help: "The trade the new occupant exercises there.") var trade: String?
    @Option(help: "The committee's decision reference.") var decision: String?
    @Option(help: "Transfer despite the trade rule, for this written reason.") var override: String?

    func run(with database: AppDatabase) throws {
        let saved = try HintedRefusal.hinting {
            try database.transfer(
                unitCode: unit, to: occupant, on: on ?? global.today, reason: reason,
                trade: try trade.map { try TradeArgument.code($0, in: database) },
                decision: decision, overrideReason: override, by: global.clerkName)
        }
        let name = try database.occupant(id: occupant).name
        try confirm(
            global.language.pick(
                fr: "Transféré : \(saved.unitCode) à \(name).",
                en: "Transferred: \(saved.unitCode) to \(name).")
                + OverrideNote.text(saved.overrideReason, in: global.language))
    }
}

/// `hanout set-state UNIT STATE`: available, reserved or under works.
struct SetStateCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-state", abstract: "Mark a unit available, reserved or under works.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The unit code (AOU-07).") var unit: String
    @Argument(help: "available, reserved or works.") var state: UnitCondition
    @Option(help: "Why (kept in the journal).") var note: String?

    func run(with database: AppDatabase) throws {
        try database.setCondition(
            unitCode: unit, to: state, note: note, today: global.today, by: global.clerkName)
        try confirm(global.language.pick(fr: "Enregistré.", en: "Saved."))
    }
}

extension UnitCondition: ExpressibleByArgument {}
