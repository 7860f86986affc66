import ArgumentParser
import HanoutCSV
import HanoutStore

/// `hanout import occupants FILE.csv`: all rows or none.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import data from a file.",
        subcommands: [ImportOccupants.self])
}

struct ImportOccupants: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "occupants",
        abstract:
            "Import occupants from CSV: every bad row reported, nothing written unless all are valid.",
        discussion:
            "Columns: kind,name,trades (required) and id,category,cin,nia,phone,commune,registration,members."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file (UTF-8, header row).") var file: String

    func run(with database: AppDatabase) throws {
        // Read a block at a time as it is imported, never whole.
        guard let csv = CSVFile(path: file) else { throw CLIError.badFile(file) }
        let count = try database.importOccupants(
            csv: CSVReader(file: csv), file: file, expectedSize: csv.size, by: global.clerkName)
        try confirm(
            global.language.pick(
                fr: "\(count) occupant(s) importé(s).", en: "\(count) occupant(s) imported."))
    }
}
