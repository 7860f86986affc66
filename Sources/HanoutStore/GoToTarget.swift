/// What a code or a number typed to go somewhere names: a zone, a unit in its
/// zone, or an occupant. Codes are given as the register spells them, whatever
/// the case typed.
public enum GoToTarget: Hashable, Sendable {
    case zone(code: String)
    case unit(code: String, zoneCode: String)
    case occupant(id: Int64)
}
