@testable import DaegaIO
import Testing

/// A record keeps its fields as bytes: text, counts, in-place bytes and resizing must all agree with the fields given.
@Suite struct CSVRecordTests {
    let record = CSVRecord(fields: ["A-1", "", "민원 시스템", " x "], line: 7)

    @Test func fieldsComeBackAsWritten() {
        #expect(record.fields == ["A-1", "", "민원 시스템", " x "])
        #expect(record.fieldCount == 4)
        #expect(record.byteCount == 3 + 0 + "민원 시스템".utf8.count + 3)
        #expect(record[field: 2] == "민원 시스템")
        #expect(record[field: 1] == "")
        #expect(record.line == 7)
    }

    @Test func bytesAreReadInPlaceFieldByField() {
        let bytes = record.withFields { fields in fields.map(Array.init) }
        #expect(bytes == [Array("A-1".utf8), [], Array("민원 시스템".utf8), Array(" x ".utf8)])
    }

    @Test func resizingCutsOrPadsWithEmptyFields() {
        #expect(record.resized(to: 2).fields == ["A-1", ""])
        #expect(record.resized(to: 6).fields == ["A-1", "", "민원 시스템", " x ", "", ""])
        #expect(record.resized(to: 0).fields == [])
        #expect(record.resized(to: 4) == record)
        #expect(record.resized(to: 2).line == 7)
    }

    @Test func aBlankLineIsOneEmptyFieldAndNoFieldsIsNone() {
        #expect(CSVRecord(fields: [""], line: 1).fieldCount == 1)
        #expect(CSVRecord(fields: [], line: 1).fieldCount == 0)
        #expect(CSVRecord(fields: [""], line: 1) != CSVRecord(fields: [], line: 1))
        #expect(CSVRecord(fields: ["ab", "c"], line: 1) != CSVRecord(fields: ["a", "bc"], line: 1))
    }

    @Test func theReaderHandsOutTheSameRecordsAsTheirFields() throws {
        let records = try CSVReader(bytes: Array("id,name\r\n\"a,1\",\"줄\n바꿈\"\r\n\r\nb,\r\n".utf8)).readAll()
        #expect(records == [CSVRecord(fields: ["id", "name"], line: 1), CSVRecord(fields: ["a,1", "줄\n바꿈"], line: 2),
                            CSVRecord(fields: [""], line: 4), CSVRecord(fields: ["b", ""], line: 5)])
    }
}
