/// The occupancy report (being written).
enum HanoutReports {}
