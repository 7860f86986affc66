@testable import HanoutApp

// Each screen of the stack as an optional, so that a test takes the one it
// needs with `try #require(state.top.zones)` and fails when another is on
// top, instead of `guard case` returning early and passing.
extension Screen {
    var zones: ZonesScreen? { if case .zones(let screen) = self { screen } else { nil } }
    var zone: ZoneScreen? { if case .zone(let screen) = self { screen } else { nil } }
    var unit: UnitScreen? { if case .unit(let screen) = self { screen } else { nil } }
    var occupants: OccupantsScreen? {
        if case .occupants(let screen) = self { screen } else { nil }
    }
    var occupant: OccupantScreen? { if case .occupant(let screen) = self { screen } else { nil } }
    var occupantPicker: OccupantPicker? {
        if case .occupantPicker(let screen) = self { screen } else { nil }
    }
    var unitPicker: UnitPicker? { if case .unitPicker(let screen) = self { screen } else { nil } }
    var assignForm: AssignForm? { if case .assignForm(let screen) = self { screen } else { nil } }
    var releaseForm: ReleaseForm? {
        if case .releaseForm(let screen) = self { screen } else { nil }
    }
    var printDialog: PrintDialog? {
        if case .printDialog(let screen) = self { screen } else { nil }
    }
}
