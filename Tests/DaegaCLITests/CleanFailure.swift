import DaegaTestSupport
import Testing

/// Expects `run` to have failed as every bad input must: with `status`, nothing on standard output, and an error on
/// standard error that names `mentions` and says what was expected (daega's errors say "expected:"; ArgumentParser's own
/// errors for a value outside a flag's choices say "Please provide one of …").
func expectCleanFailure(_ run: CommandLineRun, status: Int32, mentions: String,
                        sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(run.status == status, "\(run.standardError)", sourceLocation: sourceLocation)
    #expect(run.standardOutput.isEmpty, sourceLocation: sourceLocation)
    #expect(run.standardError.contains(mentions), "\(run.standardError)", sourceLocation: sourceLocation)
    #expect(run.standardError.contains("expected") || run.standardError.contains("Please provide one of"), "\(run.standardError)",
            sourceLocation: sourceLocation)
}
