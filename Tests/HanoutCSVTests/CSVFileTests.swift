import Foundation
import Testing

@testable import HanoutCSV

/// A file read a block at a time gives what the same bytes read at once give,
/// wherever the blocks cut its records.
@Suite struct CSVFileTests {
    func file(_ text: String) throws -> CSVFile {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("csv-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Opened before the name is removed: read as any open file is.
        return try #require(CSVFile(path: path))
    }

    /// Every record, or the error, as a line of text to compare.
    func read(_ reader: CSVReader) -> [String] {
        var iterator = reader.makeIterator()
        var lines: [String] = []
        do {
            while let record = try iterator.nextRecord() {
                lines.append("\(record.line): \(record.fields)")
            }
        } catch {
            lines.append("error \(error)")
        }
        return lines
    }

    @Test(arguments: [
        "\u{FEFF}a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\n3,,\r\n",
        "kind,name\nartisan,Aït Ali\ncooperative,\"ⵉⵟⵜⵓ, \"\"Tifaout\"\"\"\n\nartisan,فاطمة",
        "a,b\n1,\"never closed\n2,3\n",
        "a,b\n1,\"closed\"x\n",
        "a\r\n\r\n\"\"\r",
    ])
    func blocksOfAnySizeReadWhatTheBytesHold(text: String) throws {
        let whole = read(CSVReader(bytes: Array(text.utf8)))
        #expect(!whole.isEmpty)
        for blockSize in [1, 2, 3, 5, 8, 13, 1024] {
            let blocks = read(CSVReader(file: try file(text), blockSize: blockSize))
            #expect(blocks == whole, "block size \(blockSize)")
        }
    }

    @Test func aFileThatCannotBeOpenedIsNil() {
        #expect(CSVFile(path: "/nonexistent/occupants.csv") == nil)
        #expect(CSVFile(path: NSTemporaryDirectory()) == nil, "a folder")
    }
}

@Suite struct CSVWriterAppendTests {
    @Test func appendingALineGivesTheBytesOfTheLine() {
        let fields = ["1", "Aït, \"Ali\"", "", "two\nlines", "ⵉⵟⵜⵓ"]
        var bytes: [UInt8] = Array("head\n".utf8)
        CSVWriter.append(fields, to: &bytes)
        #expect(bytes == Array(("head\n" + CSVWriter.line(fields)).utf8))
    }
}
