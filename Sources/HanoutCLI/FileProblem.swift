import Foundation
import HanoutDomain
import HanoutStore

/// A file the program could not make, move or remove, in the clerk's words.
///
/// Foundation's own text ("The operation couldn't be completed. (NSCocoaErrorDomain
/// error 513.)") tells the clerk nothing: this says which file, and why in the system's
/// words (`strerror`: "Permission denied", "No space left on device").
struct FileProblem: ClerkError {
    /// The file, when the call that failed said which.
    var path: String?
    /// The system's reason, as `strerror` gives it.
    var reason: String

    /// The problem `errno` describes, for a call made on `path` just before.
    static func fromErrno(_ path: String, code: Int32 = errno) -> FileProblem {
        FileProblem(path: path, reason: SystemReason.of(errno: code))
    }

    /// The problem a Foundation call reported, with the POSIX reason beneath it when
    /// there is one.
    init(_ error: CocoaError, path fallback: String? = nil) {
        path = error.filePath ?? fallback
        reason = SystemReason.of(error)
    }

    init(path: String?, reason: String) {
        self.path = path
        self.reason = reason
    }

    func message(in language: Language) -> String {
        let path = path ?? "?"
        return language.pick(
            fr:
                "Le fichier \(path) n'a pas pu être écrit ou déplacé (\(reason)) : rien n'a été changé. Vérifiez les droits du dossier et la place libre.",
            en:
                "The file \(path) could not be written or moved (\(reason)): nothing was changed. Check the folder's permissions and free space."
        )
    }
}
