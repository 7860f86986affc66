import Benchmark
import Foundation
import GRDB
import HanoutDomain
import HanoutStore

/// `hanout import occupants FILE` into a fresh database (made by `hanout
/// init` once, copied before each import), the file made once by `file`.
func importBenchmark(
    _ name: String, _ configuration: Benchmark.Configuration,
    file: @escaping @Sendable (BenchSettings) throws -> String
) {
    // The work files are named after the benchmark, so two imports never share one.
    let stem = "import-" + String(name.lowercased().filter(\.isLetter).prefix(40))
    Benchmark(name, configuration: configuration) {
        (benchmark, prepared: (settings: BenchSettings, template: String, file: String)) in
        let (settings, template, file) = prepared
        let target = settings.workFolder.appendingPath("\(stem)-target.sqlite")
        WriteDriver.remove(target)
        do {
            try FileManager.default.copyItem(atPath: template, toPath: target)
        } catch { fail("\(error)") }
        benchmark.measureProgram(settings, ["import", "occupants", file, "--db", target])
    } setup: {
        await prepare {
            let settings = try BenchSettings.load()
            let template = settings.workFolder.appendingPath("\(stem)-template.sqlite")
            WriteDriver.remove(template)
            try settings.run("init", "--db", template)
            return (settings, template, try file(settings))
        }
    } teardown: {
        let work = BenchSettings.workFolderPath
        WriteDriver.remove(work.appendingPath("\(stem)-target.sqlite"))
        WriteDriver.remove(work.appendingPath("\(stem)-template.sqlite"))
    }
}

/// The occupants file the import benchmark read when its 10 s target was
/// set (29 Nov 2026, 8.6 s then): as many lines as the benchmark database
/// has occupants, each a kind, a name drawn from a few given and family
/// names, and one or two trades of the fixtures; no CIN, NIA or phone.
/// Drawn from a fixed seed, so the same file every time.
enum NamesAndTradesFile {
    static let given = [
        "Lahcen", "Brahim", "Mbark", "Hassane", "Fatima", "Aicha", "Itto", "Mohamed", "Ahmed",
        "Khadija", "Zahra", "Said", "Omar", "Youssef", "Rachid", "Naima", "فاطمة", "ⵉⵟⵜⵓ",
    ]
    static let family = [
        "Aït Ali", "Aït Baha", "Id-Bourrous", "Oubella", "Amzil", "Bouzid", "Azenkad",
        "Ennajjar", "Oulhaj", "Ou-Brahim", "Amalou", "Boutaleb", "أمزيل", "ⴰⵢⵜ ⵎⴰⵙⵙ",
    ]

    /// Writes the file once for a count of occupants; gives its path.
    static func made(settings: BenchSettings) throws -> String {
        let count = try DatabaseQueue(path: settings.database).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM occupant") ?? 0
        }
        let path = settings.workFolder.appendingPath("names-and-trades-\(count).csv")
        if FileManager.default.fileExists(atPath: path) { return path }
        let trades = try FixtureSet.load(from: URL(fileURLWithPath: settings.fixtures)).trades
            .map(\.code)
        guard !trades.isEmpty else { throw BenchFailure("no trade in the fixtures") }
        var random = SplitMix64(seed: 42)
        var text = Array("kind,name,trades\n".utf8)
        text.reserveCapacity(count * 32)
        for _ in 0..<count {
            let cooperative = random.next() % 20 == 0
            let familyName = family[Int(random.next() % UInt64(family.count))]
            let name =
                cooperative
                ? "Coopérative \(familyName)"
                : "\(given[Int(random.next() % UInt64(given.count))]) \(familyName)"
            let main = trades[Int(random.next() % UInt64(trades.count))]
            let other = trades[Int(random.next() % UInt64(trades.count))]
            let codes = random.next() % 4 == 0 && other != main ? "\(main);\(other)" : main
            text += Array("\(cooperative ? "cooperative" : "artisan"),\(name),\(codes)\n".utf8)
        }
        let temporary = path + ".part"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text)) else {
            throw BenchFailure("cannot write \(temporary)")
        }
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
        return path
    }
}
