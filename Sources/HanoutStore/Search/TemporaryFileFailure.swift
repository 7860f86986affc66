import Foundation
import HanoutDomain

/// The temporary file a large write sets sorted rows aside in could not be
/// made, written or read back (a full or read-only temporary folder).
public struct TemporaryFileFailure: ClerkError, Equatable {
    /// The system's error number.
    public var code: Int32

    public func message(in language: Language) -> String {
        let reason = String(cString: strerror(code))
        let folder = NSTemporaryDirectory()
        return language.pick(
            fr: "Écriture du fichier temporaire impossible dans \(folder) (\(reason)) : "
                + "libérez de la place ou choisissez un autre dossier avec TMPDIR. "
                + "Rien n'a été enregistré.",
            en: "Cannot write the temporary file in \(folder) (\(reason)): "
                + "free some space or choose another folder with TMPDIR. Nothing was saved.")
    }
}
