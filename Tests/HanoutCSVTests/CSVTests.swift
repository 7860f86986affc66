import Testing

@testable import HanoutCSV

@Suite struct CSVTests {
    @Test func readsPlainAndQuotedFieldsWithTheirLines() throws {
        let text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n3,,\n"
        let records = try CSVReader(string: text).records()
        #expect(records.map(\.line) == [1, 2, 3, 5])
        #expect(records[1].fields == ["1", "x, y", "say \"hi\""])
        #expect(records[2].fields == ["2", "two\nlines", ""])
        #expect(records[3].fields == ["3", "", ""])
    }

    @Test func aFileWithoutAFinalNewlineKeepsItsLastRecord() throws {
        let records = try CSVReader(string: "a,b\n1,2").records()
        #expect(records.last?.fields == ["1", "2"])
    }

    @Test func skipsAByteOrderMark() throws {
        let records = try CSVReader(bytes: [0xEF, 0xBB, 0xBF] + Array("id\n".utf8)).records()
        #expect(records.first?.fields == ["id"])
    }

    @Test func anUnterminatedQuoteIsAnErrorOnTheLineWhereItOpened() {
        #expect(throws: CSVError(line: 2, field: 1, problem: .unterminatedQuote)) {
            try CSVReader(string: "a,b\n1,\"never closed\n3,4\n").records()
        }
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        #expect(throws: CSVError(line: 1, field: 0, problem: .textAfterClosingQuote)) {
            try CSVReader(string: "\"a\"b,c\n").records()
        }
    }

    @Test func writingThenReadingGivesTheSameFields() throws {
        let rows = [["1", "Aït, \"Lahcen\"", "deux\nlignes"], ["2", "فاطمة", ""]]
        let text = CSVWriter.table(header: ["id", "name", "note"], rows: rows)
        let records = try CSVReader(string: text).records()
        #expect(records.dropFirst().map(\.fields) == rows)
    }

    @Test func aQuoteInsideABareFieldIsAnErrorNotPartOfTheText() {
        #expect(throws: CSVError(line: 2, field: 1, problem: .quoteInBareField)) {
            try CSVReader(string: "a,b\n1,Dit \"Tamount\"\n").records()
        }
    }

    @Test func bytesThatAreNotUTF8AreAnErrorNeverAReplacementCharacter() {
        let latin1 = Array("a,b\n1,A".utf8) + [0xE9] + Array("t\n".utf8)
        #expect(throws: CSVError(line: 2, field: 1, problem: .notUTF8)) {
            try CSVReader(bytes: latin1).records()
        }
    }

    @Test func aNULByteIsAnErrorInABareOrAQuotedField() {
        #expect(throws: CSVError(line: 2, field: 0, problem: .nulByte)) {
            try CSVReader(bytes: Array("a,b\n".utf8) + [0]).records()
        }
        #expect(throws: CSVError(line: 1, field: 1, problem: .nulByte)) {
            try CSVReader(bytes: Array("a,\"b".utf8) + [0] + Array("\"\n".utf8)).records()
        }
    }

    @Test func aFieldLongerThanTheLimitIsAnErrorAndOneAtTheLimitIsRead() throws {
        let limit = CSVReader.maximumFieldBytes
        let atLimit = try CSVReader(string: "a,\(String(repeating: "x", count: limit))\n").records()
        #expect(atLimit.first?.fields[1].utf8.count == limit)
        #expect(throws: CSVError(line: 1, field: 1, problem: .fieldTooLong)) {
            try CSVReader(string: "a,\"\(String(repeating: "x", count: limit + 1))\"\n").records()
        }
    }
}
