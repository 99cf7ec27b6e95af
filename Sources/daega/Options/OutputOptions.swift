import ArgumentParser
import DaegaEngine

/// Output format of a command.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension Language: ExpressibleByArgument {}

/// `--format` and `--lang`, shared by every reporting command.
struct OutputOptions: ParsableArguments {
    @Option(help: "출력 형식: text 또는 json")
    var format: OutputFormat = .text

    @Option(name: .customLong("lang"), help: "출력 언어: ko(기본) 또는 en")
    var language: Language = .ko
}
