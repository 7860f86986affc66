import Foundation
import HanoutDomain
import TextLayout

/// How a print ended: on paper, or saved in a file, or (rarely) neither.
public enum PrintOutcome: Hashable, Sendable {
    /// CUPS took the job.
    case printed(PrintReceipt)
    /// Printing failed; the report is in `file`.
    case saved(PrintFailure, file: URL)
    /// Printing failed and no folder took the file either.
    case notSaved(PrintFailure, reason: String)

    /// Whether the job went to a printer.
    public var isPrinted: Bool {
        if case .printed = self { return true }
        return false
    }

    /// What to tell the clerk.
    public func message(in language: Language) -> String {
        switch self {
        case .printed(let receipt):
            let pages = receipt.pageCount
            let job = receipt.jobID.map { SafeText.clean($0) } ?? "?"
            let printer = receipt.printer.map { SafeText.clean($0) }
            return language.pick(
                fr:
                    "Envoyé \(printer.map { "à l'imprimante « \($0) »" } ?? "à l'imprimante par défaut") : tâche \(job), \(pages) page\(pages > 1 ? "s" : "").",
                en:
                    "Sent to \(printer.map { "printer '\($0)'" } ?? "the default printer"): job \(job), \(pages) page\(pages == 1 ? "" : "s")."
            )
        case .saved(let failure, let file):
            let path = SafeText.clean(file.path)
            return failure.message(in: language) + "\n"
                + language.pick(
                    fr:
                        "Rien n'est perdu : le rapport est enregistré dans \(path) (imprimez-le plus tard avec lp \(path)).",
                    en:
                        "Nothing is lost: the report is saved in \(path) (print it later with lp \(path))."
                )
        case .notSaved(let failure, let reason):
            return failure.message(in: language) + "\n"
                + language.pick(
                    fr:
                        "Le rapport n'a pas pu être enregistré non plus (\(SafeText.clean(reason))) : écrivez-le avec --output FICHIER.",
                    en:
                        "The report could not be saved either (\(SafeText.clean(reason))): write it with --output FILE."
                )
        }
    }
}
