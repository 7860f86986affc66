/// An error the clerk can read, in their language, that says what to do next.
public protocol ClerkError: Error {
    func message(in language: Language) -> String
}

extension AllocationRefused: ClerkError {}
