import FlyingFox

/// A request refused before any calculation: a wrong Host, a missing form token, an upload too large, a malformed
/// form or an unknown page. It becomes an HTTP error page with a Korean explanation.
public struct WebFailure: Error, Sendable, Equatable {
    /// The HTTP status answered.
    public var status: Int
    /// What was wrong, for the person at the browser.
    public var message: String

    /// Creates a failure.
    public init(status: Int, _ message: String) {
        self.status = status
        self.message = message
    }

    /// The Host header does not name this server (a DNS-rebinding guard).
    static func wrongHost(_ host: String?) -> WebFailure {
        WebFailure(status: 403, "Host 머리글 '\(host ?? "")'은(는) 이 서버가 아닙니다 (127.0.0.1 또는 localhost와 이 서버의 포트만 받습니다)")
    }

    /// A form was sent without this server's token (another site's page tried to submit it).
    static let missingToken = WebFailure(status: 403, "양식 확인값(CSRF 토큰)이 없거나 다릅니다: 이 서버의 페이지를 다시 열어 양식을 제출해 주세요")

    /// A body larger than the page accepts.
    static func tooLarge(limit: Int) -> WebFailure {
        WebFailure(status: 413, "올린 내용이 너무 큽니다 (이 페이지는 \(limit / 1_048_576) MiB까지 받습니다)")
    }

    /// A page that does not exist.
    static func notFound(_ path: String) -> WebFailure {
        WebFailure(status: 404, "'\(path)' 페이지가 없습니다")
    }

    /// A method the page does not answer.
    static let methodNotAllowed = WebFailure(status: 405, "이 페이지는 그 방식(HTTP 메서드)의 요청을 받지 않습니다")
}
