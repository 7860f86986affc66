import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout call open REF`: files are received from its opening day.
struct CallOpenCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open a draft call to applications.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The call's reference.") var reference: String

    func run(with database: AppDatabase) throws {
        try CallMove.move(reference, to: .open, global: global, database: database)
    }
}

/// `hanout call close REF`: no more files (a late one needs a written reason).
struct CallCloseCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Close a call to applications.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The call's reference.") var reference: String

    func run(with database: AppDatabase) throws {
        try CallMove.move(reference, to: .closed, global: global, database: database)
    }
}

/// The one way a command changes a call's status, so every move confirms alike.
enum CallMove {
    static func move(
        _ reference: String, to status: CallStatus, global: GlobalOptions, database: AppDatabase
    ) throws {
        let call = try database.moveCall(reference, to: status, by: global.clerkName)
        let language = global.language
        try confirm(
            language.pick(fr: "Appel \(call.reference) : ", en: "Call \(call.reference): ")
                + status.name(in: language) + ".")
    }
}
