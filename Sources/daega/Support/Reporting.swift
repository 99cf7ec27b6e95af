import ArgumentParser
import DaegaEngine
import Foundation

/// Runs a command body, turning a `DaegaError` into one line on standard error and its exit status.
/// Output is printed only after the body succeeds, so a failed command writes nothing to standard output.
func reportingErrors(_ body: () throws -> String) throws {
    let output: String
    do {
        output = try body()
    } catch let error as DaegaError {
        FileHandle.standardError.write(Data("daega: \(error)\n".utf8))
        throw ExitCode(ExitStatus.status(for: error.code))
    }
    FileHandle.standardOutput.write(Data(output.utf8))
}
