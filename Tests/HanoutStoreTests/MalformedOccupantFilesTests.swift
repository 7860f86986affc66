import Foundation
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// A corpus of occupants files a clerk could really be handed (saved from a
/// spreadsheet in the wrong encoding, cut short, typed by hand), each of which
/// must be refused whole, with the file, the line and the field of what is
/// wrong, and leave the register byte for byte as it was.
@Suite struct MalformedOccupantFilesTests {
    /// One malformed file: its bytes, and where the refusal must point.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var line: Int
        /// The field named, nil for a problem of the whole line or file.
        var field: String?

        var testDescription: String { name }
    }

    static let header = "kind,name,trades,cin,nia,phone,commune,registration,members,category,id\n"

    /// A file of the full header and `lines`, each line given whole.
    static func file(_ lines: String...) -> [UInt8] {
        Array((header + lines.joined()).utf8)
    }

    static let good = "artisan,Itto Aït Baha,MEN,,,,,,,,\n"

    static let corpus: [Case] = [
        // The file as a whole, and its header.
        Case(name: "empty file", bytes: [], line: 1),
        Case(name: "header only", bytes: file(), line: 2),
        Case(name: "header then blank lines", bytes: file("\n", "\r\n"), line: 2),
        Case(
            name: "required column missing", bytes: Array("kind,name\nartisan,Itto\n".utf8),
            line: 1, field: "trades"),
        Case(
            name: "unknown column", bytes: Array("kind,nom,name,trades\n".utf8), line: 1,
            field: "nom"),
        Case(
            name: "column repeated", bytes: Array("kind,name,trades,name\n".utf8), line: 1,
            field: "name"),
        Case(
            name: "semicolons of a French spreadsheet",
            bytes: Array("kind;name;trades\nartisan;Itto;MEN\n".utf8), line: 1, field: "kind"),
        Case(
            name: "header quote never closed", bytes: Array("kind,\"name,trades\n".utf8), line: 1,
            field: "column 2"),
        // The values of one line.
        Case(name: "unknown kind", bytes: file("robot,Itto,MEN,,,,,,,,\n"), line: 2, field: "kind"),
        Case(name: "empty kind", bytes: file(",Itto,MEN,,,,,,,,\n"), line: 2, field: "kind"),
        Case(name: "empty name", bytes: file("artisan,,MEN,,,,,,,,\n"), line: 2, field: "name"),
        Case(name: "blank name", bytes: file("artisan,   ,MEN,,,,,,,,\n"), line: 2, field: "name"),
        Case(name: "no trade", bytes: file("artisan,Itto,,,,,,,,,\n"), line: 2, field: "trades"),
        Case(
            name: "only separators in trades", bytes: file("artisan,Itto,;;,,,,,,,,\n"), line: 2,
            field: "trades"),
        Case(
            name: "trade repeated", bytes: file("artisan,Itto,MEN;MEN,,,,,,,,\n"), line: 2,
            field: "trades"),
        Case(
            name: "unknown trade", bytes: file("artisan,Itto,NOPE,,,,,,,,\n"), line: 2,
            field: "trades"),
        Case(
            name: "trade in small letters", bytes: file("artisan,Itto,men,,,,,,,,\n"), line: 2,
            field: "trades"),
        Case(
            name: "unknown category", bytes: file("artisan,Itto,MEN,,,,,,,grand,\n"), line: 2,
            field: "category"),
        Case(
            name: "negative members", bytes: file("cooperative,Tifaout,MEN,,,,,,-3,,\n"), line: 2,
            field: "members"),
        Case(
            name: "members in words", bytes: file("cooperative,Tifaout,MEN,,,,,,dix,,\n"), line: 2,
            field: "members"),
        Case(name: "id zero", bytes: file("artisan,Itto,MEN,,,,,,,,0\n"), line: 2, field: "id"),
        Case(
            name: "negative id", bytes: file("artisan,Itto,MEN,,,,,,,,-5\n"), line: 2, field: "id"),
        Case(
            name: "id in letters", bytes: file("artisan,Itto,MEN,,,,,,,,abc\n"), line: 2,
            field: "id"),
        Case(
            name: "id of a registered occupant", bytes: file("artisan,Itto,MEN,,,,,,,,1\n"),
            line: 2, field: "id"),
        Case(
            name: "id twice in the file",
            bytes: file("artisan,Itto,MEN,,,,,,,,500\n", "artisan,Ijja,MEN,,,,,,,,500\n"),
            line: 3, field: "id"),
        Case(
            name: "CIN twice in the file",
            bytes: file("artisan,Itto,MEN,JB1,,,,,,,\n", "artisan,Ijja,MEN,JB1,,,,,,,\n"),
            line: 3, field: "cin"),
        Case(
            name: "CIN twice in the file in two cases",
            bytes: file("artisan,Itto,MEN,jb1,,,,,,,\n", "artisan,Ijja,MEN,JB1,,,,,,,\n"),
            line: 3, field: "cin"),
        Case(
            name: "CIN already registered", bytes: file("artisan,Itto,MEN,JE264760,,,,,,,\n"),
            line: 2, field: "cin"),
        Case(
            name: "CIN already registered, in small letters",
            bytes: file("artisan,Itto,MEN,je264760,,,,,,,\n"), line: 2, field: "cin"),
        Case(
            name: "CIN longer than a card's",
            bytes: file("artisan,Itto,MEN,\(String(repeating: "J", count: 41)),,,,,,,\n"),
            line: 2, field: "cin"),
        // The shape of a line.
        Case(name: "too few fields", bytes: file("artisan,Itto\n"), line: 2, field: "trades"),
        Case(
            name: "too many fields", bytes: file("artisan,Itto,MEN,,,,,,,,,extra\n"), line: 2,
            field: "column 12"),
        Case(
            name: "quote never closed", bytes: file(good, "artisan,\"Itto,MEN,,,,,,,,\n", good),
            line: 3, field: "name"),
        Case(
            name: "text after a closing quote", bytes: file("artisan,\"Itto\" Baha,MEN,,,,,,,,\n"),
            line: 2, field: "name"),
        Case(
            name: "quote inside a bare field", bytes: file("artisan,Itto \"Baha\",MEN,,,,,,,,\n"),
            line: 2, field: "name"),
        Case(
            name: "Latin-1 accent",
            bytes: file() + Array("artisan,A".utf8) + [0xE9] + Array("t,MEN,,,,,,,,\n".utf8),
            line: 2, field: "name"),
        Case(
            name: "UTF-8 cut at the end of the file",
            bytes: file("artisan,Itto,MEN,,,,") + [0xD8], line: 2, field: "commune"),
        Case(
            name: "NUL inside a name",
            bytes: file() + Array("artisan,It".utf8) + [0] + Array("to,MEN,,,,,,,,\n".utf8),
            line: 2, field: "name"),
        Case(
            name: "a 10 MB name",
            bytes: file("artisan,\(String(repeating: "x", count: 10_000_000)),MEN,,,,,,,,\n"),
            line: 2, field: "name"),
        Case(
            name: "a name longer than a card can show",
            bytes: file("artisan,\(String(repeating: "Itto ", count: 40)),MEN,,,,,,,,\n"), line: 2,
            field: "name"),
        Case(
            name: "escape sequence in a name",
            bytes: file("artisan,Itto\u{1B}]0;PWNED\u{07},MEN,,,,,,,,\n"), line: 2, field: "name"),
        Case(
            name: "C1 control in a commune",
            bytes: file("artisan,Itto,MEN,,,,Tafraout\u{85},,,,\n"),
            line: 2, field: "commune"),
        Case(
            name: "tab in a phone number", bytes: file("artisan,Itto,MEN,,,06\t12,,,,,\n"), line: 2,
            field: "phone"),
        Case(
            name: "line break inside a quoted name",
            bytes: file(good, "artisan,\"Itto\nAït Baha\",MEN,,,,,,,,\n"), line: 3, field: "name"),
        Case(
            name: "old Mac line ends", bytes: Array((header + good + "robot,X,MEN,,,,,,,,\r").utf8),
            line: 3, field: "kind"),
        Case(
            name: "a bad line far into the file",
            bytes: file(
                (0..<997).map { "artisan,Itto \($0),MEN,,,,,,,,\n" }.joined(),
                "artisan,Ijja,MEN,,,,,,,,x\n"),
            line: 999, field: "id"),
    ]

    @Test func theCorpusIsLargeAndEachCaseIsDifferent() {
        #expect(Self.corpus.count >= 40)
        #expect(Set(Self.corpus.map(\.bytes)).count == Self.corpus.count)
    }

    @Test(arguments: corpus)
    func eachFileIsRefusedWholeNamingItsLineAndFieldAndLeavesTheRegisterAsItWas(_ malformed: Case)
        throws
    {
        let register = try ScratchRegister()
        defer { register.remove() }
        let before = try register.bytes()
        let error = try #require(throws: ImportFailed.self) {
            try register.database.importOccupants(csv: malformed.bytes, file: "in.csv", by: "test")
        }
        let place = "in.csv:\(malformed.line)" + (malformed.field.map { ":\($0)" } ?? ":")
        let messages = error.problems.map { $0.message(in: .en) }
        #expect(messages.contains { $0.hasPrefix(place) }, "\(messages)")
        #expect(try register.bytes() == before)
    }
}

