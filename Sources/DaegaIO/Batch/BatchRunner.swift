import DaegaEngine
import Dispatch
import Foundation
import Synchronization

/// Checks a portfolio CSV row by row: each row goes through `ProjectCheckPlan` (the path `daega check` uses), so a
/// batch row and `daega check` always agree.
///
/// Rows are streamed in chunks of at most `BatchRequest.chunkRows` rows and about `BatchRequest.chunkBytes` cell
/// bytes (a chunk ends at whichever comes first): a chunk is read, its rows are checked on `BatchRequest.workers`
/// threads, then written in file order — memory stays bounded by the bytes of the chunks in flight (three at most),
/// not by the file, apart from the set of ids seen (their bytes and about 16 bytes each; an id is at most
/// `BatchIDSet.longestID` bytes). The result CSV and the error report are written through `AtomicFileWriter` into one
/// `OutputTransaction`: both are renamed into place only when both are complete, so a fatal error (malformed CSV,
/// unreadable encoding, failed write) leaves the previous result and error report as they were.
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
    ///   header without `id`, an output path equal to an input, an error report path equal to the output, or a write
    ///   that failed.
    public static func run(_ request: BatchRequest, onChecked: RowHandler? = nil,
                           progress: ((Int) -> Void)? = nil) throws(DaegaError) -> BatchSummary {
        try refuseErrorReportOverOutput(request)
        var pass = try Pass(request: request, onChecked: onChecked, progress: progress)
        let output = AtomicFileWriter(destination: request.output, inputs: [request.input])
        let transaction = OutputTransaction()
        let summary = try output.write(in: transaction) { (sink) throws(DaegaError) in
            var writer = try CSVWriter(sink: sink, encoding: request.encoding)
            try writer.write(request.labels.header(inputNames: pass.parser.layout.outputNames, ranged: request.ranges != nil).map(CSVCell.text))
            return try pass.run(into: &writer, errorReport: request.errors, transaction: transaction)
        }
        try transaction.commit()
        return summary
    }

    /// Runs a batch keeping every output row as cells (for a workbook) instead of writing the result CSV;
    /// `request.output` is not written (the caller writes the workbook into `transaction`), the error report is when
    /// asked for: complete, in `transaction`, to be put in place with the workbook when the caller commits.
    /// - Parameters:
    ///   - request: the input, error report, rate books and parallelism.
    ///   - transaction: receives the error report.
    ///   - onChecked: called for each checked row, in file order.
    ///   - progress: called on the calling thread with the number of rows done after each chunk.
    /// - Returns: the summary and the table of output rows.
    /// - Throws: what ``run(_:onChecked:progress:)`` throws, and `workbookTooLarge` past a sheet's row limit.
    public static func table(_ request: BatchRequest, transaction: OutputTransaction, onChecked: RowHandler? = nil,
                             progress: ((Int) -> Void)? = nil) throws(DaegaError) -> (BatchSummary, BatchResultTable) {
        try refuseErrorReportOverOutput(request)
        var pass = try Pass(request: request, onChecked: onChecked, progress: progress)
        var table = BatchResultTable(header: request.labels.header(inputNames: pass.parser.layout.outputNames, ranged: request.ranges != nil))
        let summary = try pass.run(into: &table, errorReport: request.errors, transaction: transaction)
        return (summary, table)
    }

    private static func refuseErrorReportOverOutput(_ request: BatchRequest) throws(DaegaError) {
        guard let errors = request.errors, FileIdentity.same(errors, request.output) else { return }
        throw DaegaError(.outputSameAsInput, at: .file(path: errors, line: nil, column: nil),
                         "오류 보고 경로가 결과 파일과 같습니다: \(request.output)", expected: "결과 파일과 다른 경로")
    }

    /// One pass over the rows.
    ///
    /// Chunks overlap: while the other threads check one chunk, the calling thread writes the chunk before it, reads
    /// the chunk after it, looks up its ids and queues it behind the one being checked, and then joins the checking,
    /// so no core waits on reading or writing, and no thread waits for the next chunk to be handed over.
    private struct Pass {
        let request: BatchRequest
        let reader: any BatchRecordSource
        let parser: BatchRowParser
        /// Made with the first chunk: a file that fits in one chunk is checked on the calling thread, without the cost
        /// of replicating the rate books.
        var workers: [Worker] = []
        let onChecked: RowHandler?
        let progress: ((Int) -> Void)?
        var seenIDs = BatchIDSet()
        var summary: BatchSummary

        /// Opens the input and reads its header.
        init(request: BatchRequest, onChecked: RowHandler?, progress: ((Int) -> Void)?) throws(DaegaError) {
            let reader = try BatchInput.open(request.input, sheet: request.sheet, encoding: request.inputEncoding)
            guard let headerRecord = try reader.next() else {
                throw DaegaError(.csvMissingColumn, at: .file(path: request.input, line: 1, column: nil), "파일이 비어 있습니다",
                                 expected: "머리글(id, name, fp, budget …)과 사업별 행")
            }
            do {
                parser = try BatchRowParser(header: headerRecord, path: request.input, strictColumns: request.strictColumns)
            } catch {
                throw reader.place(error)
            }
            self.request = request
            self.reader = reader
            self.onChecked = onChecked
            self.progress = progress
            summary = BatchSummary(unusedColumns: parser.layout.unusedColumns)
        }

        /// Writes the results into `sink`, and the error report into `transaction` when `errorReport` names one.
        mutating func run<Sink: BatchResultSink>(into sink: inout Sink, errorReport: String?,
                                                 transaction: OutputTransaction) throws(DaegaError) -> BatchSummary {
            guard let errorReport else {
                var report: BatchErrorReport?
                return try run(writer: &sink, report: &report)
            }
            return try AtomicFileWriter(destination: errorReport, inputs: [request.input]).write(in: transaction) { (errorSink) throws(DaegaError) in
                var report: BatchErrorReport? = try BatchErrorReport(sink: errorSink, encoding: request.encoding)
                return try run(writer: &sink, report: &report)
            }
        }

        mutating func run<Sink: BatchResultSink>(writer: inout Sink, report: inout BatchErrorReport?) throws(DaegaError) -> BatchSummary {
            var checking: CheckingChunk?
            while true {
                let records: [CSVRecord], duplicates: [Bool]
                do {
                    let (read, atEnd) = try readChunk()
                    if workers.isEmpty {
                        workers = atEnd ? [Worker(parser: parser, selection: request.selection)] : try Worker.team(request, parser: parser)
                        if !atEnd { reserveIDs(judgingBy: read) }
                    }
                    // Before joining the checking, while the other threads are still busy with the chunk before: done
                    // after it, they would wait for it. A statement of its own: evaluated inside `check(…)`'s
                    // arguments, the mutation would copy `seenIDs`.
                    duplicates = try self.duplicates(in: read)
                    records = read
                } catch {
                    // Rows read before the malformed part are still written (to the abandoned output) and handed
                    // to `onChecked`, in order, as when reading one chunk at a time.
                    if let checking { try write(checking.wait(helping: workers[0]), writer: &writer, report: &report) }
                    throw error
                }
                // Queued before joining the chunk before, so each other thread goes straight on to it when done.
                let next = records.isEmpty ? nil : check(records, duplicates: duplicates, encoder: writer.recordEncoder)
                if let checked = checking?.wait(helping: workers[0]) {
                    do {
                        try write(checked, writer: &writer, report: &report)
                    } catch {
                        // The chunk already queued is left to finish on the other threads and waited for, so that
                        // nothing is still checking once the batch is abandoned.
                        next?.group.wait()
                        throw error
                    }
                }
                checking = next
                if checking == nil { return summary }
            }
        }

        /// The next chunk of records (empty at the end of the input): `chunkRows` records, or fewer once they hold
        /// `chunkBytes` cell bytes; blank records are skipped and counted. `atEnd` says the input ended in this chunk.
        private mutating func readChunk() throws(DaegaError) -> (records: [CSVRecord], atEnd: Bool) {
            var records: [CSVRecord] = []
            records.reserveCapacity(request.chunkRows)
            var bytes = 0
            while records.count < request.chunkRows, bytes < request.chunkBytes {
                guard let record = try reader.next() else { return (records, true) }
                if record.isBlank {
                    summary.addBlankRow()
                } else {
                    bytes += record.byteCount
                    records.append(record)
                }
            }
            return (records, false)
        }

        /// Makes room in the set of ids for the rows the file probably holds, judged by the first chunk's bytes per
        /// record, so that the set is not rebuilt (rehashing every id) each time it outgrows its table. The room is
        /// capped at 1.5 million ids
        /// (a 16 MiB table), so a file whose first rows are unusually short cannot make it reserve gigabytes; past the
        /// cap the set grows as usual.
        private mutating func reserveIDs(judgingBy records: [CSVRecord]) {
            guard !records.isEmpty, let fileBytes = (try? FileManager.default.attributesOfItem(atPath: request.input))?[.size] as? Int else { return }
            let recordBytes = records.reduce(0) { $0 + $1.byteCount + $1.fieldCount }
            seenIDs.reserveCapacity(min(Self.mostIDsReserved, fileBytes / max(1, recordBytes / records.count)))
        }

        /// The most ids room is made for ahead of time.
        private static let mostIDsReserved = 1_500_000

        /// Whether each record's id was used by an earlier row (compared as bytes; a blank id is never a duplicate).
        /// - Throws: `batchIDLimit` for an id longer than `BatchIDSet.longestID` bytes, or one that takes all ids past
        ///   `request.idBytesLimit`, at its cell.
        private mutating func duplicates(in records: [CSVRecord]) throws(DaegaError) -> [Bool] {
            guard let column = parser.layout.positions[BatchColumn.id.ordinal] else { return records.map { _ in false } }
            // Every id hashed first, then looked up (see `BatchIDSet.insert(_:hash:)`); an id too long is not hashed.
            let hashes = records.map { record in
                record.withFields { fields in
                    column < fields.count && fields[column].count <= BatchIDSet.longestID ? BatchIDSet.hash(fields[column]) : 0
                }
            }
            var duplicates: [Bool] = []
            duplicates.reserveCapacity(records.count)
            for (record, hash) in zip(records, hashes) {
                let duplicate = try record.withFields { (fields) throws(DaegaError) -> Bool in
                    guard column < fields.count, !fields[column].withoutWhiteSpaceEdges.isEmpty else { return false }
                    let id = fields[column]
                    guard id.count <= BatchIDSet.longestID else {
                        throw reader.place(DaegaError(.batchIDLimit, at: .file(path: request.input, line: record.line, column: column + 1),
                                                      "id가 한도 \(BatchIDSet.longestID)바이트를 넘습니다 (\(id.count)바이트)",
                                                      expected: "UTF-8로 \(BatchIDSet.longestID)바이트 이하의 id (한글 85자, 영숫자 255자)"))
                    }
                    guard seenIDs.byteCount + id.count <= request.idBytesLimit else {
                        throw reader.place(DaegaError(.batchIDLimit, at: .file(path: request.input, line: record.line, column: column + 1),
                                                      "모든 id를 합친 크기가 한도 \(request.idBytesLimit)바이트를 넘습니다 (id \(seenIDs.count)개를 읽은 뒤)",
                                                      expected: "더 짧은 id, 또는 포트폴리오를 나누어 점검"))
                    }
                    return !seenIDs.insert(id, hash: hash)
                }
                duplicates.append(duplicate)
            }
            return duplicates
        }

        /// Writes a checked chunk in record order, adding each row to the summary and the error report.
        private mutating func write<Sink: BatchResultSink>(_ outcomes: BatchOutcomeSlots, writer: inout Sink,
                                    report: inout BatchErrorReport?) throws(DaegaError) {
            for index in 0..<outcomes.count {
                let outcome = outcomes.take(index)
                if let onChecked, let kept = outcome.kept { try onChecked(kept.row, kept.inputs, kept.result) }
                switch outcome.checked {
                case let .success(project):
                    summary.add(project)
                case let .failure(unplaced):
                    let error = reader.place(unplaced)
                    summary.add(failure: error)
                    try report?.add(error, id: outcome.id)
                    writer.addFailure(error, id: outcome.id)
                }
                try writer.add(outcome.output, input: request.input)
                if index % BatchOutcomeSlots.rowsPerBlock == BatchOutcomeSlots.rowsPerBlock - 1 || index == outcomes.count - 1 {
                    try writer.addBlock(outcomes.takeBlock(index / BatchOutcomeSlots.rowsPerBlock))
                }
            }
            progress?(summary.rows)
        }

        /// Starts checking a chunk's rows on the other threads (on the calling thread, and done on return, with one
        /// worker); the slots hold the outcomes in record order.
        private func check(_ records: [CSVRecord], duplicates: [Bool], encoder: CSVRecordEncoder?) -> CheckingChunk {
            let labels = request.labels, keepsRows = onChecked != nil, ranges = request.ranges
            let chunk = CheckingChunk(records, duplicates: duplicates) { worker, record, duplicate, block in
                BatchRowOutcome(record, duplicate: duplicate, parser: worker.parser, rates: worker.rates, selection: worker.selection,
                                encoder: encoder, block: &block, labels: labels, keepsRow: keepsRows, ranges: ranges)
            }
            if workers.count == 1 {
                chunk.help(workers[0])
            } else {
                for worker in workers.dropFirst() { worker.queue.async(group: chunk.group) { chunk.help(worker) } }
            }
            return chunk
        }
    }

    /// What one thread checks rows with: its own copies of the row parser and the rate books, so that no two threads
    /// retain and release the same objects (shared reference counts made two threads slower than one).
    private final class Worker: Sendable {
        let parser: BatchRowParser
        let selection: RateSelection
        /// The rate figures the cores read, taken from `selection`.
        let rates: BatchRowRates
        /// Runs the worker's share of each chunk, one chunk after another.
        let queue = DispatchQueue(label: "daega.batch.worker")

        init(parser: BatchRowParser, selection: RateSelection) {
            self.parser = parser
            self.selection = selection
            rates = BatchRowRates(selection)
        }

        /// The calling thread's worker, which uses the originals, and one with replicas per further requested thread.
        static func team(_ request: BatchRequest, parser: BatchRowParser) throws(DaegaError) -> [Worker] {
            let own = Worker(parser: parser, selection: request.selection)
            do {
                return try [own] + (1..<max(1, request.workers)).map { _ in
                    Worker(parser: try parser.replica(), selection: try request.selection.replica())
                }
            } catch {
                throw DaegaError.unexpected(error)
            }
        }
    }

    /// A chunk whose rows are being checked: each thread claims the next few unchecked rows until none are left, so
    /// a thread slowed by other work (the calling thread reading and writing) never holds the others up.
    private final class CheckingChunk: Sendable {
        let outcomes: BatchOutcomeSlots
        let group = DispatchGroup()
        private let records: [CSVRecord]
        private let duplicates: [Bool]
        private let evaluate: @Sendable (Worker, borrowing CSVRecord, Bool, inout [UInt8]) -> BatchRowOutcome
        private let nextRow = Atomic<Int>(0)
        /// Rows claimed at once: one block of outcomes.
        private static let claim = BatchOutcomeSlots.rowsPerBlock

        init(_ records: [CSVRecord], duplicates: [Bool],
             evaluate: @escaping @Sendable (Worker, borrowing CSVRecord, Bool, inout [UInt8]) -> BatchRowOutcome) {
            outcomes = BatchOutcomeSlots(count: records.count)
            self.records = records
            self.duplicates = duplicates
            self.evaluate = evaluate
        }

        /// Checks rows with `worker` until every row is claimed.
        ///
        /// The objects every thread shares (the slots, the closure, the records' and flags' storage) are retained once
        /// here rather than once per row: two threads retaining one object row after row contend for its count.
        func help(_ worker: Worker) {
            let (outcomes, evaluate) = (self.outcomes, self.evaluate)
            records.withUnsafeBufferPointer { records in
                duplicates.withUnsafeBufferPointer { duplicates in
                    while true {
                        let start = nextRow.wrappingAdd(Self.claim, ordering: .relaxed).oldValue
                        guard start < records.count else { return }
                        var block: [UInt8] = []
                        for index in start..<min(start + Self.claim, records.count) {
                            outcomes.store(evaluate(worker, records[index], duplicates[index], &block), at: index)
                        }
                        outcomes.store(block: block, at: start / Self.claim)
                    }
                }
            }
        }

        /// Helps with the calling thread's worker, then waits until every row is checked.
        func wait(helping worker: Worker) -> BatchOutcomeSlots {
            help(worker)
            group.wait()
            return outcomes
        }
    }
}
