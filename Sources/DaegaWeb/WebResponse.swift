import FlyingFox
import Foundation

/// Builds responses with the headers every answer carries: no caching, no sniffing, no framing, and a content
/// policy that allows only this server's stylesheet (no script at all).
enum WebResponse {
    /// `bytes` with `contentType` and `status`.
    static func bytes(_ bytes: [UInt8], contentType: String, status: HTTPStatusCode = .ok) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        headers[HTTPHeader("Referrer-Policy")] = "no-referrer"
        headers[HTTPHeader("Content-Security-Policy")] =
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        return HTTPResponse(statusCode: status, headers: headers, body: Data(bytes))
    }

    /// A file the browser saves under its name (a Korean name is sent RFC 5987-encoded, with an ASCII fallback).
    static func download(_ download: WebDownload) -> HTTPResponse {
        var response = bytes(download.bytes, contentType: download.contentType)
        let ascii = String(download.filename.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        let encoded = download.filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) ?? ascii
        response.headers[.contentDisposition] = "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
        return response
    }
}
