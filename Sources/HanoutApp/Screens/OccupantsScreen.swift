import HanoutDomain
import TerminalKit

/// The occupant directory (being written).
public struct OccupantsScreen: ScreenModel {
    public init() {}
    public var request: DataRequest? { nil }
    public func title(_ context: AppContext) -> String { context.text("Occupants", "Occupants") }
    public func help(_ context: AppContext) -> [KeyHelp] { [] }
    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? { nil }
    public mutating func receive(_ result: DataResult, for request: DataRequest, _ context: AppContext) {}
    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor { .hidden }
}

/// One occupant's record (being written).
public struct OccupantScreen: ScreenModel {
    public var occupantID: Int64
    public init(occupantID: Int64) { self.occupantID = occupantID }
    public var request: DataRequest? { .occupant(id: occupantID) }
    public func title(_ context: AppContext) -> String { "#\(occupantID)" }
    public func help(_ context: AppContext) -> [KeyHelp] { [] }
    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? { nil }
    public mutating func receive(_ result: DataResult, for request: DataRequest, _ context: AppContext) {}
    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor { .hidden }
}
