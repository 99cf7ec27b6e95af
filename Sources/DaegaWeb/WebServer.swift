import DaegaEngine
import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// Serves the web page on this machine's loopback address only (127.0.0.1), on a given or a free port.
public enum WebServer {
    /// Listens on 127.0.0.1:`port` (0: a free port), calls `started` with the port once listening, then answers
    /// requests with the app `makeApp` builds for that port until the task is cancelled.
    /// - Throws: `DaegaError.servePortUnavailable` when the port cannot be bound.
    public static func run(port: UInt16, makeApp: @escaping @Sendable (UInt16) -> WebApp,
                           started: @escaping @Sendable (UInt16) -> Void) async throws {
        let app = Mutex<WebApp?>(nil)
        let address: sockaddr_in
        do { address = try .inet(ip4: "127.0.0.1", port: port) } catch {
            throw DaegaError(.servePortUnavailable, at: .flag("--port"), "주소를 만들 수 없습니다", expected: "0~65535")
        }
        let server = HTTPServer(address: address, logger: .disabled, handler: ClosureHTTPHandler { request in
            guard let handler = app.withLock({ $0 }) else {
                return HTTPResponse(statusCode: .serviceUnavailable)
            }
            return await handler.respond(to: request)
        })
        let serving = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 10)
        } catch {
            serving.cancel()
            throw DaegaError(.servePortUnavailable, at: .flag("--port"), "포트 \(port)에서 기다릴 수 없습니다 (\(error))",
                             expected: "쓰지 않는 포트, 또는 --port를 빼서 빈 포트를 자동으로")
        }
        guard case let .ip4(_, boundPort)? = await server.listeningAddress else {
            serving.cancel()
            throw DaegaError(.servePortUnavailable, at: .flag("--port"), "열린 포트를 알 수 없습니다", expected: "127.0.0.1의 포트")
        }
        app.withLock { $0 = makeApp(boundPort) }
        started(boundPort)
        try await withTaskCancellationHandler {
            try await serving.value
        } onCancel: {
            serving.cancel()
        }
    }
}
