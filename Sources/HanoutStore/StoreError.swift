import HanoutDomain

/// What the store refuses or cannot do, in words that tell the clerk what to
/// do next: of units, zones, occupants and the register, never of commands
/// or of SQL (the screens and the command line add their own hints).
public enum StoreError: ClerkError, Equatable {
    case unknownUnit(String)
    case unknownZone(String)
    case unknownOccupant(Int64)
    case unknownTrade(String)
    /// No call has that reference.
    case unknownCall(String)
    /// No application has that filing number or id.
    case unknownApplication(String)
    case unknownOffer(Int64)
    case unknownGrid(String)
    /// A call whose reference is taken already.
    case callExists(String)
    /// Nothing to release or transfer on that day.
    case noCurrentAllocation(unit: String, on: Day)
    /// A release or transfer dated before the allocation began.
    case endBeforeStart(unit: String, start: Day)
    /// The unit cannot be reserved or put under works while allocated.
    case unitAllocated(unit: String, holder: String)
    /// The unit is reserved for another occupant (or for one, when works are
    /// asked): the reservation is ended first.
    case unitReserved(unit: String, holder: String, until: Day?)
    /// The unit is under works: they are ended first.
    case unitUnderWorks(unit: String, until: Day?)
    /// Back in service asked of a unit already available.
    case alreadyAvailable(unit: String)
    /// Works with nothing said of them.
    case noteRequired
    /// A reservation's or works' last day already past.
    case untilPassed(Day)
    /// A transfer to the occupant who already holds the unit: it would end an
    /// allocation and start the same one again, and the history would lie.
    case transferToHolder(unit: String, holder: String)
    /// Another occupant already has this national identity card number.
    case cinTaken(cin: String, by: String, id: Int64)
    /// An occupant is already registered with the same NIA, or the same
    /// name in the same commune: perhaps the same person registered twice.
    case possibleDuplicate(DuplicateMatch, name: String, id: Int64)
    /// A release or transfer needs a reason.
    case reasonRequired
    /// A name or a CIN changed without the reason a correction needs.
    case correctionNeedsReason
    /// A day outside those Hanout keeps (`Day.earliest ... Day.latest`).
    case dayOutOfRange(Day)
    /// The register holds a value this version cannot read.
    case corrupt(String)
    /// The file is not a register, or SQLite found it damaged.
    case damaged(String)
    /// The register can be read but not written (file, folder or medium).
    case readOnly
    /// A register from an older Hanout that must be updated before use, opened read-only.
    case readOnlyNeedsUpdate
    /// Another clerk's change held the register longer than the wait allows.
    case busy
    /// The disk is full: the change was not saved.
    case diskFull
    /// The register's file cannot be opened, read or written.
    case unreachable(String)
    /// A newer Hanout wrote this register: this one would misread it.
    case newerVersion(unknown: [String])
    /// The register's last changes wait in its WAL file, which cannot be
    /// read where the folder may not be written.
    case journalUnreadable(String)
    /// The register refused a change that breaks one of its rules (a defect:
    /// the program checks the rules first).
    case refused(String)
    case internalInconsistency(String)

