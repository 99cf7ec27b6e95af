import DaegaEngine
import Dispatch

/// Checks a portfolio CSV row by row: each row goes through `ProjectCheckPlan` (the path `daega check` uses), so a
/// batch row and `daega check` always agree.
///
/// Rows are streamed in chunks of `BatchRequest.chunkRows`: a chunk is read, its rows are checked on
/// `BatchRequest.workers` threads, then written in file order — memory stays bounded by the chunk, not the file
/// (apart from the set of ids seen, for the uniqueness check). The result CSV and the error report are written through
/// `AtomicFileWriter`, so a fatal error (malformed CSV, unreadable encoding, failed write) leaves neither behind.
public enum BatchRunner {
    /// Called with every checked row in file order, on the calling thread: where per-project outputs (such as
    /// justification memos) hook into a batch. Throwing stops the batch and abandons its output.
    public typealias RowHandler = (BatchRow, ProjectInputs, ProjectCheckResult) throws(DaegaError) -> Void

    /// Runs a batch.
    /// - Parameters:
    ///   - request: the files, encoding, rate books and parallelism.
    ///   - onChecked: called for each checked row, in file order.
    ///   - progress: called on the calling thread with the number of rows done after each chunk.
    /// - Returns: the summary; per-row errors are counted there and written to the error report.
    /// - Throws: `DaegaError` for a fatal problem: the input unreadable or malformed (with line and column), the
    ///   header without `id`, an output path equal to an input, or a write that failed.
    public static func run(_ request: BatchRequest, onChecked: RowHandler? = nil,
                           progress: ((Int) -> Void)? = nil) throws(DaegaError) -> BatchSummary {
        if let errors = request.errors, FileIdentity(path: errors) != nil, FileIdentity(path: errors) == FileIdentity(path: request.output) {
            throw DaegaError(.outputSameAsInput, at: .file(path: errors, line: nil, column: nil),
                             "오류 보고 경로가 결과 파일과 같습니다: \(request.output)", expected: "결과 파일과 다른 경로")
        }
        let reader = try CSVReader(contentsOf: request.input)
        guard let headerRecord = try reader.next() else {
            throw DaegaError(.csvMissingColumn, at: .file(path: request.input, line: 1, column: nil), "파일이 비어 있습니다",
                             expected: "머리글(id, name, fp, budget …)과 사업별 행")
        }
        let parser = try BatchRowParser(header: headerRecord, path: request.input)
        var pass = Pass(request: request, reader: reader, parser: parser, onChecked: onChecked, progress: progress)
        let output = AtomicFileWriter(destination: request.output, inputs: [request.input])
        return try output.write { (sink) throws(DaegaError) in
            var writer = try CSVWriter(sink: sink, encoding: request.encoding)
            try writer.write((parser.header.names + BatchOutputRow.resultColumns).map(CSVCell.text))
            guard let errors = request.errors else {
                var report: BatchErrorReport?
                return try pass.run(writer: &writer, report: &report)
            }
            return try AtomicFileWriter(destination: errors, inputs: [request.input]).write { (errorSink) throws(DaegaError) in
                var report: BatchErrorReport? = try BatchErrorReport(sink: errorSink, encoding: request.encoding)
                return try pass.run(writer: &writer, report: &report)
            }
        }
    }

    /// One pass over the rows.
    private struct Pass {
        let request: BatchRequest
        let reader: CSVReader
        let parser: BatchRowParser
        let onChecked: RowHandler?
        let progress: ((Int) -> Void)?
        var seenIDs: Set<String> = []
        var summary = BatchSummary()

        init(request: BatchRequest, reader: CSVReader, parser: BatchRowParser, onChecked: RowHandler?,
             progress: ((Int) -> Void)?) {
            self.request = request
            self.reader = reader
            self.parser = parser
            self.onChecked = onChecked
            self.progress = progress
        }

        mutating func run(writer: inout CSVWriter, report: inout BatchErrorReport?) throws(DaegaError) -> BatchSummary {
            var records: [CSVRecord] = []
            records.reserveCapacity(request.chunkRows)
            var finished = false
            while !finished {
                records.removeAll(keepingCapacity: true)
                while records.count < request.chunkRows, let record = try reader.next() { records.append(record) }
                finished = records.count < request.chunkRows
                if records.isEmpty { break }
                let duplicates = records.map { record in
                    let id = parser.id(of: record)
                    return !id.isEmpty && !seenIDs.insert(id).inserted
                }
                let outcomes = check(records, duplicates: duplicates)
                for index in 0..<outcomes.count {
                    let outcome = outcomes.take(index)
                    switch outcome.result {
                    case let .success(result):
                        guard case let .success(inputs) = outcome.row.inputs else { continue }
                        try onChecked?(outcome.row, inputs, result)
                        try summary.add(outcome.row, result: result)
                    case let .failure(error):
                        summary.add(failure: error)
                        try report?.add(error, id: outcome.row.id)
                    }
                    try writer.write(outcome.output.cells)
                }
                progress?(summary.rows)
            }
            return summary
        }

        /// Checks a chunk's rows on the worker threads; the slots hold the outcomes in record order.
        private func check(_ records: [CSVRecord], duplicates: [Bool]) -> BatchOutcomeSlots {
            let parser = parser, selection = request.selection, narration = request.narration
            let workers = min(request.workers, records.count)
            let outcomes = BatchOutcomeSlots(count: records.count)
            let evaluate: @Sendable (Int) -> Void = { index in
                outcomes.store(BatchRowOutcome(records[index], duplicate: duplicates[index], parser: parser, selection: selection,
                                               narration: narration), at: index)
            }
            if workers == 1 {
                records.indices.forEach(evaluate)
            } else {
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    stride(from: worker, to: records.count, by: workers).forEach(evaluate)
                }
            }
            return outcomes
        }
    }
}
