import ArgumentParser
import DaegaCommandLine
import DaegaWeb
import Foundation
import Synchronization

/// `daega-web`: the local web page on 127.0.0.1. `daega serve` checks its options and then becomes this program, so
/// that only the web page loads the HTTP server and Foundation's networking libraries.
@main
struct WebCommand: ParsableCommand {
    static let configuration = ServeOptions.configuration(commandName: "daega-web")

    @OptionGroup var options: ServeOptions

    func run() throws {
        try reportingErrors {
            let port = try options.validated()
            let rateOptions = options.rateOptions, open = options.open
            let outcome = Mutex<Result<Void, any Error>?>(nil)
            let finished = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await WebServer.run(port: port, makeApp: { bound in
                        WebApp(selection: { try rateOptions.selection() },
                               requestGuard: RequestGuard(port: bound, formToken: RequestGuard.makeFormToken()),
                               toolVersion: DaegaVersion.number)
                    }, started: { bound in
                        let url = "http://127.0.0.1:\(bound)/"
                        FileHandle.standardOutput.write(Data("daega 웹 페이지: \(url)  (끝내려면 Ctrl+C)\n".utf8))
                        if open { BrowserOpening.open(url) }
                    })
                    outcome.withLock { $0 = .success(()) }
                } catch {
                    outcome.withLock { $0 = .failure(error) }
                }
                finished.signal()
            }
            finished.wait()
            try outcome.withLock { $0 }?.get()
            return ""
        }
    }
}
