import ArgumentParser
import Foundation

extension Daega {
    /// Starts daega: a first word that is no subcommand gets the nearest one suggested (exit 64) before the argument
    /// parser runs, whose own message ("Unexpected argument") does not say what was meant.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-") {
            let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
            if !names.contains(first) {
                let hint = SubcommandSuggestion.nearest(to: first, among: names).map { " 혹시 'daega \($0)'을(를) 찾으셨나요?" } ?? ""
                FileHandle.standardError.write(Data("daega: '\(first)'은(는) daega의 명령이 아닙니다.\(hint) (명령 목록: daega --help)\n".utf8))
                Foundation.exit(ExitStatus.usage)
            }
        }
        main(arguments)
    }
}