/// A register on disk with the trades and two occupants (one with a CIN),
/// kept open, whose file can be compared byte for byte before and after an
/// import. The comparison is made within one opening: opening a WAL pool,
/// GRDB creates and drops a table (its issue 102) when the WAL is empty, which
/// changes the schema counter in the file's header without touching the data.
struct ScratchRegister {
    let path = temporaryPath()
    private(set) var database: AppDatabase

    init() throws {
        database = try AppDatabase.open(at: path)
        let fixtures = try FixtureSet.load(from: TestRepository.fixtures)
        try database.install(
            FixtureSet(
                trades: fixtures.trades, zones: [], units: [],
                occupants: [
                    Occupant(id: 1, kind: .artisan, name: "Brahim", trades: ["MEN"]),
                    Occupant(
                        id: 2, kind: .artisan, name: "Lahcen", trades: ["MEN"], cin: "JE264760"),
                ], allocations: []),
            by: "test")
    }

    /// The register's file, with every commit folded in from the WAL.
    func bytes() throws -> Data {
        try database.writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        let wal = try FileManager.default.attributesOfItem(atPath: path + "-wal")
        #expect(wal[.size] as? Int == 0)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// Puts the file back as `bytes`, and opens it again.
    mutating func restore(_ bytes: Data) throws {
        try database.close()
        try bytes.write(to: URL(fileURLWithPath: path))
        database = try AppDatabase.open(at: path)
    }

    func remove() {
        try? database.close()
        removeTemporaryFolder(of: path)
    }
}
