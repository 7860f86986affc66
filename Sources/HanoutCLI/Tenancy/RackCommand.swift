import ArgumentParser
import HanoutDomain
import HanoutReports
import HanoutStore

/// `hanout rack ZONE [--from D] [--until D] [--scale days|weeks|months]`:
/// the zone's units down, days across, each allocation a bar of initials.
struct RackCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "rack",
        abstract: "Show a zone's rack: units down, days across, allocations as bars.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The zone's code or name.") var zone: String
    @Option(help: "The first day (default: today, or a fair's first day).") var from: Day?
    @Option(help: "The last day (default: a fair's last day, else 30 days on).") var until: Day?
    @Option(help: "days, weeks or months (default: days up to 62 days, then weeks).")
    var scale: Rack.Scale?

    func run(with database: AppDatabase) throws {
        let (rack, code) = try RackReading.rack(
            zone: zone, from: from, until: until, scale: scale, global: global, database: database)
        try emit(
            RackPicture.lines(rack, zone: code, language: global.language)
                .joined(separator: "\n") + "\n")
    }
}

/// The rack a command asked for: the days chosen, or the defaults (a fair's
/// festival, else 30 days from today), at the scale that fits them.
enum RackReading {
    static func rack(
        zone: String, from: Day?, until: Day?, scale: Rack.Scale?, global: GlobalOptions,
        database: AppDatabase
    ) throws -> (Rack, zone: String) {
        let summary = try database.zoneSummary(code: zone, on: global.today)
        let season = summary.zone.season
        let first = from ?? summary.zone.openingDay(today: global.today)
        let last =
            until ?? (season?.contains(first) == true ? season?.lastDay : nil)
            ?? first.adding(days: 30)
        guard last >= first else { throw RackProblem.endBeforeStart(from: first, until: last) }
        let days = last.daysSinceEpoch - first.daysSinceEpoch + 1
        let scale = scale ?? (days <= 62 ? .days : days <= 7 * 60 ? .weeks : .months)
        let count: Int
        switch scale {
        case .days: count = days
        case .weeks: count = (days + first.weekdayFromMonday + 6) / 7
        case .months: count = Month(of: first).distance(to: Month(of: last)) + 1
        }
        let read = try database.rack(
            zone: summary.zone.code, from: first, count: count, scale: scale, today: global.today)
        return (read.rack, summary.zone.code)
    }
}

extension Rack.Scale: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument {
        case "days", "day": self = .days
        case "weeks", "week": self = .weeks
        case "months", "month": self = .months
        default: return nil
        }
    }
}

enum RackProblem: ClerkError {
    case endBeforeStart(from: Day, until: Day)

    func message(in language: Language) -> String {
        switch self {
        case .endBeforeStart(let from, let until):
            return language.pick(
                fr: "Le dernier jour (\(DayFormat.show(until, in: .fr))) est avant le premier "
                    + "(\(DayFormat.show(from, in: .fr))).",
                en: "The last day (\(DayFormat.show(until, in: .en))) is before the first "
                    + "(\(DayFormat.show(from, in: .en))).")
        }
    }
}
