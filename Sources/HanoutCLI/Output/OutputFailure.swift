import Foundation
import HanoutDomain
import HanoutStore

/// Standard output or standard error could not be written: a full disk, a closed descriptor,
/// a pipe whose reader went away.
///
/// It is not a crash and not a refusal: whatever the command did before is done (an
/// allocation committed stays committed). ``Program`` turns it into exit status 3
/// (``ExitStatus/outputFailed``) and says so on standard error when that still works.
struct OutputFailure: Error, Equatable {
    /// Which stream failed.
    enum Stream: Equatable {
        case output
        case errors
    }

    var stream: Stream
    /// The `errno` of the failed write.
    var code: Int32
    /// Whether the text that failed confirms a change already saved (see ``Console/confirm(_:)``).
    var afterChange = false

    /// The reader of a pipe stopped reading (`hanout occupants | head`): nothing to report.
    var readerLeft: Bool { code == EPIPE }

    /// The system's reason, as `strerror` gives it.
    var reason: String { SystemReason.of(errno: code) }

    /// What the clerk reads on standard error.
    func message(in language: Language) -> String {
        let reason = reason
        if afterChange {
            return language.pick(
                fr:
                    "La commande a été exécutée et enregistrée, mais son compte rendu n'a pas pu être écrit sur la sortie standard (\(reason)). Rien n'a été annulé : vérifiez avec `hanout history`.",
                en:
                    "The command was carried out and saved, but its report could not be written to standard output (\(reason)). Nothing was undone: see `hanout history`."
            )
        }
        return language.pick(
            fr:
                "La sortie standard n'a pas pu être écrite (\(reason)). Rien n'a été modifié : libérez de la place ou envoyez la sortie ailleurs, puis relancez.",
            en:
                "Standard output could not be written (\(reason)). Nothing was changed: free some space or send the output elsewhere, then run it again."
        )
    }
}
