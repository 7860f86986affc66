/// An allocation with the names a listing needs.
public struct AllocationLine: Hashable, Sendable {
    public var allocation: Allocation
    public var occupantName: String
    public var zoneCode: String

    public init(allocation: Allocation, occupantName: String, zoneCode: String) {
        self.allocation = allocation
        self.occupantName = occupantName
        self.zoneCode = zoneCode
    }
}
