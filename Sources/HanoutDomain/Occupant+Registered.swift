extension Occupant {
    /// What the clerk is told once the occupant is registered, with the number
    /// they are found by: the same words on the command line and on screen.
    public func registeredNotice(in language: Language) -> String {
        language.pick(fr: "Enregistré : \(name), n° \(id).", en: "Registered: \(name), #\(id).")
    }
}
