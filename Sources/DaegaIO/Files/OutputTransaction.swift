import DaegaEngine

/// Outputs that are put in place together or not at all: each is written in full to a temporary file first
/// (``AtomicFileWriter/write(in:_:)``), and ``commit()`` renames them all into place only when every one is complete —
/// a batch's result and its error report, say. A transaction that is not committed (the run failed, or the transaction
/// was released) removes its temporary files and leaves the previous outputs as they were.
///
/// The renames run with SIGINT, SIGTERM and SIGHUP held, so a signal never leaves one output new and another old. An
/// output to standard output (`-`) is copied out first, before the renames: a pipe cannot be taken back.
public final class OutputTransaction {
    private var staged: [StagedFile] = []

    /// Starts an empty transaction.
    public init() {}

    /// Adds a complete output.
    /// - Throws: `conflictingInputs` when a second output asks for standard output.
    func add(_ file: StagedFile) throws(DaegaError) {
        if file.isStandardOutput, staged.contains(where: \.isStandardOutput) {
            file.discard()
            throw DaegaError(.conflictingInputs, at: .file(path: file.destination, line: nil, column: nil),
                             "표준 출력(-)으로 보낼 출력이 둘입니다", expected: "표준 출력에는 한 출력만, 다른 출력은 파일로")
        }
        staged.append(file)
    }

    /// Puts every output in place: standard output first, then the renames with signals held.
    /// - Throws: `outputFailed` for standard output (the files are then left as they were),
    ///   `outputFailed` when a rename fails (outputs renamed before it stay new; the system refuses a rename within
    ///   one folder almost never, after the file was created there).
    public func commit() throws(DaegaError) {
        defer { discard() }
        for file in staged where file.isStandardOutput { try file.copyToStandardOutput() }
        try InterruptCleanup.holdingSignals { () throws(DaegaError) in
            for file in staged { try file.rename() }
        }
    }

    /// Removes every temporary file not yet in place.
    public func discard() {
        for file in staged { file.discard() }
        staged.removeAll()
    }

    deinit { discard() }
}
