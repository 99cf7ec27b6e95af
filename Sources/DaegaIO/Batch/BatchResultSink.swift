import DaegaEngine

/// Where a batch's output rows go, in input order: the result CSV, or a table of cells for a workbook.
protocol BatchResultSink {
    /// The encoder the workers turn rows into CSV bytes with, or `nil` when rows are kept as cells.
    var recordEncoder: CSVRecordEncoder? { get }

    /// Takes the next output row.
    /// - Parameters:
    ///   - output: the row as the workers made it.
    ///   - input: the input file, for error locations.
    mutating func add(_ output: BatchRowOutcome.Output, input: String) throws(DaegaError)

    /// Takes the bytes of a block of rows already added, their CSV records one after another (empty when the rows
    /// are kept as cells).
    mutating func addBlock(_ bytes: [UInt8]) throws(DaegaError)

    /// Notes a failed row (its output row is added as well).
    mutating func addFailure(_ error: DaegaError, id: String)
}

extension CSVWriter: BatchResultSink {
    var recordEncoder: CSVRecordEncoder? { encoder }

    mutating func add(_ output: BatchRowOutcome.Output, input: String) throws(DaegaError) {
        guard case let .encoded(record) = output else { preconditionFailure("a CSV result gets encoded rows") }
        try count(record)
    }

    mutating func addBlock(_ bytes: [UInt8]) throws(DaegaError) { try write(encodedBytes: bytes) }

    /// The CSV's error column and the error report already hold the failure.
    mutating func addFailure(_ error: DaegaError, id: String) {}
}

extension BatchResultTable: BatchResultSink {
    var recordEncoder: CSVRecordEncoder? { nil }

    mutating func add(_ output: BatchRowOutcome.Output, input: String) throws(DaegaError) {
        guard case let .cells(row) = output else { preconditionFailure("a result table gets rows as cells") }
        try append(row, input: input)
    }

    /// A table keeps cells, so its blocks hold no bytes.
    mutating func addBlock(_ bytes: [UInt8]) {}
}
