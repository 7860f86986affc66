import HanoutDomain

/// One problem in a file being imported: where, and what to fix.
public struct ImportProblem: Hashable, Sendable {
    public var file: String
    /// The line (from 1) where the record starts, when known.
    public var line: Int?
    /// The column or JSON path concerned, when known.
    public var field: String?
    public var french: String
    public var english: String

    public init(file: String, line: Int? = nil, field: String? = nil, fr: String, en: String) {
        self.file = file
        self.line = line
        self.field = field
        self.french = fr
        self.english = en
    }

    /// `file:line:field: message`, the form editors and clerks can follow.
    public func message(in language: Language) -> String {
        var place = file
        if let line { place += ":\(line)" }
        if let field { place += ":\(field)" }
        return "\(place): \(language.pick(fr: french, en: english))"
    }
}

/// An import refused as a whole: nothing was written.
public struct ImportFailed: ClerkError, Equatable {
    public var problems: [ImportProblem]

    public init(problems: [ImportProblem]) {
        self.problems = problems
    }

    public func message(in language: Language) -> String {
        let header = language.pick(
            fr: "Import refusé, rien n'a été écrit. Corrigez \(problems.count) problème(s) :",
            en: "Import refused, nothing was written. Fix \(problems.count) problem(s):")
        return ([header] + problems.map { "  " + $0.message(in: language) })
            .joined(separator: "\n")
    }
}
