/// Something that keeps a scoring grid from scoring.
public enum GridProblem: Hashable, Sendable {
    case unreadable(String)
    case emptyCode
    case noCriterion
    case emptyKey
    case duplicateKey(String)
    case missingLabel(key: String)
    case unknownFact(key: String, fact: String)
    case negativeWeight(key: String, weight: Int)
    case capNotPositive(key: String, cap: Int)
    case twoCommitteeMarks

    public func message(in language: Language) -> String {
        switch self {
        case .unreadable(let detail):
            return language.pick(
                fr: "La grille n'est pas un JSON lisible (\(detail)).",
                en: "The grid is not readable JSON (\(detail)).")
        case .emptyCode:
            return language.pick(fr: "La grille n'a pas de code.", en: "The grid has no code.")
        case .noCriterion:
            return language.pick(
                fr: "La grille n'a aucun critère.", en: "The grid has no criterion.")
        case .emptyKey:
            return language.pick(
                fr: "Un critère n'a pas de clé.", en: "A criterion has no key.")
        case .duplicateKey(let key):
            return language.pick(
                fr: "Le critère « \(key) » figure deux fois.",
                en: "Criterion '\(key)' appears twice.")
        case .missingLabel(let key):
            return language.pick(
                fr: "Le critère « \(key) » doit avoir un libellé en français et en anglais.",
                en: "Criterion '\(key)' needs a French and an English label.")
        case .unknownFact(let key, let fact):
            let known = ScoringFact.allCases.map(\.rawValue).joined(separator: ", ")
            return language.pick(
                fr: "Le critère « \(key) » lit « \(fact) », que Hanout ne connaît pas "
                    + "(connus : \(known)).",
                en: "Criterion '\(key)' reads '\(fact)', which Hanout does not know "
                    + "(known: \(known)).")
        case .negativeWeight(let key, let weight):
            return language.pick(
                fr: "Le critère « \(key) » a un poids négatif (\(weight)) : un critère "
                    + "donne des points, il n'en retire pas.",
                en: "Criterion '\(key)' has a negative weight (\(weight)): a criterion "
                    + "gives points, it takes none away.")
        case .capNotPositive(let key, let cap):
            return language.pick(
                fr: "Le critère « \(key) » a un plafond de \(cap) : il doit être d'au moins 1.",
                en: "Criterion '\(key)' has a cap of \(cap): it must be at least 1.")
        case .twoCommitteeMarks:
            return language.pick(
                fr: "La grille a deux critères de note de la commission : un seul est permis.",
                en: "The grid has two committee-mark criteria: only one is allowed.")
        }
    }
}

/// A grid refused, with every problem found.
public struct GridInvalid: Error, Hashable, Sendable, ClerkError {
    public var problems: [GridProblem]

    public init(problems: [GridProblem]) {
        self.problems = problems
    }

    public func message(in language: Language) -> String {
        problems.map { $0.message(in: language) }.joined(separator: "\n")
    }
}
