import DaegaEngine
@testable import DaegaIO
import DaegaTestSupport
import Testing

/// A batch row's job look-up (`BatchRowRates.Wages.job`) finds, in every wage table, the job each name names: a job's
/// own name at its position, a respelled, older or unknown name where the table's own look-up puts it.
@Suite struct BatchRowRatesTests {
    @Test func jobLookUpFindsEveryJobOfEveryTable() throws {
        for table in try Repository.library.wages.books {
            let wages = BatchRowRates.Wages(table)
            var names = table.jobs.map(\.name)
            names += table.jobs.map { $0.name.lowercased().replacingOccurrences(of: " ", with: "") }
            names += table.jobs.map { " " + $0.name } + ["없는 직무", "IT", "x", "PM", "응용SW", "기술사"]
            for name in names {
                let utf8 = Array(name.utf8)
                let found = utf8.withUnsafeBufferPointer { wages.job($0) }
                let expected = utf8.withUnsafeBufferPointer { table.jobPosition(utf8: $0) }
                #expect(found == expected, "\(table.year): \(name)")
            }
            for (position, job) in table.jobs.enumerated() {
                let found = Array(job.name.utf8).withUnsafeBufferPointer { wages.job($0) }
                #expect(found.map { table.jobs[$0].name } == job.name || found == position, "\(table.year): \(job.name)")
            }
        }
    }
}
