@testable import HanoutDomain

/// A small call worked by hand in the tests: the Tafraout market, a grid of
/// seven criteria, closing on 31 January 2027.
enum CallExample {
    static func day(_ text: String) -> Day {
        Day(text) ?? Day(daysSinceEpoch: 0)
    }

    static let call = Call(
        reference: "TAF-2027-01", zoneCode: "TAF", title: "Marché de Tafraout",
        units: [OfferedUnit(unitCode: "TAF-04"), OfferedUnit(unitCode: "TAF-06")],
        trades: ["TAP", "VAN"], opensOn: day("2027-01-02"), closesOn: day("2027-01-31"),
        startsOn: day("2027-03-01"), gridCode: "TEST", documentsRequired: ["CIN", "NIA"],
        status: .closed)

    static let context = ScoringContext(
        commune: "Tafraout", province: "Tiznit", closesOn: day("2027-01-31"))

    static let grid = ScoringGrid(
        code: "TEST", titleFr: "Grille d'essai", titleEn: "Test grid",
        criteria: [
            ScoringCriterion(
                key: "years", labelFr: "Années de pratique", labelEn: "Years of practice",
                fact: .yearsOfPractice, weight: 2, cap: 20),
            ScoringCriterion(
                key: "master", labelFr: "Maître-artisan", labelEn: "Master artisan",
                fact: .masterArtisan, weight: 5, cap: 5),
            ScoringCriterion(
                key: "commune", labelFr: "Réside dans la commune",
                labelEn: "Resides in the commune", fact: .residesInCommune, weight: 10, cap: 10),
            ScoringCriterion(
                key: "province", labelFr: "Réside dans la province",
                labelEn: "Resides in the province", fact: .residesInProvince, weight: 5, cap: 5),
            ScoringCriterion(
                key: "woman", labelFr: "Candidate ou coopérative de femmes",
                labelEn: "Woman applicant or women's cooperative",
                fact: .womanOrWomensCooperative, weight: 5, cap: 5),
            ScoringCriterion(
                key: "young", labelFr: "Moins de 35 ans", labelEn: "Under 35", fact: .under35,
                weight: 5, cap: 5),
            ScoringCriterion(
                key: "mark", labelFr: "Note de la commission", labelEn: "Committee mark",
                fact: .committeeMark, weight: 1, cap: 15),
        ])

    static func application(
        _ id: Int64, trade: String = "TAP", filedAt: String? = nil, facts: ApplicantFacts,
        admissibility: Admissibility = .admissible, withdrawnOn: Day? = nil,
        preferences: [String] = []
    ) -> Application {
        Application(
            id: id, callReference: "TAF-2027-01", number: Int(id),
            filedAt: filedAt ?? "2027-01-1\(id % 10)T09:00:00Z", occupantID: 100 + id,
            trade: trade, preferences: preferences, facts: facts, admissibility: admissibility,
            withdrawnOn: withdrawnOn)
    }
}
