import DaegaTestSupport
@testable import DaegaWeb
import FlyingFox
import Foundation
import Testing

/// A portfolio uploaded to the batch page comes back as the result CSV `daega batch` writes.
@Suite struct WebBatchTests {
    let client = WebTestClient()

    @Test func portfolioComesBackChecked() async throws {
        let response = await client.post("/batch", fields: [], files: [("portfolio", "portfolio.csv", try WebTestClient.sample("portfolio.csv"))])
        #expect(response.statusCode.code == 200)
        #expect(response.headers[HTTPHeader("X-Daega-Rows")] == "27")
        #expect(response.headers[HTTPHeader("X-Daega-Failed-Rows")] == "0")
        #expect(response.headers[.contentDisposition]?.contains("filename*=UTF-8''%EC%A0%90%EA%B2%80%EA%B2%B0%EA%B3%BC-portfolio.csv") == true)
        let bytes = Array(try await response.bodyData)
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF], "UTF-8 with a BOM so Excel shows Hangul")
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\r\n")
        #expect(lines.count == 28)
        #expect(lines[0].hasPrefix("id,name,"))
    }

    @Test func badRowsAreInTheErrorColumn() async throws {
        let response = await client.post("/batch", fields: [], files: [("portfolio", "p.csv", try WebTestClient.sample("portfolio-with-errors.csv"))])
        #expect(response.statusCode.code == 200)
        let failed = Int(response.headers[HTTPHeader("X-Daega-Failed-Rows")] ?? "") ?? 0
        #expect(failed > 0)
    }

    @Test func cp949OnRequest() async throws {
        let response = await client.post("/batch", fields: [("encoding", "cp949")],
                                         files: [("portfolio", "portfolio.csv", try WebTestClient.sample("portfolio.csv"))])
        #expect(response.headers[.contentType] == "text/csv; charset=cp949")
        let bytes = Array(try await response.bodyData)
        #expect(bytes.prefix(3) != [0xEF, 0xBB, 0xBF])
    }

    @Test(arguments: [("", "id: 포트폴리오 CSV를 고르지 않았습니다"), ("name,budget\nx,1\n", "p.csv")])
    func unreadablePortfolioIsShownAtTheUpload(content: String, message: String) async {
        let files: [(String, String, [UInt8])] = content.isEmpty ? [] : [("portfolio", "p.csv", Array(content.utf8))]
        let response = await client.post("/batch", fields: [], files: files)
        #expect(response.statusCode.code == 422)
        let html = await response.text
        #expect(html.contains("<p class=\"error\" id=\"e-portfolio\">"), "\(html)")
        #expect(!html.contains("daega-web-"))
    }
}
