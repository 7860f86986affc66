import Foundation
import HanoutDomain

/// `fixtures/fees.json`: the zones' fee schedules, installed with the region.
struct FeesFile: Decodable, Sendable {
    /// Free text on the file: what is illustrative.
    var note: String
    var schedules: [FixtureSchedule]

    struct FixtureSchedule: Decodable, Sendable {
        var zone: String
        var conventionMonths: Int
        var depositMonths: Int
        var rates: [FixtureRate]
    }

    struct FixtureRate: Decodable, Sendable {
        var from: Day
        /// The last day the line applies; none for a line still in force.
        var until: Day?
        var basis: FeeBasis
        /// Dirhams with a dot for the decimals (`"10.00"`), never a float.
        var amount: String
        var units: [String]?
        var decision: String?
    }

    /// The schedules, each checked (`FeeSchedule.validated`), or the problems
    /// found, named by their place in the file.
    func schedules(problems: inout [ImportProblem]) -> [FeeSchedule] {
        schedules.enumerated().compactMap { index, schedule in
            var rates: [FeeRate] = []
            for (line, rate) in schedule.rates.enumerated() {
                let place = "schedules[\(index)].rates[\(line)]"
                guard case .success(let amount) = AmountText.parse(rate.amount) else {
                    problems.append(
                        ImportProblem(
                            file: "fees.json", field: "\(place).amount",
                            fr: "montant illisible « \(rate.amount) »",
                            en: "unreadable amount '\(rate.amount)'"))
                    continue
                }
                guard let period = Period(from: rate.from, through: rate.until) else {
                    problems.append(
                        ImportProblem(
                            file: "fees.json", field: "\(place).until",
                            fr: "fin avant le début", en: "ends before it starts"))
                    continue
                }
                rates.append(
                    FeeRate(
                        period: period, basis: rate.basis, amount: amount,
                        unitCodes: rate.units ?? [], decision: rate.decision))
            }
            let built = FeeSchedule(
                zoneCode: schedule.zone, conventionMonths: schedule.conventionMonths,
                depositMonths: schedule.depositMonths, rates: rates)
            switch built.validated() {
            case .success(let valid): return valid
            case .failure(let problem):
                problems.append(
                    ImportProblem(
                        file: "fees.json", field: "schedules[\(index)]",
                        fr: problem.message(in: .fr),
                        en: problem.message(in: .en)))
                return nil
            }
        }
    }

    /// The file in `directory`, or nil when there is none (fixtures from
    /// before fees had none).
    static func load(from directory: URL, problems: inout [ImportProblem]) -> [FeeSchedule] {
        let url = directory.appendingPathComponent("fees.json")
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            problems.append(
                ImportProblem(file: "fees.json", fr: "fichier illisible", en: "file unreadable"))
            return []
        }
        do {
            return try JSONDecoder().decode(FeesFile.self, from: data).schedules(
                problems: &problems)
        } catch {
            problems.append(
                ImportProblem(
                    file: "fees.json", fr: "JSON illisible : \(error)",
                    en: "unreadable JSON: \(error)"))
            return []
        }
    }
}

extension FeeBasis: Decodable {}
