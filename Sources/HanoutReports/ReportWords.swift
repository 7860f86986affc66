import HanoutDomain

/// The report's words in the clerk's language: titles, labels, totals.
///
/// Kept in one place so that the text, CSV and HTML reports say the same
/// thing in the same words, in French and in English.
struct ReportWords {
    var language: Language

    func pick(_ french: String, _ english: String) -> String {
        language.pick(fr: french, en: english)
    }

    func day(_ day: Day?) -> String {
        day.map { DayFormat.show($0, in: language) } ?? ""
    }

    /// An area in square metres: whole numbers without decimals, a decimal comma in French.
    func area(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        let tenths = Int((value * 10).rounded())
        let text = "\(tenths / 10).\(abs(tenths % 10))"
        return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    // MARK: - Header

    var reportTitle: String { pick("Occupation des locaux", "Occupancy of the units") }
    var sheetTitle: String { pick("Fiche du local", "Unit sheet") }
    var history: String { pick("Historique des attributions", "Allocation history") }
    var noHistory: String { pick("Aucune attribution.", "No allocation.") }

    func title(_ report: OccupancyReport) -> String {
        report.isUnitSheet ? sheetTitle : reportTitle
    }

    func endOfSheet(_ unit: String) -> String {
        pick("Fin de la fiche du local \(unit).", "End of the sheet of unit \(unit).")
    }

    func commune(_ name: String) -> String { pick("Commune : \(name)", "Commune: \(name)") }

    func page(_ index: Int, of count: Int) -> String {
        pick("Page \(index) sur \(count)", "Page \(index) of \(count)")
    }

    func occupancy(on day: Day) -> String {
        pick("Occupation au \(self.day(day))", "Occupancy on \(self.day(day))")
    }

    func clerk(_ name: String) -> String { pick("Agent : \(name)", "Clerk: \(name)") }

    func printed(on day: Day) -> String {
        pick("édité le \(self.day(day))", "printed on \(self.day(day))")
    }

    // MARK: - Plan

    var plan: String { pick("Plan des locaux", "Floor plan") }

    func planPart(_ index: Int, of count: Int) -> String {
        pick(
            "Plan des locaux (partie \(index) sur \(count))",
            "Floor plan (part \(index) of \(count))")
    }

    /// The letters and what they mean, for black-and-white paper.
    var legend: String {
        let states = UnitState.allCases.map { "\($0.letter) \($0.name(in: language))" }
        return pick("Légende : ", "Legend: ") + states.joined(separator: " · ")
    }

    var tileLegend: String {
        pick(
            "Case : numéro, état, métier (+ : plusieurs métiers admis, * : tout métier), occupant.",
            "Tile: number, state, trade (+: several trades allowed, *: any trade), occupant.")
    }

    var noUnits: String { pick("Aucun local dans cette zone.", "This zone has no units.") }

    // MARK: - Table

    var units: String { pick("Locaux", "Units") }
    var unitsContinued: String { pick("Locaux (suite)", "Units (continued)") }
    var unit: String { pick("Local", "Unit") }
    var area: String { "m²" }
    var allowedTrades: String { pick("Métiers admis", "Allowed trades") }
    var state: String { pick("État", "State") }
    var occupant: String { "Occupant" }
    var trade: String { pick("Métier", "Trade") }
    var since: String { pick("Depuis", "Since") }
    var until: String { pick("Jusqu'au", "Until") }
    var decision: String { pick("Décision", "Decision") }
    var anyTrade: String { "*" }

    func stateCell(_ state: UnitState) -> String {
        "\(state.letter) \(state.name(in: language))"
    }

    // MARK: - Totals

    var totalsTitle: String { pick("Totaux", "Totals") }
    var allUnits: String { pick("Tous les locaux", "All units") }

    /// The states in the order a reader looks for them: occupied first.
    static let totalsOrder: [UnitState] = [.occupied, .vacant, .reserved, .underWorks]

    /// A state's name as a totals label, plural in French ("occupés").
    func totalsName(_ state: UnitState) -> String {
        let name = state.name(in: language)
        return language == .fr && state != .underWorks ? name + "s" : name
    }

    /// A state as a totals label with its letter: "O occupés".
    func totalsLabel(_ state: UnitState) -> String {
        "\(state.letter) \(totalsName(state))"
    }

    /// "Occupancy rate: 56 % (14 occupied of 25 units)".
    func rate(_ totals: OccupancyTotals) -> String {
        let occupied = totals.occupied
        let units = totals.units
        return pick(
            "Taux d'occupation : \(totals.percent) % (\(occupied) \(occupied > 1 ? "occupés" : "occupé")"
                + " sur \(units) \(units > 1 ? "locaux" : "local"))",
            "Occupancy rate: \(totals.percent) % (\(occupied) occupied of \(units) \(units == 1 ? "unit" : "units"))"
        )
    }

    func endOfReport(_ zone: String) -> String {
        pick("Fin de l'état de la zone \(zone).", "End of the report for zone \(zone).")
    }
}
