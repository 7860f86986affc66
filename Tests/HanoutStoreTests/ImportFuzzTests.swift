import Foundation
import HanoutCSV
import HanoutDomain
import Testing

@testable import HanoutStore

/// Good occupants files, bent at random (bytes changed, added, removed,
/// repeated, the end cut off), given to the CSV reader and to the import.
/// Seeded, so a failure is found again with the same case number.
@Suite struct ImportFuzzTests {
    static let seed: UInt64 = 20_261_204

    static let goodFiles: [String] = [
        "kind,name,trades\nartisan,Itto Aït Baha,MEN\ncooperative,Tifaout,MEN;SER\n",
        "\u{FEFF}kind,name,trades,cin,phone\r\nartisan,\"Aït Lahcen, Brahim\",MEN,JB12,0612\r\n"
            + "association,\"Dit \"\"Tamount\"\"\",SER,,\r\n",
        "id,kind,name,trades,commune,members,category\n700,artisan,فاطمة أوبلا,MEN,Tafraout,,master\n"
            + "701,cooperative,Coopérative Argane,SER,Tiznit,12,\n",
        "kind,name,trades,registration\nassociation,\"Deux\nlignes\",MEN,R-9\n",
    ]

    /// Bytes that make CSV go wrong more often than chance would.
    static let pointedBytes: [UInt8] = [
        UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
        UInt8(ascii: ";"), UInt8(ascii: " "), 0, 0x1B, 0x85, 0xC3, 0xD8, 0xE2, 0xFF,
    ]

    /// `bytes` bent one to four times.
    static func bend(_ bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let place = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
            let byte =
                Bool.random(using: &random)
                ? pointedBytes.randomElement(using: &random) ?? 0
                : UInt8.random(in: 0...255, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0 where !bytes.isEmpty: bytes[place] = byte
            case 1: bytes.insert(byte, at: place)
            case 2 where !bytes.isEmpty: bytes.remove(at: place)
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, place + Int.random(in: 1...16, using: &random))
                bytes.insert(contentsOf: bytes[place..<end], at: place)
            default: bytes.removeSubrange(place...)
            }
        }
        return bytes
    }

    static func cases(_ count: Int) -> [[UInt8]] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            bend(Array((goodFiles.randomElement(using: &random) ?? "").utf8), using: &random)
        }
    }

    @Test func theReaderReadsOrRefusesEveryBentFileOnALineItHas() {
        var refused = 0
        for (number, bytes) in Self.cases(5_000).enumerated() {
            let lines = bytes.count { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } + 1
            do {
                let records = try CSVReader(bytes: bytes).records()
                #expect(records.allSatisfy { (1...lines).contains($0.line) }, "case \(number)")
            } catch {
                refused += 1
                #expect((1...lines).contains(error.line), "case \(number)")
            }
        }
        print("fuzz: CSV reader, 5000 bent files, \(refused) refused, no crash")
        #expect(refused > 0)
    }

    @Test func aRefusedImportLeavesTheRegisterByteForByteAsItWas() throws {
        var register = try ScratchRegister()
        defer { register.remove() }
        let pristine = try register.bytes()
        // What the file holds after a reopening (see `ScratchRegister`).
        var before = pristine
        var refused = 0
        var namingAField = 0
        for (number, bytes) in Self.cases(1_500).enumerated() {
            let database = register.database
            switch Result(catching: { try database.importOccupants(csv: bytes, file: "f", by: "t") }
            ) {
            case .success(let count):
                #expect(count > 0, "case \(number)")
                try register.restore(pristine)
                before = try register.bytes()
            case .failure(let error):
                refused += 1
                let failed = try #require(error as? ImportFailed, "case \(number): \(error)")
                #expect(!failed.problems.isEmpty && failed.problems.allSatisfy { $0.line != nil })
                Self.checkPlaces(of: failed, case: number)
                namingAField += failed.problems.filter { $0.field != nil }.count
                #expect(try register.bytes() == before, "case \(number)")
            }
        }
        print(
            "fuzz: import, 1500 bent files, \(refused) refused whole, \(1_500 - refused) imported, "
                + "\(namingAField) problems naming their field")
        #expect(refused > 0)
        #expect(namingAField > 0)
    }

    /// What the message format promises: `file:line:field: message`, the field there
    /// whenever the problem has one, and a problem without a field is about the file as a
    /// whole (empty, or a header and no line) and comes alone: a problem on a line of
    /// records (a value, a column too many or too few, a quote) names its column.
    static func checkPlaces(of failed: ImportFailed, case number: Int) {
        for problem in failed.problems {
            let message = problem.message(in: .en)
            let place = "f:\(problem.line ?? 0)" + (problem.field.map { ":\($0)" } ?? "") + ": "
            #expect(message.hasPrefix(place), "case \(number): \(message)")
        }
        if failed.problems.contains(where: { $0.field == nil }) {
            #expect(
                failed.problems.count == 1,
                "case \(number): a problem without its field among others: \(failed.problems)")
        }
    }
}
