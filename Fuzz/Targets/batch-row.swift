import DaegaEngine
import DaegaIO

// Target `batch-row`: a portfolio CSV (header, then rows) through the batch row parser, then every parsed row through
// the full project check a batch gives any row its cores do not take, against the repository's rate books on a
// fixed day.

/// Every rate book of the repository, read once.
private let selection: RateSelection = {
    do {
        return RateSelection(library: try RateLibrary.load(from: FuzzRepository.root + "/rates"),
                             date: CalendarDate(year: 2026, month: 3, day: 1)!)
    } catch {
        fatalError("fuzz: the rate books do not load: \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBatchRow(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzBody(data, size) { bytes in
        let reader = try CSVReader(bytes: bytes, path: "fuzz.csv")
        guard let header = try reader.next() else { return }
        let parser = try BatchRowParser(header: header, path: "fuzz.csv")
        while let record = try reader.next() {
            if case let .success(inputs) = parser.row(record).inputs {
                _ = try ProjectCheckPlan.run(inputs, selection: selection)
            }
        }
    }
}
