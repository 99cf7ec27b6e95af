@testable import DaegaWeb
import Testing

/// Forms are read exactly, in memory, and malformed ones are refused.
@Suite struct WebFormParsingTests {
    @Test(arguments: [
        ("a=1&b=2", ["a": ["1"], "b": ["2"]]),
        ("name=%EA%B0%80+%EB%82%98", ["name": ["가 나"]]),
        ("staff=IT+PM%3D3&staff=%EC%9D%91%EC%9A%A9SW%EA%B0%9C%EB%B0%9C%EC%9E%90%3D10", ["staff": ["IT PM=3", "응용SW개발자=10"]]),
        ("empty=&&x", ["empty": [""], "x": [""]]),
    ])
    func urlEncoded(body: String, fields: [String: [String]]) throws {
        #expect(try URLEncodedForm.parse(Array(body.utf8)).fields == fields)
    }

    @Test(arguments: ["a=%G1", "a=%4", "a=%FF"])
    func badURLEncodingIsRefused(body: String) {
        #expect(throws: WebFailure.self) { try URLEncodedForm.parse(Array(body.utf8)) }
    }

    @Test func multipartFieldsAndFiles() throws {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"ilf\"\r\n\r\n18\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"functions\"; filename=\"C:\\\\Users\\\\me\\\\목록.csv\"\r\nContent-Type: text/csv\r\n\r\nname,type\r\n--x\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"project\"; filename=\"\"\r\n\r\n\r\n"
            + "--XyZ--\r\n"
        let form = try MultipartForm.parse(Array(body.utf8), boundary: "XyZ")
        #expect(form.fields == ["ilf": ["18"]])
        #expect(form.uploads["functions"] == WebUpload(filename: "목록.csv", bytes: Array("name,type\r\n--x".utf8)))
        #expect(form.uploads["project"] == nil, "a file input left empty is no upload")
    }

    @Test(arguments: ["", "--XyZ\r\nno headers end", "--XyZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZ--", "--other\r\n"])
    func malformedMultipartIsRefused(body: String) {
        #expect(throws: WebFailure.self) { try MultipartForm.parse(Array(body.utf8), boundary: "XyZ") }
    }

    @Test(arguments: [("multipart/form-data; boundary=abc", "abc"), ("multipart/form-data; boundary=\"a b\"", "a b"),
                      ("application/json", nil), ("multipart/form-data", nil)])
    func boundaryFromContentType(contentType: String, boundary: String?) {
        #expect(MultipartForm.boundary(inContentType: contentType) == boundary)
    }

    @Test(arguments: [("../../etc/passwd", "passwd"), ("C:\\x\\y.csv", "y.csv"), ("..", "upload"), ("", "upload")])
    func uploadKeepsOnlyTheLastNameComponent(sent: String, kept: String) {
        #expect(WebUpload(filename: sent, bytes: []).filename == kept)
    }
}
