import FlyingFox
import Foundation

/// The checks every request passes before a page sees it: the Host header names this server (so a DNS-rebinding
/// page cannot reach it), a form carries this server's token (so another site cannot submit it), and a body stays
/// within its limit.
public struct RequestGuard: Sendable {
    /// The port the server listens on.
    public let port: UInt16
    /// The token every form carries in its hidden `csrf` field, made fresh when the server starts.
    public let formToken: String

    /// Creates a guard for a server on `port` with the form token `formToken`.
    public init(port: UInt16, formToken: String) {
        self.port = port
        self.formToken = formToken
    }

    /// A fresh token of 32 random bytes in hexadecimal.
    public static func makeFormToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// The host names a request may name: this machine's loopback, with this server's port.
    var allowedHosts: Set<String> { ["127.0.0.1:\(port)", "localhost:\(port)"] }

    /// Refuses a request whose Host header is not this server.
    /// - Throws: `WebFailure` (403).
    func checkHost(_ request: HTTPRequest) throws(WebFailure) {
        let host = request.headers[.host]?.lowercased()
        guard let host, allowedHosts.contains(host) else { throw .wrongHost(host) }
    }

    /// Refuses a form without this server's token, or sent from a page of another origin.
    /// - Throws: `WebFailure` (403).
    func checkFormToken(_ form: WebForm, request: HTTPRequest) throws(WebFailure) {
        if let origin = request.headers[HTTPHeader("Origin")]?.lowercased(), origin != "null",
           !allowedHosts.contains(where: { origin == "http://" + $0 }) {
            throw .missingToken
        }
        guard let sent = form.fields["csrf"]?.first, Self.equalInConstantTime(Array(sent.utf8), Array(formToken.utf8)) else {
            throw .missingToken
        }
    }

    /// The request's body, refused beyond `limit` bytes (by its Content-Length, or while reading).
    /// - Throws: `WebFailure` (413) for a body over the limit, (400) for one that could not be read.
    static func body(of request: HTTPRequest, limit: Int) async throws(WebFailure) -> [UInt8] {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit { throw .tooLarge(limit: limit) }
        var bytes: [UInt8] = []
        do {
            for try await chunk in request.bodySequence {
                guard bytes.count + chunk.count <= limit else { throw WebFailure.tooLarge(limit: limit) }
                bytes.append(contentsOf: chunk)
            }
        } catch let failure as WebFailure {
            throw failure
        } catch {
            throw WebFailure(status: 400, "요청 본문을 읽지 못했습니다")
        }
        return bytes
    }

    /// Compares two byte strings without stopping at the first difference.
    static func equalInConstantTime(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
