import Foundation
import HanoutDomain

/// `fixtures/calls.json`: calls for applications told as what the clerk did,
/// day by day, so that installing replays them through the store's actions.
struct CallsFile: Decodable, Sendable {
    /// Free text on the file: what is illustrative.
    var note: String
    /// The clerk every replayed action is journaled under (a fixed name, so
    /// two builds of the fixtures give the same journal).
    var clerk: String
    var calls: [FixtureCall]

    struct FixtureCall: Decodable, Sendable {
        var reference: String
        var zone: String
        var province: String
        var title: String
        var note: String
        var units: [OfferedUnit]
        /// Empty: the trades the units offered allow.
        var trades: [String]
        var opensOn: Day
        var closesOn: Day
        var startsOn: Day
        var grid: String
        var documents: [String]
        var strikesAllowed: Int?
        var offerValidityDays: Int?
        var mode: AllocationMode
        var applications: [FixtureApplication]
        /// What happened after the filing, in order; the call is created and
        /// opened on `opensOn` before any of it.
        var story: [Step]

        var call: Call {
            Call(
                reference: reference, zoneCode: zone, title: title, units: units,
                trades: trades, opensOn: opensOn, closesOn: closesOn, startsOn: startsOn,
                gridCode: grid, documentsRequired: documents,
                strikesAllowed: strikesAllowed ?? Call.defaultStrikes,
                offerValidityDays: offerValidityDays ?? Call.defaultOfferValidityDays, mode: mode)
        }
    }

    struct FixtureApplication: Decodable, Sendable {
        /// An occupant id of `occupants.csv`.
        var applicant: Int64
        /// The applicant's name as in `occupants.csv`: checked, so that a
        /// wrong id is caught instead of filing someone else's application.
        var name: String
        var trade: String
        /// ISO 8601 time the file was received (UTC).
        var filedAt: String
        var prefer: [String]?
        var acceptsOtherUnits: Bool?
        var declared: Declared
        /// Document name to the day it was received.
        var documents: [String: Day]
        /// Why the committee found the file inadmissible; absent: admissible.
        var inadmissible: String?
        /// The committee's mark after its visit; absent: no visit.
        var mark: Int?

        var form: ApplicationForm {
            ApplicationForm(
                occupantID: applicant, trade: trade, preferences: prefer ?? [],
                acceptsOtherUnits: acceptsOtherUnits ?? true,
                documents: documents.sorted { $0.key < $1.key }.map {
                    ReceivedDocument(name: $0.key, receivedOn: $0.value)
                },
                declared: declared.facts, filedAt: filedAt)
        }
    }

    /// What the applicant declares; the register gives the rest.
    struct Declared: Decodable, Sendable {
        var years: Int
        var province: String?
        var woman: Bool?
        var birthDay: Day?
        var disability: Bool?
        var goodStanding: Bool?

        var facts: ApplicantFacts {
            ApplicantFacts(
                yearsOfPractice: years, isWomanOrWomensCooperative: woman ?? false,
                birthDay: birthDay, hasDisability: disability ?? false, province: province,
                pastTenancyGoodStanding: goodStanding ?? false)
        }
    }

    /// One thing the clerk did on a day.
    struct Step: Decodable, Sendable {
        var on: Day
        var action: Action
        /// The lot's seed, for `rank`.
        var seed: UInt64?
        /// The unit put back in service, for `inService`.
        var unit: String?
        var note: String?
        /// The filing number (its rank in `applications`, from 1), for answers.
        var application: Int?

        enum Action: String, Decodable, Sendable {
            case close, examine, rank, freeze, inService, allocate, accept, decline, lapse
        }

        enum CodingKeys: String, CodingKey {
            case on, action = "do", seed, unit, note, application
        }
    }

    /// The file in `directory`, checked for its shape; none when there is no
    /// file (fixtures from before calls had none).
    static func load(from directory: URL, problems: inout [ImportProblem]) -> CallsFile? {
        let url = directory.appendingPathComponent("calls.json")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            problems.append(
                ImportProblem(file: "calls.json", fr: "fichier illisible", en: "file unreadable"))
            return nil
        }
        do {
            return try JSONDecoder().decode(CallsFile.self, from: data)
        } catch let error as DecodingError {
            problems.append(Self.problem(error))
        } catch {
            problems.append(
                ImportProblem(
                    file: "calls.json", fr: "JSON illisible : \(error)",
                    en: "unreadable JSON: \(error)"))
        }
        return nil
    }

    /// The decoder's complaint with its JSON path, which names the call and
    /// the application (`calls[0].applications[6].trade`).
    static func problem(_ error: DecodingError) -> ImportProblem {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
            return String(text.joined().drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            return ImportProblem(
                file: "calls.json", field: field, fr: "champ manquant", en: "missing field")
        case .typeMismatch(_, let context), .valueNotFound(_, let context),
            .dataCorrupted(let context):
            return ImportProblem(
                file: "calls.json", field: path(context.codingPath),
                fr: "valeur invalide : \(context.debugDescription)",
                en: "invalid value: \(context.debugDescription)")
        @unknown default:
            return ImportProblem(
                file: "calls.json", fr: "JSON invalide", en: "invalid JSON")
        }
    }
}
