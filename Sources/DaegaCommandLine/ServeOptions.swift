import ArgumentParser
import DaegaEngine

/// The options of the local web page (`daega serve`, run by `daega-web`): port, host, opening a browser, rate books.
public struct ServeOptions: ParsableArguments {
    /// The host names the web page accepts: both mean 127.0.0.1.
    public static let loopbackNames: Set<String> = ["127.0.0.1", "localhost"]

    /// The help both commands show: what the page offers, how to stop it, and why it stays on this machine.
    public static func configuration(commandName: String) -> CommandConfiguration {
        CommandConfiguration(
            commandName: commandName,
            abstract: "이 컴퓨터(127.0.0.1)에서만 열리는 웹 페이지: 사업 추정, 비교, 유지관리, 예산 점검, 일괄 점검, 산출 근거",
            discussion: """
                예: daega serve            (빈 포트를 골라 주소를 알려 줍니다)
                    daega serve --port 8080 --open
                끝내려면 Ctrl+C. 다른 컴퓨터에서는 열 수 없습니다 (127.0.0.1에만 묶고, Host 머리글과 양식 확인값을 검사).
                올린 파일은 메모리(또는 이 사용자만 읽는 임시 폴더)에만 두고 응답 뒤 지웁니다.
                """)
    }

    @Option(help: ArgumentHelp("포트 (기본: 빈 포트를 자동으로)", valueName: "port"))
    public var port: String = "0"

    @Option(help: ArgumentHelp("주소: 127.0.0.1 또는 localhost만 받습니다", valueName: "host"))
    public var host: String = "127.0.0.1"

    @Flag(help: "시작하면 기본 브라우저로 엽니다")
    public var open = false

    @OptionGroup public var rateOptions: RateOptions

    public init() {}

    /// Checks every option before anything listens: the host, the port and the rate books with `--as-of`.
    /// - Returns: the port to listen on (0: a free one).
    /// - Throws: `DaegaError.serveAddressNotLoopback` at `--host`, `servePortUnavailable` at `--port`, or the rate
    ///   books' errors.
    public func validated() throws -> UInt16 {
        try Self.checkLoopback(host)
        let port = try Self.port(port)
        _ = try rateOptions.selection()
        return port
    }

    /// Refuses any address but the loopback one: the page has no login and must not be reachable from the network.
    /// - Throws: `DaegaError.serveAddressNotLoopback` at `--host`.
    public static func checkLoopback(_ host: String) throws {
        guard loopbackNames.contains(host.lowercased()) else {
            throw DaegaError(.serveAddressNotLoopback, at: .flag("--host"),
                             "'\(host)'에서는 열 수 없습니다: 웹 페이지는 로그인이 없으므로 이 컴퓨터(127.0.0.1)에서만 엽니다",
                             expected: "127.0.0.1 또는 localhost")
        }
    }

    /// Reads a `--port` value: 0 (a free port) to 65535.
    /// - Throws: `DaegaError.servePortUnavailable` at `--port` for anything else.
    public static func port(_ text: String) throws -> UInt16 {
        guard let port = UInt16(text.trimmingWhiteSpace) else {
            throw DaegaError(.servePortUnavailable, at: .flag("--port"), "포트 '\(text)'은(는) 쓸 수 없습니다",
                             expected: "0~65535의 정수 (0이나 생략: 빈 포트를 자동으로)")
        }
        return port
    }
}
