import ArgumentParser
import Foundation
import HanoutDomain
import HanoutStore

/// A command that works on the database: opened (or created) before it runs.
protocol DatabaseCommand: ClerkCommand {
    func run(with database: AppDatabase) throws
}

extension DatabaseCommand {
    func run() throws {
        try Failure.reporting(in: global.language) {
            try TypedDays.check(self)
            try run(with: try global.openDatabase())
        }
    }
}

/// Turns errors into the clerk's message on standard error and a non-zero exit.
enum Failure {
    static func reporting(in language: Language, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ClerkError {
            printError(error.message(in: language))
            throw ExitCode.failure
        } catch let error as CocoaError {
            // Foundation's file errors read "NSCocoaErrorDomain Code=513": never the clerk's.
            printError(FileProblem(error).message(in: language))
            throw ExitCode.failure
        }
    }

    /// Writes a message on standard error, cleaned (see ``Console/printError(_:)``).
    static func printError(_ text: String) {
        Console.current.printError(text)
    }
}

extension Day: ExpressibleByArgument {
    /// ISO (`2026-12-31`) or, as French clerks write, `31/12/2026`.
    public init?(argument: String) {
        guard let day = DayFormat.parse(argument) else { return nil }
        self = day
    }
}

/// How values show in a listing: the clerk's forms in a table, ISO in files.
struct Presenter {
    var language: Language
    var format: OutputFormat

    func day(_ day: Day?) -> String {
        guard let day else { return "" }
        return format == .table ? DayFormat.show(day, in: language) : day.iso
    }

    func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }

    func percent(_ share: Double) -> String {
        format == .table ? "\(Int((share * 100).rounded())) %" : String(format: "%.1f", share * 100)
    }

    func title(fr: String, en: String) -> String {
        format == .table ? language.pick(fr: fr, en: en) : en
    }
}
