import DaegaCommandLine
import DaegaTestSupport
@testable import DaegaWeb
import FlyingFox
import Foundation
import Testing

/// Requests from anywhere but this server's own pages are refused before any page runs.
@Suite struct WebSecurityTests {
    let client = WebTestClient()

    @Test(arguments: [nil, "evil.example:8765", "127.0.0.1:9999", "192.168.0.10:8765", "127.0.0.1.nip.io:8765"])
    func wrongHostIsRefused(host: String?) async {
        let response = await client.get("/", host: host)
        #expect(response.statusCode.code == 403)
        #expect(await response.text.contains("Host 머리글"))
    }

    @Test(arguments: ["127.0.0.1:8765", "localhost:8765", "LOCALHOST:8765"])
    func loopbackHostsAreServed(host: String) async {
        #expect(await client.get("/", host: host).statusCode.code == 200)
    }

    @Test(arguments: [nil, "wrong-token"])
    func formWithoutTheTokenIsRefused(token: String?) async {
        let response = await client.post("/estimate", fields: [("fp", "85")], token: token)
        #expect(response.statusCode.code == 403)
        #expect(await response.text.contains("CSRF"))
    }

    @Test func formFromAnotherOriginIsRefused() async {
        let response = await client.post("/estimate", fields: [("fp", "85")], extraHeaders: [HTTPHeader("Origin"): "http://evil.example"])
        #expect(response.statusCode.code == 403)
        let same = await client.post("/estimate", fields: [("fp", "85")], extraHeaders: [HTTPHeader("Origin"): "http://127.0.0.1:8765"])
        #expect(same.statusCode.code == 200)
    }

    @Test func uploadsOverTheLimitAreRefused() async throws {
        let small = WebTestClient(limits: WebLimits(formBytes: 1_048_576, batchBytes: 1_048_576, apiBytes: 1_048_576))
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 1_048_577)
        let form = await small.post("/estimate", fields: [], files: [("functions", "big.csv", big)])
        #expect(form.statusCode.code == 413)
        #expect(await form.text.contains("1 MiB까지"))
        #expect(await small.post("/batch", fields: [], files: [("portfolio", "big.csv", big)]).statusCode.code == 413)
        #expect(await small.postRaw("/api/check", body: big).statusCode.code == 413)
    }

    @Test func unknownPagesAndMethods() async {
        #expect(await client.get("/etc/passwd").statusCode.code == 404)
        #expect(await client.send(.PUT, "/estimate", headers: [.host: "127.0.0.1:8765"], body: []).statusCode.code == 405)
    }

    @Test func formsMustBeFormEncoded() async {
        let response = await client.send(.POST, "/estimate", headers: [.host: "127.0.0.1:8765", .contentType: "application/json"],
                                         body: Array("{}".utf8))
        #expect(response.statusCode.code == 415)
    }

    @Test func urlEncodedFormsWork() async {
        let body = Array("csrf=\(WebTestClient.token)&fp=85&edition=2020&integration=2&performance=3&compatibility=1&security=2&direct-expenses=2%2C000%2C000".utf8)
        let response = await client.send(.POST, "/estimate", headers: [.host: "127.0.0.1:8765",
                                                                      .contentType: "application/x-www-form-urlencoded"], body: body)
        #expect(response.statusCode.code == 200)
        #expect(await response.text.contains("<dd>68,467,488원</dd>"), "85 FP with the guide example's factors")
    }

    @Test func loopbackOnly() throws {
        #expect(throws: Never.self) { try ServeOptions.checkLoopback("127.0.0.1") }
        #expect(throws: Never.self) { try ServeOptions.checkLoopback("localhost") }
        for host in ["0.0.0.0", "::", "192.168.0.1", "example.com"] {
            #expect { try ServeOptions.checkLoopback(host) } throws: { ($0 as? DaegaError)?.code == .serveAddressNotLoopback }
        }
    }

    @Test(arguments: [("0", UInt16(0)), ("8080", UInt16(8080)), ("65535", UInt16(65535))])
    func portsAreRead(text: String, port: UInt16) throws {
        #expect(try ServeOptions.port(text) == port)
    }

    @Test(arguments: ["65536", "-1", "http", ""])
    func badPortsAreRefused(text: String) {
        #expect { try ServeOptions.port(text) } throws: { ($0 as? DaegaError)?.code == .servePortUnavailable }
    }
}

import DaegaEngine
