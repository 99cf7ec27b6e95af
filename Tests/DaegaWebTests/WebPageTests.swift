import DaegaEngine
import DaegaTestSupport
@testable import DaegaWeb
import FlyingFox
import Foundation
import Testing

/// Every page answers, in Korean, with a form that carries the token; results show the engine's figures, the 산출 과정
/// and the rate books; a bad value is shown next to its field in the CLI's words.
@Suite struct WebPageTests {
    let client = WebTestClient()

    @Test(arguments: [("/", "SW사업 대가산정"), ("/estimate", "사업 추정"), ("/compare", "비교"), ("/maintenance", "유지관리"),
                      ("/check", "예산 점검"), ("/memo", "산출 근거"), ("/batch", "일괄 점검"), ("/change", "과업변경")])
    func everyPageAnswers(path: String, title: String) async {
        let response = await client.get(path)
        #expect(response.statusCode.code == 200)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        #expect(response.headers[HTTPHeader("Content-Security-Policy")]?.contains("default-src 'none'") == true)
        let html = await response.text
        #expect(html.contains("<h1>\(title)</h1>"))
        #expect(html.contains("<html lang=\"ko\">"))
        #expect(!html.contains("<script"), "the page works with JavaScript off")
        if path != "/" { #expect(html.contains("name=\"csrf\" value=\"\(WebTestClient.token)\"")) }
        for entry in WebNavigation.entries { #expect(html.contains("href=\"\(entry.path)\"")) }
    }

    @Test func stylesheetIsServedFromTheBinary() async {
        let response = await client.get("/static/daega.css")
        #expect(response.statusCode.code == 200)
        #expect(response.headers[.contentType] == "text/css; charset=utf-8")
        let css = await response.text
        #expect(css.contains("--primary: #256ef4"))
        #expect(!css.contains("http"), "nothing is loaded from the network")
    }

    @Test func guideExampleThroughTheEstimatePage() async throws {
        let response = await client.post("/estimate", fields: [],
                                          files: [("project", "scm.toml", try WebTestClient.sample("scm.toml")),
                                                  ("functions", "scm-functions.csv", try WebTestClient.sample("scm-functions.csv"))])
        let html = await response.text
        #expect(response.statusCode.code == 200, "\(html)")
        #expect(html.contains("<dt>개발비 (VAT 별도)</dt><dd>68,467,488원</dd>"))
        #expect(html.contains("<dt>기능점수</dt><dd>85 FP</dd>"))
        #expect(html.contains("<h3>산출 과정</h3>"))
        #expect(html.contains("53,173,990"), "the trace's 개발원가 step")
        #expect(html.contains("SW사업 대가산정 가이드 2020"), "the rate book used")
        #expect(html.contains("UNCERTAIN") || html.contains("VERIFIED"))
    }

    @Test func countsTypedIntoTheForm() async {
        let response = await client.post("/estimate", fields: [("ilf", "18"), ("eif", "6"), ("ei", "60"), ("eo", "35"), ("eq", "40"),
                                                               ("integration", "3"), ("performance", "4"), ("compatibility", "2"),
                                                               ("security", "4"), ("direct-expenses", "35,000,000")])
        let html = await response.text
        #expect(response.statusCode.code == 200)
        // samples/civil-complaint.toml has the same inputs: its check shows 747,579,185원 VAT 포함 as the FP proper cost.
        #expect(html.contains("<dt>개발비 (VAT 포함)</dt><dd>747,579,185원</dd>"))
    }

    @Test(arguments: [
        ("ilf", "x", "ilf: error: ILF 개수 &#39;x&#39;은(는) 정수가 아닙니다", "E101"),
        ("integration", "6", "integration: error:", "E102"),
        ("direct-expenses", "1,00", "direct-expenses: error: 금액 &#39;1,00&#39;을(를) 읽을 수 없습니다", "E101"),
        ("staff", "우주비행사=3", "error:", "E701"),
    ])
    func badFieldIsShownNextToIt(field: String, value: String, message: String, code: String) async {
        var fields = [(field, value)]
        if field != "ilf" && field != "staff" { fields.append(("fp", "85")) }
        if field == "staff" { fields.append(("wage-year", "2025")) }
        let response = await client.post("/estimate", fields: fields)
        let html = await response.text
        #expect(response.statusCode.code == 422)
        #expect(html.contains("<p class=\"error\" id=\"e-\(field)\">"), "\(html)")
        #expect(html.contains(message) && html.contains("[\(code)]"), "\(html)")
        if field != "integration" {
            #expect(html.contains("value=\"\(value)\"") || html.contains(">\(value)</textarea>"), "the typed value is kept")
        }
    }

    @Test func badProjectFileIsShownAtItsLineNextToTheUpload() async {
        let toml = Array("format_version = 1\nname = \"x\"\n[function_points]\nilf = 600,000,000\n".utf8)
        let response = await client.post("/estimate", fields: [], files: [("project", "bad.toml", toml)])
        let html = await response.text
        #expect(response.statusCode.code == 422)
        #expect(html.contains("<p class=\"error\" id=\"e-project\">bad.toml:4:"), "\(html)")
    }

    @Test func projectNamingAFunctionListNeedsItUploaded() async throws {
        let response = await client.post("/estimate", fields: [], files: [("project", "scm.toml", try WebTestClient.sample("scm.toml"))])
        let html = await response.text
        #expect(response.statusCode.code == 422)
        #expect(html.contains("<p class=\"error\" id=\"e-functions\">functions: error: 프로젝트 파일이 기능 목록 파일을 가리킵니다"))
    }

    @Test func badFunctionListIsNamedByItsFileNameOnly() async {
        let csv = Array("name,type\n주문 등록,XX\n".utf8)
        let response = await client.post("/estimate", fields: [], files: [("functions", "list.csv", csv)])
        let html = await response.text
        #expect(response.statusCode.code == 422)
        #expect(html.contains("<p class=\"error\" id=\"e-functions\">list.csv:2:"), "\(html)")
        #expect(!html.contains("daega-web-"), "the private folder's path never reaches the page")
    }

    @Test func checkPageShowsRiskAndFindings() async throws {
        let response = await client.post("/check", fields: [], files: [("project", "records-archive.toml",
                                                                         try WebTestClient.sample("records-archive.toml"))])
        let html = await response.text
        #expect(response.statusCode.code == 200, "\(html)")
        #expect(html.contains("<dt>유찰 위험</dt><dd>심각</dd>"), "records-archive is the critical sample")
        #expect(html.contains("<dt>예산 (VAT 포함)</dt><dd>330,000,000원</dd>"))
    }

    @Test func checkWithoutBudgetSaysSoAtTheBudgetField() async {
        let response = await client.post("/check", fields: [("fp", "85")])
        let html = await response.text
        #expect(response.statusCode.code == 422)
        #expect(html.contains("<p class=\"error\" id=\"e-budget\">"), "\(html)")
    }

    @Test func compareAndMaintenancePages() async throws {
        let compare = await client.post("/compare", fields: [], files: [("project", "civil-complaint.toml",
                                                                         try WebTestClient.sample("civil-complaint.toml"))])
        let compareHTML = await compare.text
        #expect(compare.statusCode.code == 200)
        #expect(compareHTML.contains("<dt>기능점수 방식 (VAT 포함)</dt><dd>747,579,185원</dd>"))
        let maintenance = await client.post("/maintenance", fields: [], files: [("project", "maintenance-example.toml",
                                                                                 try WebTestClient.sample("maintenance-example.toml"))])
        #expect(maintenance.statusCode.code == 200)
        #expect(await maintenance.text.contains("<dt>유지관리비 합계 (VAT 별도)</dt>"))
        let nothing = await client.post("/maintenance", fields: [])
        #expect(nothing.statusCode.code == 422)
        #expect(await nothing.text.contains("id=\"e-project\""))
    }

    @Test(arguments: [("html", "text/html; charset=utf-8", "memo.html", "<!DOCTYPE html"), ("markdown", "text/markdown; charset=utf-8", "memo.md", "#")])
    func memoDownloads(format: String, contentType: String, filename: String, start: String) async throws {
        // (HWPX is checked below: a ZIP package, not text.)
        let response = await client.post("/memo", fields: [("format", format)],
                                         files: [("project", "civil-complaint.toml", try WebTestClient.sample("civil-complaint.toml"))])
        #expect(response.statusCode.code == 200)
        #expect(response.headers[.contentType] == contentType)
        #expect(response.headers[.contentDisposition]?.contains("filename=\"\(filename)\"") == true)
        let text = await response.text
        #expect(text.uppercased().hasPrefix(start.uppercased()) || text.hasPrefix(start), "\(text.prefix(80))")
        #expect(text.contains("650,000,000"))
    }

    @Test func memoAsHWPX() async throws {
        let response = await client.post("/memo", fields: [("format", "hwpx")],
                                         files: [("project", "civil-complaint.toml", try WebTestClient.sample("civil-complaint.toml"))])
        #expect(response.statusCode.code == 200)
        #expect(response.headers[.contentDisposition]?.contains("filename=\"memo.hwpx\"") == true)
        let bytes = Array(try await response.bodyData)
        #expect(bytes.prefix(2) == [0x50, 0x4B], "a ZIP package")
        #expect(String(decoding: bytes.prefix(80), as: UTF8.self).contains("mimetype"), "HWPX starts with its mimetype part")
    }

    @Test func estimateWorkbookAsXLSX() async throws {
        let response = await client.post("/memo", fields: [("format", "xlsx")],
                                         files: [("project", "civil-complaint.toml", try WebTestClient.sample("civil-complaint.toml"))])
        #expect(response.statusCode.code == 200)
        #expect(response.headers[.contentDisposition]?.contains("filename=\"estimate.xlsx\"") == true)
        let bytes = Array(try await response.bodyData)
        #expect(bytes.prefix(2) == [0x50, 0x4B], "a ZIP package")
    }
}
