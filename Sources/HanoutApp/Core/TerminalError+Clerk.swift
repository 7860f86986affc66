import HanoutDomain
import TerminalKit

extension TerminalError: ClerkError {
    /// The reason the full-screen program cannot start, and the way round it.
    public func message(in language: Language) -> String {
        let reason: String
        switch self {
        case .notATerminal(let stream):
            let french = stream == "standard output" ? "La sortie standard" : "L'entrée standard"
            reason = language.pick(
                fr:
                    "\(french) n'est pas un terminal : lancez hanout directement dans un terminal, sans redirection ni tube.",
                en: description)
        case .terminalTypeUnset:
            reason = language.pick(
                fr:
                    "TERM n'est pas défini : donnez le type de votre terminal, par exemple TERM=xterm-256color.",
                en: description)
        case .unknownTerminalType(let name):
            reason = language.pick(
                fr:
                    "Le type de terminal « \(name) » (TERM) est inconnu ici : choisissez un type connu comme xterm-256color, ou installez sa description (paquet ncurses-term).",
                en: description)
        case .cannotAddressCursor(let name):
            reason = language.pick(
                fr:
                    "Le terminal « \(name) » (TERM) ne sait pas placer le curseur : l'écran plein ne peut pas s'y afficher. Lancez hanout dans une fenêtre de terminal comme xterm-256color.",
                en: description)
        }
        let hint = language.pick(
            fr:
                "Pour les scripts, utilisez les commandes : `hanout --help` (par exemple `hanout zones`).",
            en: "For scripts, use the commands: `hanout --help` (for example `hanout zones`).")
        return reason + "\n" + hint
    }
}
