import ArgumentParser
import DaegaEngine
import Foundation

/// What a command prints and the status it exits with.
public struct CommandOutput {
    /// The text for standard output.
    public var text: String
    /// The exit status after printing (0 unless, say, `--fail-on` was met).
    public var status: Int32 = 0

    /// Output `text`, then exit with `status`.
    public init(text: String, status: Int32 = 0) {
        self.text = text
        self.status = status
    }
}

/// Runs a command body, turning a `DaegaError` into one line on standard error and its exit status.
/// Output is printed only after the body succeeds, so a failed command writes nothing to standard output.
/// - Parameter standardOutputTaken: whether an output file goes to standard output (`-o -`): the command's text then
///   goes to standard error, leaving standard output to that file's content.
public func reportingErrors(standardOutputTaken: Bool = false, _ body: () throws -> CommandOutput) throws {
    let output: CommandOutput
    do {
        output = try body()
    } catch let error as DaegaError {
        StandardStreams.error("daega: \(error)\n")
        throw ExitCode(ExitStatus.status(for: error.code))
    }
    if standardOutputTaken {
        StandardStreams.error(output.text)
    } else {
        StandardStreams.output(output.text)
    }
    if output.status != 0 { throw ExitCode(output.status) }
}

/// Runs a command body that always succeeds with status 0 when it returns.
public func reportingErrors(standardOutputTaken: Bool = false, _ body: () throws -> String) throws {
    try reportingErrors(standardOutputTaken: standardOutputTaken) { CommandOutput(text: try body()) }
}
