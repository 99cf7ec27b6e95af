import DaegaTestSupport
@testable import DaegaWeb
import FlyingFox
import Foundation
import Testing

/// 과업변경: the contract file and the files it names, each uploaded in its own field, give what `daega change` gives.
@Suite struct WebChangeTests {
    let client = WebTestClient()

    /// The four uploads of samples/hr-portal-change.toml.
    static func uploads() throws -> [(String, String, [UInt8])] {
        [("contract", "hr-portal-change.toml", try WebTestClient.sample("hr-portal-change.toml")),
         ("project", "내 프로젝트.toml", try WebTestClient.sample("hr-portal.toml")),
         ("functions", "a.csv", try WebTestClient.sample("hr-portal-functions.csv")),
         ("changes", "b.csv", try WebTestClient.sample("hr-portal-change.csv"))]
    }

    @Test func sampleChangeEqualsTheCLI() async throws {
        let cli = try CommandLineRun.daega(["change", "samples/hr-portal-change.toml"])
        #expect(cli.status == 0, "\(cli.standardError)")
        let response = await client.post("/change", fields: [], files: try Self.uploads())
        let html = await response.text
        #expect(response.statusCode.code == 200, "\(html)")
        let adjusted = try #require(cli.standardOutput.split(separator: "\n").first { $0.contains("조정 후") || $0.contains("변경 후") })
        let amount = try #require(adjusted.split(separator: " ").first { $0.hasSuffix("원") && $0.contains(",") })
        #expect(html.contains(String(amount)), "the CLI's adjusted amount \(amount) is on the page")
        #expect(html.contains("<dt>당초 계약금액</dt><dd>97,020,000원</dd>"))
    }

    @Test(arguments: ["project", "changes"])
    func aNamedFileNotUploadedIsAskedForAtItsField(field: String) async throws {
        let files = try Self.uploads().filter { $0.0 != field }
        let response = await client.post("/change", fields: [], files: files)
        #expect(response.statusCode.code == 422)
        #expect(await response.text.contains("<p class=\"error\" id=\"e-\(field)\">"))
    }

    @Test(arguments: ["../../etc/passwd", "/etc/passwd", "sub/hr-portal.toml", ".hidden.toml"])
    func aPathInsideAFileIsRefused(name: String) async throws {
        var files = try Self.uploads()
        let contract = String(decoding: files[0].2, as: UTF8.self).replacingOccurrences(of: "project = \"hr-portal.toml\"", with: "project = \"\(name)\"")
        files[0].2 = Array(contract.utf8)
        let response = await client.post("/change", fields: [], files: files)
        #expect(response.statusCode.code == 422)
        let html = await response.text
        #expect(html.contains("<p class=\"error\" id=\"e-project\">"), "\(html)")
        #expect(html.contains("경로를 열지 않습니다"))
    }

    @Test func errorInTheProjectFileIsShownAtItsUpload() async throws {
        var files = try Self.uploads()
        files[1].2 = Array("format_version = 1\nname = \"x\"\n[function_points]\nilf = 600,000\n".utf8)
        let response = await client.post("/change", fields: [], files: files)
        #expect(response.statusCode.code == 422)
        let html = await response.text
        #expect(html.contains("<p class=\"error\" id=\"e-project\">hr-portal.toml:4:"), "\(html)")
        #expect(!html.contains("daega-web-"))
    }
}
