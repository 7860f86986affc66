import HanoutDomain

/// What the command line itself refuses, in the clerk's words.
enum CLIError: ClerkError {
    case fixturesNotFound
    case emptyDatabase(path: String)
    /// An empty file at the database's path: nothing is written into it.
    case emptyFile(path: String)
    /// A device or a file that is not SQLite at the database's path.
    case notARegister(path: String)
    /// A folder at the database's path: neither opened nor, with `init --force`, removed.
    case folderAtPath(path: String)
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
        case .emptyFile(let path):
            return language.pick(
                fr:
                    "Le fichier \(path) est vide : ce n'est pas un registre Hanout, et rien n'y a été écrit. Vérifiez --db et HANOUT_DB ; pour créer un registre à cet endroit, déplacez ce fichier ou lancez `hanout init --force`.",
                en:
                    "The file \(path) is empty: it is not a Hanout register, and nothing was written to it. Check --db and HANOUT_DB; to create a register at this path, move the file away or run `hanout init --force`."
            )
        case .notARegister(let path):
            return language.pick(
                fr:
                    "\(path) n'est pas un registre Hanout (ce n'est pas une base SQLite) ; rien n'y a été écrit. Vérifiez --db et HANOUT_DB ; pour créer un registre à cet endroit, déplacez ce fichier ou lancez `hanout init --force`.",
                en:
                    "\(path) is not a Hanout register (it is not an SQLite database); nothing was written to it. Check --db and HANOUT_DB; to create a register at this path, move the file away or run `hanout init --force`."
            )
        case .folderAtPath(let path):
            return language.pick(
                fr:
                    "\(path) est un dossier, pas un registre Hanout ; rien n'y a été écrit ni effacé. Donnez à --db (ou HANOUT_DB) le chemin d'un fichier, par exemple \(path)/hanout.sqlite.",
                en:
                    "\(path) is a folder, not a Hanout register; nothing in it was written or removed. Give --db (or HANOUT_DB) the path of a file, for example \(path)/hanout.sqlite."
            )
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
