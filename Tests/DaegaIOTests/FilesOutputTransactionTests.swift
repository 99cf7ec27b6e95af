import DaegaEngine
import DaegaIO
import Foundation
import Testing

/// Outputs put in place together: a result and its error report are both new, or both as they were.
@Suite struct OutputTransactionTests {
    /// Stages `text` for `path` in `transaction`.
    func stage(_ text: String, to path: String, in transaction: OutputTransaction) throws(DaegaError) {
        try AtomicFileWriter(destination: path).write(in: transaction) { sink throws(DaegaError) in try sink.write(text.bytes) }
    }

    @Test func nothingIsInPlaceUntilTheCommitAndThenEverything() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try directory.write("old result".bytes, to: "out.csv")
        let report = try directory.write("old report".bytes, to: "errors.csv")
        let transaction = OutputTransaction()
        try stage("new report", to: report, in: transaction)
        try stage("new result", to: result, in: transaction)
        #expect(try contents(of: result) == "old result")
        #expect(try contents(of: report) == "old report")
        try transaction.commit()
        #expect(try contents(of: result) == "new result")
        #expect(try contents(of: report) == "new report")
        #expect(try directory.contents() == ["errors.csv", "out.csv"])
    }

    @Test func aLateFailureLeavesBothPreviousOutputsAndNoTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try directory.write("old result".bytes, to: "out.csv")
        let report = try directory.write("old report".bytes, to: "errors.csv")
        let error = #expect(throws: DaegaError.self) {
            let transaction = OutputTransaction()
            try stage("new report", to: report, in: transaction)
            try AtomicFileWriter(destination: result).write(in: transaction) { sink throws(DaegaError) in
                try sink.write("half of the new".bytes)
                throw DaegaError(.outputFailed, at: .file(path: result, line: nil, column: nil), "디스크 공간이 부족합니다")
            }
            try transaction.commit()
        }
        #expect(error?.code == .outputFailed)
        #expect(try contents(of: result) == "old result")
        #expect(try contents(of: report) == "old report")
        #expect(try directory.contents() == ["errors.csv", "out.csv"])
    }

    @Test func aDiscardedTransactionRemovesItsTemporaryFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let transaction = OutputTransaction()
        try stage("new", to: directory.file("out.csv"), in: transaction)
        #expect(try directory.contents().count == 1)
        #expect(try directory.contents().allSatisfy { $0.hasPrefix(".daega-tmp-\(getpid())-") && $0.hasSuffix("-out.csv") })
        transaction.discard()
        #expect(try directory.contents().isEmpty)
    }

    @Test func twoOutputsToStandardOutputAreRefused() throws {
        let transaction = OutputTransaction()
        try stage("first", to: "-", in: transaction)
        let error = #expect(throws: DaegaError.self) { try stage("second", to: "-", in: transaction) }
        #expect(error?.code == .conflictingInputs)
        transaction.discard()
    }

    /// A temporary file left by a killed run (its process gone) is removed by the next write into its folder; one of a
    /// running process, and any other file, is kept.
    @Test func theNextWriteRemovesTemporaryFilesOfEndedProcesses() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let pidMaximum = try #require(Int32(try contents(of: "/proc/sys/kernel/pid_max").trimmingCharacters(in: .whitespacesAndNewlines)))
        let stale = ".daega-tmp-\(pidMaximum + 1)-1a2b-out.csv", running = ".daega-tmp-\(getppid())-3c4d-out.csv"
        for name in [stale, running, ".daega-tmp-notapid-out.csv", "keep.csv"] { try directory.write("x".bytes, to: name) }
        try writeAtomically("new", to: directory.file("other.csv"))
        #expect(try directory.contents() == [running, ".daega-tmp-notapid-out.csv", "keep.csv", "other.csv"].sorted())
    }

    /// The temporary name adds a prefix: an output name as long as a file name may be is shortened in it, not refused.
    @Test func anOutputWithTheLongestFileNameIsWritten() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let name = String(repeating: "가", count: 83) + ".csv"
        #expect(name.utf8.count == 253)
        try writeAtomically("내용", to: directory.file(name))
        #expect(try contents(of: directory.file(name)) == "내용")
        #expect(try directory.contents() == [name])
    }
}
