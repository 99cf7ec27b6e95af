import DaegaEngine
import DaegaIO
import DaegaTestSupport
@testable import DaegaWeb
import FlyingFox
import Foundation

/// Sends requests to a `WebApp` in process, as a browser on this machine would, and reads the answers.
struct WebTestClient {
    /// The port the app believes it serves on.
    static let port: UInt16 = 8_765
    /// The form token of the app under test.
    static let token = "test-token-0123456789abcdef"
    /// The reference day of every test, so results do not change with the calendar.
    static let date = CalendarDate(year: 2026, month: 12, day: 6)!

    /// The app under test.
    let app: WebApp

    /// An app on the repository's rate books with `limits`.
    init(limits: WebLimits = .standard) {
        let selection = RateSelection(library: Repository.library, date: Self.date)
        app = WebApp(selection: { selection }, requestGuard: RequestGuard(port: Self.port, formToken: Self.token),
                     limits: limits, toolVersion: "test")
    }

    /// The answer to `GET path`.
    func get(_ path: String, host: String? = "127.0.0.1:\(port)") async -> HTTPResponse {
        await send(.GET, path, headers: host.map { [.host: $0] } ?? [:], body: [])
    }

    /// The answer to a multipart form with `fields` and `files` (field name, file name, bytes) posted to `path`.
    func post(_ path: String, fields: [(String, String)], files: [(String, String, [UInt8])] = [], token: String? = token,
              extraHeaders: [HTTPHeader: String] = [:]) async -> HTTPResponse {
        let boundary = "----daegatest7MA4YWxkTrZu0gW"
        var body: [UInt8] = []
        var allFields = fields
        if let token { allFields.insert(("csrf", token), at: 0) }
        for (name, value) in allFields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, filename, bytes) in files {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        var headers: [HTTPHeader: String] = [.host: "127.0.0.1:\(Self.port)", .contentType: "multipart/form-data; boundary=\(boundary)"]
        headers.merge(extraHeaders) { $1 }
        return await send(.POST, path, headers: headers, body: body)
    }

    /// The answer to `POST path` with a raw body (the API).
    func postRaw(_ path: String, body: [UInt8]) async -> HTTPResponse {
        await send(.POST, path, headers: [.host: "127.0.0.1:\(Self.port)", .contentType: "application/toml"], body: body)
    }

    /// The answer to any request.
    func send(_ method: HTTPMethod, _ path: String, headers: [HTTPHeader: String], body: [UInt8]) async -> HTTPResponse {
        var allHeaders = headers
        allHeaders[.contentLength] = String(body.count)
        let request = HTTPRequest(method: method, version: .http11, path: path, query: [], headers: allHeaders, body: Data(body))
        return await app.respond(to: request)
    }

    /// A sample file's bytes.
    static func sample(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Repository.sample(name))))
    }
}

extension HTTPResponse {
    /// The body as text.
    var text: String {
        get async { String(decoding: (try? await bodyData) ?? Data(), as: UTF8.self) }
    }
}
