import ArgumentParser
import DaegaCommandLine
import Foundation

extension Daega {
    /// Starts daega: a first word that is no subcommand gets the nearest one suggested (exit 64) before the argument
    /// parser runs, whose own message ("Unexpected argument") does not say what was meant. The parser's messages
    /// (which quote the arguments given) go through ``StandardStreams`` like every other message, so a control
    /// character in an argument is shown escaped.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-") {
            let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
            if !names.contains(first) {
                let hint = SubcommandSuggestion.nearest(to: first, among: names).map { " 혹시 'daega \($0)'을(를) 찾으셨나요?" } ?? ""
                StandardStreams.error("daega: '\(first)'은(는) daega의 명령이 아닙니다.\(hint) (명령 목록: daega --help)\n")
                Foundation.exit(ExitStatus.usage)
            }
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let text = fullMessage(for: error)
            let status = exitCode(for: error)
            if !text.isEmpty {
                if status == .success { StandardStreams.output(text + "\n") } else { StandardStreams.error(text + "\n") }
            }
            Foundation.exit(status.rawValue)
        }
    }
}
