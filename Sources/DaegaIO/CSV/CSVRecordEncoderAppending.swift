extension CSVRecordEncoder {
    /// Encodes one record as ``encode(_:then:)`` does and appends its bytes to `bytes` (a block of records written
    /// at once); nothing is appended when a cell cannot be written.
    /// - Returns: the line breaks inside the record's quoted fields.
    /// - Throws: `CellFailure` for a cell the output encoding cannot hold.
    func encode(_ texts: CSVRecord, then cells: [CSVCell], appendingTo bytes: inout [UInt8]) throws(CellFailure) -> Int {
        let record = try encode(texts, then: cells)
        bytes.append(contentsOf: record.bytes)
        return record.lineBreaksInFields
    }
}
