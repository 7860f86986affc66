/// What an occupant's text fields may hold, in one place for every way an
/// occupant comes in (the command line, an import, the fixtures): no control
/// character, which would act on a terminal or a printer instead of being
/// shown, and a length a card, a list and a sheet of paper can hold.
public enum OccupantFieldRule {
    /// The text fields, with the column names of an occupants file.
    public enum Field: String, CaseIterable, Sendable {
        case name, cin, nia, phone, commune, registration

        /// The longest value kept, in characters. A name is generous (a
        /// cooperative's full name runs to 80 or 90); identifiers are short.
        public var maximumLength: Int {
            switch self {
            case .name: 160
            case .commune: 80
            case .cin, .nia, .phone, .registration: 40
            }
        }
    }

    /// What is wrong with a field's value.
    public enum Problem: Hashable, Sendable {
        case controlCharacter(Unicode.Scalar)
        case tooLong(length: Int, limit: Int)

        public func message(in language: Language) -> String {
            switch self {
            case .controlCharacter(let scalar):
                let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
                return language.pick(
                    fr: "caractère de contrôle \(code) interdit",
                    en: "control character \(code) not allowed")
            case .tooLong(let length, let limit):
                return language.pick(
                    fr: "\(length) caractères, \(limit) au plus",
                    en: "\(length) characters, at most \(limit)")
            }
        }
    }

    /// The first problem of `value` as `field`, nil when it may be kept.
    public static func problem(of value: String, as field: Field) -> Problem? {
        // Printable ASCII, nearly every value: one pass over the bytes.
        let bytes = value.utf8
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return bytes.count > field.maximumLength
                ? .tooLong(length: bytes.count, limit: field.maximumLength) : nil
        }
        if let scalar = controlCharacter(in: value) {
            return .controlCharacter(scalar)
        }
        let length = value.count
        return length > field.maximumLength
            ? .tooLong(length: length, limit: field.maximumLength) : nil
    }

    /// Every problem of `occupant`'s text fields, with the field concerned.
    public static func problems(of occupant: Occupant) -> [(field: Field, problem: Problem)] {
        let values: [(Field, String?)] = [
            (.name, occupant.name), (.cin, occupant.cin), (.nia, occupant.nia),
            (.phone, occupant.phone), (.commune, occupant.commune),
            (.registration, occupant.registration),
        ]
        return values.compactMap { field, value in
            guard let value, let problem = problem(of: value, as: field) else { return nil }
            return (field, problem)
        }
    }

    /// The first control character of `value`, nil when it has none: the rule's part
    /// that holds for any one-line text a clerk types and a list or a sheet shows (a
    /// call's title and the documents it requires too).
    public static func controlCharacter(in value: String) -> Unicode.Scalar? {
        value.unicodeScalars.first(where: isControl)
    }

    /// C0 controls (tab and line ends included: a field is one line), DEL and C1.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

/// An occupant refused for what one of its fields holds.
public struct OccupantFieldRefused: ClerkError, Hashable {
    public var field: OccupantFieldRule.Field
    public var problem: OccupantFieldRule.Problem

    public init(field: OccupantFieldRule.Field, problem: OccupantFieldRule.Problem) {
        self.field = field
        self.problem = problem
    }

    public func message(in language: Language) -> String {
        language.pick(
            fr: "Champ « \(field.rawValue) » refusé : \(problem.message(in: .fr)).",
            en: "Field '\(field.rawValue)' refused: \(problem.message(in: .en)).")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