    public func message(in language: Language) -> String {
        switch self {
        case .unknownUnit(let code):
            return language.pick(
                fr: "Aucun local « \(code) ». Les codes sont de la forme AOU-07.",
                en: "No unit '\(code)'. Codes look like AOU-07.")
        case .unknownZone(let text):
            return language.pick(
                fr: "Aucune zone « \(text) » : donnez son code (AOU) ou son nom.",
                en: "No zone '\(text)': give its code (AOU) or its name.")
        case .unknownOccupant(let id):
            return language.pick(
                fr: "Aucun occupant n° \(id). Cherchez-le par son nom ou sa CIN.",
                en: "No occupant #\(id). Look it up by name or CIN.")
        case .unknownTrade(let code):
            return language.pick(
                fr: "Métier inconnu « \(code) » : il n'est pas au catalogue des métiers.",
                en: "Unknown trade '\(code)': it is not in the catalogue of trades.")
        case .unknownCall(let reference):
            return language.pick(
                fr: "Aucun appel « \(reference) ». Les références sont de la forme TAF-2027-01.",
                en: "No call '\(reference)'. References look like TAF-2027-01.")
        case .unknownApplication(let text):
            return language.pick(
                fr:
                    "Aucune candidature « \(text) ». Les dossiers sont de la forme TAF-2027-01/0007.",
                en: "No application '\(text)'. Files look like TAF-2027-01/0007.")
        case .unknownOffer(let id):
            return language.pick(fr: "Aucune offre n° \(id).", en: "No offer #\(id).")
        case .unknownGrid(let code):
            return language.pick(
                fr: "Aucune grille de notation « \(code) » : chargez-la d'abord.",
                en: "No scoring grid '\(code)': load it first.")
        case .callExists(let reference):
            return language.pick(
                fr: "L'appel \(reference) existe déjà : choisissez une autre référence. "
                    + "Rien n'a été enregistré.",
                en: "Call \(reference) exists already: choose another reference. "
                    + "Nothing was saved.")
        case .noCurrentAllocation(let unit, let day):
            let shown = DayFormat.show(day, in: language)
            return language.pick(
                fr: "Le local \(unit) n'est attribué à personne le \(shown) : rien à libérer.",
                en: "Unit \(unit) is not allocated to anyone on \(shown): nothing to release.")
        case .endBeforeStart(let unit, let start):
            let shown = DayFormat.show(start, in: language)
            return language.pick(
                fr:
                    "L'attribution du local \(unit) commence le \(shown) : choisissez une date ultérieure.",
                en: "The allocation of unit \(unit) starts on \(shown): choose a later date.")
        case .unitAllocated(let unit, let holder):
            return language.pick(
                fr: "Le local \(unit) est attribué à \(holder) : libérez-le d'abord.",
                en: "Unit \(unit) is allocated to \(holder): release it first.")
        case .unitReserved(let unit, let holder, let until):
            let end = DayFormat.until(until, in: language)
            return language.pick(
                fr: "Le local \(unit) est réservé pour \(holder)\(end) : remettez-le d'abord "
                    + "en service. Rien n'a été enregistré.",
                en: "Unit \(unit) is reserved for \(holder)\(end): put it back in service "
                    + "first. Nothing was saved.")
        case .unitUnderWorks(let unit, let until):
            let end = DayFormat.until(until, in: language)
            return language.pick(
                fr: "Le local \(unit) est en travaux\(end) : remettez-le d'abord en service. "
                    + "Rien n'a été enregistré.",
                en: "Unit \(unit) is under works\(end): put it back in service first. "
                    + "Nothing was saved.")
        case .alreadyAvailable(let unit):
            return language.pick(
                fr:
                    "Le local \(unit) est déjà en service (ni réservé ni en travaux) : rien à changer.",
                en: "Unit \(unit) is already in service (neither reserved nor under works): "
                    + "nothing to change.")
        case .noteRequired:
            return language.pick(
                fr: "Décrivez les travaux (une note).", en: "Describe the works (a note).")
        case .untilPassed(let day):
            let shown = DayFormat.show(day, in: language)
            return language.pick(
                fr: "Le \(shown) est déjà passé : donnez une date à venir, ou aucune.",
                en: "\(shown) is already past: give a date to come, or none.")
        case .transferToHolder(let unit, let holder):
            return language.pick(
                fr:
                    "Le local \(unit) est déjà attribué à \(holder) : un transfert se fait vers un autre occupant. Rien n'a été enregistré.",
                en:
                    "Unit \(unit) is already allocated to \(holder): a transfer goes to another occupant. Nothing was saved."
            )
        case .cinTaken(let cin, let holder, let id):
            return language.pick(
                fr:
                    "La CIN \(cin) est déjà celle de \(holder) (n° \(id)) : rien n'a été enregistré.",
                en: "CIN \(cin) already belongs to \(holder) (#\(id)): nothing was saved.")
        case .possibleDuplicate(let match, let name, let id):
            let what =
                match == .nia
                ? language.pick(fr: "le même NIA", en: "the same NIA")
                : language.pick(
                    fr: "le même nom dans la même commune", en: "the same name in the same commune")
            return language.pick(
                fr:
                    "\(name) (n° \(id)) est déjà enregistré avec \(what) : vérifiez que ce n'est pas la même personne. Rien n'a été enregistré.",
                en:
                    "\(name) (#\(id)) is already registered with \(what): check this is not the same person. Nothing was saved."
            )
        case .reasonRequired:
            return language.pick(fr: "Indiquez le motif.", en: "Give the reason.")
        case .correctionNeedsReason:
            return language.pick(
                fr:
                    "Changer un nom ou une CIN est une correction : indiquez son motif (pièce vue, erreur de saisie). Rien n'a été enregistré.",
                en:
                    "Changing a name or a CIN is a correction: give its reason (document seen, typing error). Nothing was saved."
            )
        case .dayOutOfRange(let day):
            return DayFormat.outOfRange(day, in: language)
        case .corrupt(let detail):
            return language.pick(
                fr:
                    "Le registre contient une valeur illisible (\(detail)). Faites-le vérifier avant de continuer.",
                en:
                    "The register holds an unreadable value (\(detail)). Have it checked before going on."
            )
        case .damaged(let detail):
            return language.pick(
                fr:
                    "Le fichier du registre est abîmé ou n'est pas un registre (\(detail)). Reprenez la dernière sauvegarde.",
                en:
                    "The register's file is damaged or is not a register (\(detail)). Go back to the last backup."
            )
        case .readOnly:
            return language.pick(
                fr:
                    "Le registre est en lecture seule (fichier, dossier ou support) : on peut le consulter, pas le modifier. Rien n'a été enregistré.",
                en:
                    "The register is read-only (file, folder or medium): it can be read, not changed. Nothing was saved."
            )
        case .readOnlyNeedsUpdate:
            return language.pick(
                fr:
                    "Ce registre vient d'une version plus ancienne de Hanout et doit être mis à jour, mais il est en lecture seule : ouvrez-le une fois avec le droit d'écrire.",
                en:
                    "This register comes from an older Hanout and must be updated, but it is read-only: open it once with the right to write."
            )
        case .busy:
            return language.pick(
                fr:
                    "Un autre poste modifie le registre depuis trop longtemps. Rien n'a été enregistré : réessayez dans un moment.",
                en:
                    "Another clerk has held the register too long. Nothing was saved: try again in a moment."
            )
        case .diskFull:
            return language.pick(
                fr:
                    "Le disque est plein : rien n'a été enregistré. Libérez de la place et recommencez.",
                en: "The disk is full: nothing was saved. Free some space and try again.")
        case .unreachable(let detail):
            return language.pick(
                fr:
                    "Le fichier du registre ne peut être ni lu ni écrit (\(detail)). Rien n'a été enregistré.",
                en: "The register's file cannot be read or written (\(detail)). Nothing was saved.")
        case .journalUnreadable(let journal):
            return language.pick(
                fr:
                    "Les dernières modifications du registre sont encore dans \(journal), qu'on ne peut pas lire dans un dossier où l'on ne peut pas écrire : copiez le registre avec ce fichier dans un dossier où vous pouvez écrire, ou ouvrez-le une fois là où il peut être écrit. Rien n'a été lu.",
                en:
                    "The register's last changes are still in \(journal), which cannot be read in a folder you may not write: copy the register with that file to a folder you may write, or open it once where it can be written. Nothing was read."
            )
        case .newerVersion(let unknown):
            let steps = unknown.sorted().joined(separator: ", ")
            return language.pick(
                fr:
                    "Ce registre a été écrit par une version plus récente de Hanout (\(steps)) : utilisez cette version-là.",
                en:
                    "This register was written by a newer version of Hanout (\(steps)): use that version."
            )
        case .refused(let detail):
            return language.pick(
                fr:
                    "Le registre a refusé la modification (\(detail)). Rien n'a été enregistré ; signalez-le.",
                en:
                    "The register refused the change (\(detail)). Nothing was saved; please report it."
            )
        case .internalInconsistency(let detail):
            return language.pick(
                fr: "Erreur interne (\(detail)). Rien n'a été enregistré.",
                en: "Internal error (\(detail)). Nothing was saved.")
        }
    }
}

/// What made a new occupant look like one already registered.
public enum DuplicateMatch: Hashable, Sendable {
    case nia, nameAndCommune
}
