import DaegaTestSupport
@testable import DaegaWeb
import FlyingFox
import Foundation
import Testing

/// `POST /api/check` and `/api/estimate` answer exactly what the CLI prints for the same project file.
@Suite struct WebAPITests {
    let client = WebTestClient()

    @Test(arguments: ["civil-complaint.toml", "records-archive.toml", "isp-consulting.toml", "maintenance-example.toml"])
    func checkEqualsTheCLI(sample: String) async throws {
        let cli = try CommandLineRun.daega(["check", "samples/" + sample, "--format", "json", "--as-of", "2026-12-06"])
        let response = await client.postRaw("/api/check", body: try WebTestClient.sample(sample))
        if cli.status == 0 {
            #expect(response.statusCode.code == 200)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            #expect(await response.text == cli.standardOutput)
        } else {
            #expect(response.statusCode.code == 422, "\(sample): \(cli.standardError)")
        }
    }

    @Test func estimateEqualsCompare() async throws {
        let cli = try CommandLineRun.daega(["compare", "samples/civil-complaint.toml", "--format", "json", "--as-of", "2026-12-06"])
        #expect(cli.status == 0)
        let response = await client.postRaw("/api/estimate", body: try WebTestClient.sample("civil-complaint.toml"))
        #expect(response.statusCode.code == 200)
        #expect(await response.text == cli.standardOutput)
    }

    @Test func badBodyGetsTheCLIErrorLine() async {
        let response = await client.postRaw("/api/check", body: Array("[budget]\namount = 600,000,000\n".utf8))
        #expect(response.statusCode.code == 422)
        let text = await response.text
        #expect(text.hasPrefix("daega: request.toml:2:"), "\(text)")
        #expect(text.hasSuffix("]\n"))
    }

    @Test func aBodyNamingAnotherFileIsRefused() async throws {
        let response = await client.postRaw("/api/check", body: try WebTestClient.sample("scm.toml"))
        #expect(response.statusCode.code == 422)
        #expect(await response.text.contains("다른 파일"))
    }

    @Test func wrongHostIsRefusedForTheAPITooWithoutAPage() async throws {
        let response = await client.send(.POST, "/api/check", headers: [.host: "evil.example"], body: try WebTestClient.sample("civil-complaint.toml"))
        #expect(response.statusCode.code == 403)
        #expect(await response.text.hasPrefix("daega: Host"))
    }
}
