// Each screen of the stack as an optional: `state.top.zones` is the zones
// list when it is on top (a test takes it with `try #require`, and fails
// when another screen is there instead of returning early and passing).
extension Screen {
    public var zones: ZonesScreen? { if case .zones(let screen) = self { screen } else { nil } }
    public var zone: ZoneScreen? { if case .zone(let screen) = self { screen } else { nil } }
    public var unit: UnitScreen? { if case .unit(let screen) = self { screen } else { nil } }
    public var occupants: OccupantsScreen? {
        if case .occupants(let screen) = self { screen } else { nil }
    }
    public var occupant: OccupantScreen? {
        if case .occupant(let screen) = self { screen } else { nil }
    }
    public var occupantPicker: OccupantPicker? {
        if case .occupantPicker(let screen) = self { screen } else { nil }
    }
    public var unitPicker: UnitPicker? {
        if case .unitPicker(let screen) = self { screen } else { nil }
    }
    public var assignForm: AssignForm? {
        if case .assignForm(let screen) = self { screen } else { nil }
    }
    public var releaseForm: ReleaseForm? {
        if case .releaseForm(let screen) = self { screen } else { nil }
    }
    public var cancelForm: CancelForm? {
        if case .cancelForm(let screen) = self { screen } else { nil }
    }
    public var unitForm: UnitForm? {
        if case .unitForm(let screen) = self { screen } else { nil }
    }
    public var printDialog: PrintDialog? {
        if case .printDialog(let screen) = self { screen } else { nil }
    }
    public var calls: CallsScreen? { if case .calls(let screen) = self { screen } else { nil } }
    public var call: CallScreen? { if case .call(let screen) = self { screen } else { nil } }
    public var ranking: RankingScreen? {
        if case .ranking(let screen) = self { screen } else { nil }
    }
    public var applicationForm: ApplicationFormScreen? {
        if case .applicationForm(let screen) = self { screen } else { nil }
    }
    public var allocation: AllocationScreen? {
        if case .allocation(let screen) = self { screen } else { nil }
    }
    public var offers: OffersScreen? { if case .offers(let screen) = self { screen } else { nil } }
    public var waitingList: WaitingListScreen? {
        if case .waitingList(let screen) = self { screen } else { nil }
    }
    public var rack: RackScreen? { if case .rack(let screen) = self { screen } else { nil } }
    public var ledger: LedgerScreen? { if case .ledger(let screen) = self { screen } else { nil } }
    public var followUp: FollowUpScreen? {
        if case .followUp(let screen) = self { screen } else { nil }
    }
}
