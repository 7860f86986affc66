import HanoutDomain
import TextLayout

extension OccupancyReport {
    /// A unit's own sheet, printed from its record: the unit's row of the zone's report,
    /// and its allocations, oldest first, each string cleaned for the printer.
    public func sheet(of unit: String, history: [AllocationLine]) -> OccupancyReport {
        var sheet = selecting(units: [unit])
        sheet.unitHistory = history.map(\.cleanedForPrinting)
        sheet.isUnitSheet = true
        return sheet
    }
}

extension AllocationLine {
    /// The line with every string that came from data cleaned (`SafeText`), as
    /// `OccupancyReport` cleans its own.
    var cleanedForPrinting: AllocationLine {
        var line = self
        line.occupantName = SafeText.clean(occupantName)
        line.allocation.trade = SafeText.clean(allocation.trade)
        line.allocation.decision = allocation.decision.map { SafeText.clean($0) }
        line.allocation.overrideReason = allocation.overrideReason.map { SafeText.clean($0) }
        line.allocation.note = allocation.note.map { SafeText.clean($0) }
        if var ending = allocation.ending {
            ending.reason = SafeText.clean(ending.reason)
            line.allocation.ending = ending
        }
        if var cancellation = allocation.cancellation {
            cancellation.reason = SafeText.clean(cancellation.reason)
            line.allocation.cancellation = cancellation
        }
        return line
    }
}
