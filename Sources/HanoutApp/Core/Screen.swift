import TerminalKit

/// Every screen of the program, as one value so the whole state compares with `==`.
///
/// A new screen is added in these places, and the compiler points at each
/// switch once the case exists:
/// - its type, a `ScreenModel` in `Screens/` (with its `Action` enum,
///   `update`, a layout computed from its state and the body if it pages or
///   takes clicks, and `render`);
/// - a case here, and an arm in `model` and in `change` below;
/// - the `Navigation.push` of the screen that opens it (or `AppCore.handle`
///   for an app-wide key);
/// - if it reads the store: a `DataRequest` and a `DataResult` case, and
///   their reading in `StoreGateway.read`; if it writes: a `WriteRequest`
///   case and its handling in `StoreGateway.write`;
/// - a snapshot in `ScreenSnapshotTests`.
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
    case cancelForm(CancelForm)
    case unitForm(UnitForm)
    case occupantForm(OccupantForm)
    case printDialog(PrintDialog)
    case calls(CallsScreen)
    case call(CallScreen)
    case ranking(RankingScreen)
    case applicationForm(ApplicationFormScreen)
    case allocation(AllocationScreen)
    case offers(OffersScreen)
    case waitingList(WaitingListScreen)
    case rack(RackScreen)
    case ledger(LedgerScreen)
    case followUp(FollowUpScreen)

    /// The screen's state, whatever its kind, to read (its request, title, drawing).
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
        case .cancelForm(let screen): return screen
        case .unitForm(let screen): return screen
        case .occupantForm(let screen): return screen
        case .printDialog(let screen): return screen
        case .calls(let screen): return screen
        case .call(let screen): return screen
        case .ranking(let screen): return screen
        case .applicationForm(let screen): return screen
        case .allocation(let screen): return screen
        case .offers(let screen): return screen
        case .waitingList(let screen): return screen
        case .rack(let screen): return screen
        case .ledger(let screen): return screen
        case .followUp(let screen): return screen
        }
    }

    /// Applies `change` to the screen's state in place.
    ///
    /// Each arm hands the change the case's own type and puts the result back
    /// in the same case (the compiler checks the pairing): no conversion to
    /// `any ScreenModel` and back that could fail and drop the change.
    mutating func change<Change: ScreenChange>(_ change: Change) -> Change.Result {
        switch self {
        case .zones(let screen): return apply(change, to: screen, as: Screen.zones)
        case .zone(let screen): return apply(change, to: screen, as: Screen.zone)
        case .unit(let screen): return apply(change, to: screen, as: Screen.unit)
        case .occupants(let screen): return apply(change, to: screen, as: Screen.occupants)
        case .occupant(let screen): return apply(change, to: screen, as: Screen.occupant)
        case .occupantPicker(let screen):
            return apply(change, to: screen, as: Screen.occupantPicker)
        case .unitPicker(let screen): return apply(change, to: screen, as: Screen.unitPicker)
        case .assignForm(let screen): return apply(change, to: screen, as: Screen.assignForm)
        case .releaseForm(let screen): return apply(change, to: screen, as: Screen.releaseForm)
        case .cancelForm(let screen): return apply(change, to: screen, as: Screen.cancelForm)
        case .unitForm(let screen): return apply(change, to: screen, as: Screen.unitForm)
        case .occupantForm(let screen): return apply(change, to: screen, as: Screen.occupantForm)
        case .printDialog(let screen): return apply(change, to: screen, as: Screen.printDialog)
        case .calls(let screen): return apply(change, to: screen, as: Screen.calls)
        case .call(let screen): return apply(change, to: screen, as: Screen.call)
        case .ranking(let screen): return apply(change, to: screen, as: Screen.ranking)
        case .applicationForm(let screen):
            return apply(change, to: screen, as: Screen.applicationForm)
        case .allocation(let screen): return apply(change, to: screen, as: Screen.allocation)
        case .offers(let screen): return apply(change, to: screen, as: Screen.offers)
        case .waitingList(let screen): return apply(change, to: screen, as: Screen.waitingList)
        case .rack(let screen): return apply(change, to: screen, as: Screen.rack)
        case .ledger(let screen): return apply(change, to: screen, as: Screen.ledger)
        case .followUp(let screen): return apply(change, to: screen, as: Screen.followUp)
        }
    }

    private mutating func apply<Model: ScreenModel, Change: ScreenChange>(
        _ change: Change, to screen: Model, as wrap: (Model) -> Screen
    ) -> Change.Result {
        var screen = screen
        let result = change(&screen)
        self = wrap(screen)
        return result
    }
}
