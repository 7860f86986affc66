import Foundation
import HanoutDomain
import TextLayout

/// Why a report did not reach paper, in words that tell the clerk what to do next.
///
/// `detail` is what `lp` or `lpstat` wrote on its error output, shown as is
/// (cleaned) after the explanation: it names what CUPS saw.
public enum PrintFailure: Error, Hashable, Sendable {
    /// No `lp` on the `PATH`: the CUPS client is not installed.
    case lpMissing
    /// The CUPS scheduler does not answer.
    case cupsNotRunning(detail: String)
    /// No printer was named and CUPS has no default one.
    case noPrinter(detail: String)
    /// The printer named is not known to CUPS.
    case unknownPrinter(String, detail: String)
    /// The printer is stopped: the job waits in its queue.
    case printerStopped(String, jobID: String, detail: String)
    /// `lp` refused the job (exited with `status`).
    case refused(printer: String?, status: Int32, detail: String)
    /// `lp` did not answer in time and was stopped.
    case timedOut(printer: String?)
    /// The document could not be handed to `lp` (a temporary file, a process).
    case couldNotRun(detail: String)
}

extension PrintFailure: ClerkError {
    public func message(in language: Language) -> String {
        let text: String
        switch self {
        case .lpMissing:
            text = language.pick(
                fr:
                    "Impossible d'imprimer : la commande lp (CUPS) n'est pas installée. Faites installer cups-client, ou écrivez le rapport dans un fichier (--output).",
                en:
                    "Cannot print: the lp command (CUPS) is not installed. Have cups-client installed, or write the report to a file (--output)."
            )
        case .cupsNotRunning:
            text = language.pick(
                fr:
                    "Impossible d'imprimer : le service d'impression CUPS ne fonctionne pas. Faites-le démarrer (cupsd), puis réessayez.",
                en:
                    "Cannot print: the CUPS printing service is not running. Have it started (cupsd), then try again."
            )
        case .noPrinter:
            text = language.pick(
                fr:
                    "Impossible d'imprimer : aucune imprimante par défaut. Choisissez-en une avec --printer NOM (liste : lpstat -p) ou HANOUT_PRINTER.",
                en:
                    "Cannot print: there is no default printer. Choose one with --printer NAME (list: lpstat -p) or HANOUT_PRINTER."
            )
        case .unknownPrinter(let name, _):
            let name = SafeText.clean(name)
            text = language.pick(
                fr:
                    "Impossible d'imprimer : l'imprimante « \(name) » n'existe pas (liste : lpstat -p).",
                en: "Cannot print: there is no printer '\(name)' (list: lpstat -p).")
        case .printerStopped(let name, let jobID, _):
            let name = SafeText.clean(name)
            let jobID = SafeText.clean(jobID)
            text = language.pick(
                fr:
                    "L'imprimante « \(name) » est arrêtée : la tâche \(jobID) attend dans sa file et sortira quand elle sera relancée (cupsenable \(name)).",
                en:
                    "The printer '\(name)' is stopped: job \(jobID) waits in its queue and will come out when it is restarted (cupsenable \(name))."
            )
        case .refused(let printer, let status, _):
            let name = printer.map { SafeText.clean($0) }
            text = language.pick(
                fr:
                    "L'imprimante \(name.map { "« \($0) » " } ?? "par défaut ")a refusé le rapport (lp a échoué, code \(status)).",
                en:
                    "The \(name.map { "printer '\($0)'" } ?? "default printer") refused the report (lp failed with status \(status))."
            )
        case .timedOut(let printer):
            let name = printer.map { SafeText.clean($0) }
            text = language.pick(
                fr:
                    "L'impression \(name.map { "sur « \($0) » " } ?? "")ne répond pas : lp a été arrêté.",
                en: "Printing \(name.map { "to '\($0)' " } ?? "")does not answer: lp was stopped.")
        case .couldNotRun(let detail):
            return language.pick(
                fr: "Impossible de lancer l'impression (\(SafeText.clean(detail))).",
                en: "Cannot start printing (\(SafeText.clean(detail))).")
        }
        guard let detail, !detail.isEmpty else { return text }
        return text + "\n" + language.pick(fr: "CUPS a répondu : ", en: "CUPS said: ") + detail
    }

    /// What CUPS wrote, cleaned and on one line.
    var detail: String? {
        let raw: String
        switch self {
        case .cupsNotRunning(let detail), .noPrinter(let detail), .unknownPrinter(_, let detail),
            .printerStopped(_, _, let detail), .refused(_, _, let detail):
            raw = detail
        case .lpMissing, .timedOut, .couldNotRun:
            return nil
        }
        return SafeText.clean(raw.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
