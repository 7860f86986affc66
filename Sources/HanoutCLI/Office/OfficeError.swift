import HanoutDomain

/// What the office commands (a shared register, backups, restoring) refuse,
/// in the clerk's words.
enum OfficeError: ClerkError {
    case unknownGroup(String)
    /// No register at the path to back up.
    case noRegister(path: String)
    case cannotShare(path: String, group: String, reason: String)
    /// `--clerk` naming someone other than the login, on a shared register.
    case clerkIsNotTheLogin(given: String, login: String)
    /// The register is open in other processes: restoring would pull it from under them.
    case registerInUse(path: String)
    /// What was to be restored or was backed up is not a sound Hanout register.
    case unsoundCopy(path: String, problems: [String])

    func message(in language: Language) -> String {
        switch self {
        case .unknownGroup(let name):
            return language.pick(
                fr:
                    "Le groupe « \(name) » n'existe pas. Créez-le (sudo groupadd \(name)), ajoutez-y chaque agent (sudo usermod -aG \(name) LOGIN), puis relancez.",
                en:
                    "There is no group '\(name)'. Create it (sudo groupadd \(name)), add each clerk to it (sudo usermod -aG \(name) LOGIN), then run again."
            )
        case .noRegister(let path):
            return language.pick(
                fr:
                    "Aucun registre à \(path) : rien à sauvegarder. Vérifiez --db, HANOUT_DB et /etc/hanout/hanout.conf.",
                en:
                    "No register at \(path): nothing to back up. Check --db, HANOUT_DB and /etc/hanout/hanout.conf."
            )
        case .cannotShare(let path, let group, let reason):
            return language.pick(
                fr:
                    "Impossible de donner \(path) au groupe \(group) : \(reason). Lancez la commande en administrateur (sudo), ou en membre du groupe propriétaire du dossier.",
                en:
                    "Cannot give \(path) to the group \(group): \(reason). Run the command as the administrator (sudo), or as a member of the group who owns the folder."
            )
        case .clerkIsNotTheLogin(let given, let login):
            return language.pick(
                fr:
                    "Sur le registre partagé, le journal inscrit l'identifiant de connexion de chaque agent (\(login)) : --clerk ne peut pas nommer « \(given) ». Retirez --clerk.",
                en:
                    "On the shared register the journal records each clerk's login (\(login)): --clerk cannot name '\(given)'. Leave --clerk out."
            )
        case .registerInUse(let path):
            return language.pick(
                fr:
                    "Le registre \(path) est ouvert par d'autres agents : rien n'a été restauré. Demandez-leur de quitter Hanout, puis relancez.",
                en:
                    "The register \(path) is open by other clerks: nothing was restored. Ask them to quit Hanout, then run again."
            )
        case .unsoundCopy(let path, let problems):
            return language.pick(
                fr: "\(path) n'est pas un registre sain : ", en: "\(path) is not a sound register: "
            )
                + problems.prefix(5).joined(separator: "; ")
                + (problems.count > 5 ? language.pick(fr: " (et d'autres)", en: " (and more)") : "")
        }
    }
}
