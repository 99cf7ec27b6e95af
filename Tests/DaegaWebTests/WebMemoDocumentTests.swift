import DaegaEngine
import DaegaTestSupport
@testable import DaegaWeb
import FlyingFox
import Foundation
import Testing

/// The 산출 근거 page's downloads are `daega memo`'s documents: the memo with the project's `[document]` header, and
/// the estimate workbook of the same run, byte for byte.
@Suite struct WebMemoDocumentTests {
    let client = WebTestClient()

    /// The CLI's document for `project` on the web client's reference day.
    static func cliDocument(_ project: String, name: String) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-web-memo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["memo", project, "-o", folder + "/" + name, "--as-of", "\(WebTestClient.date)"])
        #expect(run.status == 0, "\(run.standardError)")
        return try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
    }

    @Test func memoHasTheDocumentHeaderAsTheCLIWritesIt() async throws {
        let response = await client.post("/memo", fields: [("format", "markdown")],
                                         files: [("project", "civil-complaint.toml", try WebTestClient.sample("civil-complaint.toml"))])
        #expect(response.statusCode.code == 200)
        let web = await response.text
        #expect(web.contains("| 기관명 | 부서 | 작성자 | 작성일 | 문서번호 |\n|---|---|---|---|---|\n| ○○시청 | 정보통신과 | 주무관 김민원 | 2026-12-06 | 정보통신과-2026-0142 |"))
        #expect(web.contains("| 담당 | 검토 | 결재 |"), "approval = true prints the 결재란")
        let cli = String(decoding: try Self.cliDocument("samples/civil-complaint.toml", name: "memo.md"), as: UTF8.self)
            .replacingOccurrences(of: #"daega \S+로 작성"#, with: "daega test로 작성", options: .regularExpression)
        #expect(web == cli)
    }

    @Test func memoWithoutAProjectFileHasTheDefaultHeader() async throws {
        let response = await client.post("/memo", fields: [("format", "markdown"), ("fp", "85")])
        #expect(response.statusCode.code == 200)
        let web = await response.text
        #expect(web.contains("| 작성일 |\n|---|\n| 2026-12-06 |"), "\(web.prefix(300))")
        #expect(!web.contains("| 담당 | 검토 | 결재 |"))
    }

    /// With a budget the workbook is the check's; without one, every estimate's sheets (the page used to give only the
    /// function-point sheets of a project that also has staffing).
    @Test(arguments: [true, false])
    func workbookIsTheCLIsWorkbook(withBudget: Bool) async throws {
        var text = String(decoding: try WebTestClient.sample("civil-complaint.toml"), as: UTF8.self)
        if !withBudget {
            text = text.replacingOccurrences(of: "[budget]\namount = 650_000_000   # VAT 포함: 기획 단계에서 배정된 예산\nmonths = 8\n", with: "")
            #expect(!text.contains("[budget]"))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-web-xlsx-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/project.toml"))
        let response = await client.post("/memo", fields: [("format", "xlsx")], files: [("project", "project.toml", Array(text.utf8))])
        #expect(response.statusCode.code == 200)
        let web = try await response.bodyData
        #expect(web == (try Self.cliDocument(folder + "/project.toml", name: "산정.xlsx")))
    }

    @Test func maintenanceOnlyProjectHasNoWorkbook() async throws {
        let response = await client.post("/memo", fields: [("format", "xlsx")],
                                         files: [("project", "maintenance-example.toml", try WebTestClient.sample("maintenance-example.toml"))])
        #expect(response.statusCode.code == 422)
        let html = await response.text
        #expect(html.contains("산정 통합문서에 담을 기능점수나 투입공수 산정이 없습니다"))
        #expect(html.contains("id=\"e-project\""))
    }
}
