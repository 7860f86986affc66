import HanoutDomain
import TextLayout

/// Why a report could not be written at the path the clerk named (`hanout print --output`).
///
/// The report itself is not lost: the command keeps it in a file of its own, as when
/// printing fails.
public enum ReportFileRefusal: Error, Hashable, Sendable {
    /// The path is a directory, a device, a named pipe or a socket (or a link to one):
    /// a report goes into a regular file or a new one, nothing else.
    case notAFile(path: String, kind: FileKind, throughLink: Bool)
    /// The path is a symbolic link to nothing: following it would create a file
    /// wherever the link points, which is how writes are turned against their writer.
    case danglingLink(path: String)
    /// The system refused to open, create or write the file.
    case cannotWrite(path: String, reason: String, incomplete: Bool)
}

extension ReportFileRefusal: ClerkError {
    public func message(in language: Language) -> String {
        switch self {
        case .notAFile(let path, let kind, let throughLink):
            let path = SafeText.clean(path)
            let what = Self.name(of: kind, in: language)
            return throughLink
                ? language.pick(
                    fr:
                        "Rapport non écrit : \(path) est un lien vers \(what), pas un fichier. Donnez un fichier ordinaire ou un nom nouveau.",
                    en:
                        "Report not written: \(path) is a link to \(what), not a file. Name a regular file or a new one."
                )
                : language.pick(
                    fr:
                        "Rapport non écrit : \(path) est \(what), pas un fichier. Donnez un fichier ordinaire ou un nom nouveau.",
                    en:
                        "Report not written: \(path) is \(what), not a file. Name a regular file or a new one."
                )
        case .danglingLink(let path):
            let path = SafeText.clean(path)
            return language.pick(
                fr:
                    "Rapport non écrit : \(path) est un lien symbolique vers un fichier qui n'existe pas. Donnez un fichier ordinaire ou un nom nouveau.",
                en:
                    "Report not written: \(path) is a symbolic link to a file that does not exist. Name a regular file or a new one."
            )
        case .cannotWrite(let path, let reason, let incomplete):
            let path = SafeText.clean(path)
            let reason = SafeText.clean(reason)
            return incomplete
                ? language.pick(
                    fr:
                        "Rapport incomplet : \(path) n'a pas pu être écrit en entier (\(reason)). Libérez de la place ou donnez un autre fichier.",
                    en:
                        "Report incomplete: \(path) could not be written whole (\(reason)). Free some space or name another file."
                )
                : language.pick(
                    fr:
                        "Rapport non écrit : impossible d'écrire \(path) (\(reason)). Donnez un autre fichier.",
                    en: "Report not written: cannot write \(path) (\(reason)). Name another file.")
        }
    }

    private static func name(of kind: FileKind, in language: Language) -> String {
        switch kind {
        case .directory: return language.pick(fr: "un dossier", en: "a directory")
        case .namedPipe: return language.pick(fr: "un tube nommé (FIFO)", en: "a named pipe (FIFO)")
        case .characterDevice, .blockDevice:
            return language.pick(fr: "un périphérique", en: "a device")
        case .socket: return language.pick(fr: "une socket", en: "a socket")
        case .symbolicLink: return language.pick(fr: "un lien", en: "a link")
        case .missing, .regular, .other:
            return language.pick(fr: "un fichier spécial", en: "a special file")
        }
    }
}
