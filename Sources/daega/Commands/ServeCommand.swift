import ArgumentParser
import Synchronization
import DaegaEngine
import DaegaIO
import DaegaWeb
import Foundation

/// `daega serve`: the local web page on 127.0.0.1, for officers who work in a browser.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "이 컴퓨터(127.0.0.1)에서만 열리는 웹 페이지: 사업 추정, 비교, 유지관리, 예산 점검, 일괄 점검, 산출 근거",
        discussion: """
            예: daega serve            (빈 포트를 골라 주소를 알려 줍니다)
                daega serve --port 8080 --open
            끝내려면 Ctrl+C. 다른 컴퓨터에서는 열 수 없습니다 (127.0.0.1에만 묶고, Host 머리글과 양식 확인값을 검사).
            올린 파일은 메모리(또는 이 사용자만 읽는 임시 폴더)에만 두고 응답 뒤 지웁니다.
            """)

    @Option(help: ArgumentHelp("포트 (기본: 빈 포트를 자동으로)", valueName: "port"))
    var port: String = "0"

    @Option(help: ArgumentHelp("주소: 127.0.0.1 또는 localhost만 받습니다", valueName: "host"))
    var host: String = "127.0.0.1"

    @Flag(help: "시작하면 기본 브라우저로 엽니다")
    var open = false

    @OptionGroup var rateOptions: RateOptions

    func run() throws {
        try reportingErrors {
            try WebServer.checkLoopback(host)
            let port = try WebServer.port(port)
            _ = try rateOptions.selection()
            let rateOptions = self.rateOptions, open = self.open
            let outcome = Mutex<Result<Void, any Error>?>(nil)
            let finished = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await WebServer.run(port: port, makeApp: { bound in
                        WebApp(selection: { try rateOptions.selection() },
                               requestGuard: RequestGuard(port: bound, formToken: RequestGuard.makeFormToken()),
                               toolVersion: Daega.version)
                    }, started: { bound in
                        let url = "http://127.0.0.1:\(bound)/"
                        FileHandle.standardOutput.write(Data("daega 웹 페이지: \(url)  (끝내려면 Ctrl+C)\n".utf8))
                        if open { Self.openBrowser(url) }
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

    /// Opens `url` in the desktop's browser (`xdg-open` on Linux, `open` on macOS); says so when there is none.
    static func openBrowser(_ url: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        process.arguments = [url]
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        #endif
        do { try process.run() } catch {
            FileHandle.standardError.write(Data("daega: 브라우저를 열지 못했습니다. 주소를 브라우저에 직접 붙여 넣으세요: \(url)\n".utf8))
        }
    }
}
