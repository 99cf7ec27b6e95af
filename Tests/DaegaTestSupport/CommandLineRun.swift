import Foundation

/// Runs the built `daega` binary as a user would, capturing its output and exit status.
public struct CommandLineRun: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var standardOutput: String
    /// Everything written to standard error.
    public var standardError: String

    /// The `daega` executable beside the test bundle (`.build/<configuration>/daega`).
    public static let executable: String = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("daega").path,
            Repository.root + "/.build/debug/daega",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }()

    /// Runs `daega` with `arguments` in `directory` (the repository root by default).
    /// - Parameters:
    ///   - arguments: the command line after `daega`.
    ///   - directory: the working directory.
    ///   - environment: variables added to the current environment.
    public static func daega(_ arguments: [String], in directory: String = Repository.root,
                             environment: [String: String] = [:]) throws -> CommandLineRun {
        try run(executable, arguments, in: directory, environment: environment)
    }

    /// Runs the program at `path` with `arguments` in `directory` (the repository root by default).
    /// - Parameters:
    ///   - path: the program.
    ///   - arguments: its command line.
    ///   - directory: the working directory.
    ///   - environment: variables added to the current environment.
    public static func run(_ path: String, _ arguments: [String], in directory: String = Repository.root,
                           environment: [String: String] = [:]) throws -> CommandLineRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandLineRun(status: process.terminationStatus,
                              standardOutput: String(decoding: outputData, as: UTF8.self),
                              standardError: String(decoding: errorData, as: UTF8.self))
    }
}
