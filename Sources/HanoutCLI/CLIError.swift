import HanoutDomain

/// What the command line itself refuses, in the clerk's words.
enum CLIError: ClerkError {
    case fixturesNotFound
    case emptyDatabase(path: String)
    case databaseExists(path: String)
    case badDate(String)
    case badFile(String)
    case unknownExport(String)

    func message(in language: Language) -> String {
        switch self {
        case .fixturesNotFound:
            return language.pick(
                fr: "Fixtures introuvables : lancez depuis le dépôt, ou donnez --fixtures DOSSIER.",
                en: "No fixtures found: run from the repository, or pass --fixtures DIR.")
        case .emptyDatabase(let path):
            return language.pick(
                fr: "La base \(path) est vide : créez-la avec `hanout init --force`.",
                en: "Database \(path) is empty: create it with `hanout init --force`.")
        case .databaseExists(let path):
            return language.pick(
                fr:
                    "La base \(path) existe déjà. Sauvegardez-la puis relancez avec --force pour la remplacer.",
                en:
                    "Database \(path) already exists. Back it up, then run again with --force to replace it."
            )
        case .badDate(let text):
            return language.pick(
                fr: "« \(text) » n'est pas une date AAAA-MM-JJ (par exemple 2026-03-01).",
                en: "'\(text)' is not a YYYY-MM-DD date (for example 2026-03-01).")
        case .badFile(let path):
            return language.pick(
                fr: "Impossible de lire le fichier \(path).", en: "Cannot read the file \(path).")
        case .unknownExport(let what):
            return language.pick(
                fr: "Export inconnu « \(what) » : zones, units, occupants ou allocations.",
                en: "Unknown export '\(what)': zones, units, occupants or allocations.")
        }
    }
}
