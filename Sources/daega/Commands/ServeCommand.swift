import ArgumentParser
import DaegaCommandLine

/// `daega serve`: the local web page on 127.0.0.1, for officers who work in a browser. It checks the options here
/// (so a wrong one fails the same way as any other command) and then becomes `daega-web`, which serves the page.
struct ServeCommand: ParsableCommand {
    static let configuration = ServeOptions.configuration(commandName: "serve")

    @OptionGroup var options: ServeOptions

    func run() throws {
        try reportingErrors { () throws -> String in
            _ = try options.validated()
            // `daega serve …`: the arguments after `serve` (Daega.main only reaches a subcommand named first).
            try WebProgram.replaceProcess(arguments: Array(CommandLine.arguments.dropFirst(2)))
        }
    }
}
