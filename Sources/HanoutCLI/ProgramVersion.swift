import HanoutDomain
import HanoutStore

/// Hanout's version, written here only: `--version`, the help and the manual's header
/// all read it from here.
public enum ProgramVersion {
    public static let number = "1.0.0"

    /// The `--version` line: the program, its schema, and the register the program would
    /// open now, if there is one (read, never created), e.g.
    /// `hanout 1.0.0 (register schema 15; /srv/hanout.sqlite at schema 15)`.
    static func line(databasePath path: String, language: Language) -> String {
        let register: String
        switch SchemaVersion.read(at: path) {
        case .missing:
            register = language.pick(fr: "pas de registre à \(path)", en: "no register at \(path)")
        case .version(let number):
            register = language.pick(
                fr: "\(path) au schéma \(number)", en: "\(path) at schema \(number)")
        case .newer(let unknown):
            let steps = unknown.joined(separator: ", ")
            register = language.pick(
                fr: "\(path) d'une version plus récente (\(steps))",
                en: "\(path) from a newer version (\(steps))")
        case .unreadable(let reason):
            register = language.pick(
                fr: "\(path) illisible : \(reason)", en: "\(path) unreadable: \(reason)")
        }
        let schema = language.pick(fr: "schéma du registre", en: "register schema")
        return "hanout \(number) (\(schema) \(SchemaVersion.current); \(register))"
    }
}
