import TerminalKit

/// Every screen of the program, as one value so the whole state compares with `==`.
public indirect enum Screen: Hashable, Sendable {
    case zones(ZonesScreen)
    case zone(ZoneScreen)
    case unit(UnitScreen)
    case occupants(OccupantsScreen)
    case occupant(OccupantScreen)
    case occupantPicker(OccupantPicker)
    case unitPicker(UnitPicker)
    case assignForm(AssignForm)
    case releaseForm(ReleaseForm)
    case printDialog(PrintDialog)

    /// The screen's state, whatever its kind.
    public var model: any ScreenModel {
        switch self {
        case .zones(let screen): return screen
        case .zone(let screen): return screen
        case .unit(let screen): return screen
        case .occupants(let screen): return screen
        case .occupant(let screen): return screen
        case .occupantPicker(let screen): return screen
        case .unitPicker(let screen): return screen
        case .assignForm(let screen): return screen
        case .releaseForm(let screen): return screen
        case .printDialog(let screen): return screen
        }
    }

    /// Wraps a screen's state back into the enum.
    init?(_ model: any ScreenModel) {
        switch model {
        case let screen as ZonesScreen: self = .zones(screen)
        case let screen as ZoneScreen: self = .zone(screen)
        case let screen as UnitScreen: self = .unit(screen)
        case let screen as OccupantsScreen: self = .occupants(screen)
        case let screen as OccupantScreen: self = .occupant(screen)
        case let screen as OccupantPicker: self = .occupantPicker(screen)
        case let screen as UnitPicker: self = .unitPicker(screen)
        case let screen as AssignForm: self = .assignForm(screen)
        case let screen as ReleaseForm: self = .releaseForm(screen)
        case let screen as PrintDialog: self = .printDialog(screen)
        default: return nil
        }
    }

    /// Changes the screen's state through its model.
    mutating func change<T>(_ body: (inout any ScreenModel) -> T) -> T {
        var model = self.model
        let result = body(&model)
        if let changed = Screen(model) { self = changed }
        return result
    }
}
