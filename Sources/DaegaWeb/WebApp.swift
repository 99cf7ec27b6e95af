import DaegaEngine
import DaegaIO
import FlyingFox
import Foundation

/// The local web page's request handler: checks each request (`RequestGuard`), reads its form in memory, runs the
/// same plans and reports as the CLI and answers a page, a download or JSON. It holds no state between requests.
public struct WebApp: Sendable {
    /// The rate books and the reference day for one request (today's date, read again on every request).
    let selection: @Sendable () throws -> RateSelection
    /// The Host and form-token checks.
    let requestGuard: RequestGuard
    /// Upload limits.
    let limits: WebLimits
    /// daega's version, for the memo.
    let toolVersion: String

    /// Creates the handler.
    /// - Parameters:
    ///   - selection: the rate books and reference day for a request.
    ///   - requestGuard: the server's port and form token.
    ///   - limits: how large a body each kind of page takes.
    ///   - toolVersion: daega's version.
    public init(selection: @escaping @Sendable () throws -> RateSelection, requestGuard: RequestGuard,
                limits: WebLimits = .standard, toolVersion: String) {
        self.selection = selection
        self.requestGuard = requestGuard
        self.limits = limits
        self.toolVersion = toolVersion
    }

    /// Answers one request; every failure becomes an error page or message, never a thrown error.
    public func respond(to request: HTTPRequest) async -> HTTPResponse {
        do {
            try requestGuard.checkHost(request)
            return try await route(request)
        } catch let failure as WebFailure {
            return failurePage(failure, request: request)
        } catch {
            return failurePage(WebFailure(status: 500, "\(error)"), request: request)
        }
    }

    /// Sends a request to its page.
    private func route(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.path
        switch (request.method, path) {
        case (.GET, "/"):
            return try html(home())
        case (.GET, "/static/daega.css"):
            return WebResponse.bytes(Array(WebStylesheet.css.utf8), contentType: "text/css; charset=utf-8")
        case (.POST, "/api/check"), (.POST, "/api/estimate"):
            return try await api(request, check: path == "/api/check")
        case (.GET, BatchPage.page.path):
            return try html(uploadPage(BatchPage.page, form: WebForm(), outcome: nil, error: nil))
        case (.POST, BatchPage.page.path):
            return try await batch(request)
        case (.GET, ChangePage.page.path):
            return try html(uploadPage(ChangePage.page, form: WebForm(), outcome: nil, error: nil))
        case (.POST, ChangePage.page.path):
            return try await change(request)
        default:
            guard let page = ProjectPage.allCases.first(where: { $0.path == path }) else { throw WebFailure.notFound(path) }
            switch request.method {
            case .GET: return try html(projectPage(page, form: WebForm(), outcome: nil, error: nil))
            case .POST: return try await submit(page, request: request)
            default: throw WebFailure.methodNotAllowed
            }
        }
    }

    /// The start page: what daega answers and a card per page.
    private func home() throws -> String {
        let layout = try self.layout()
        let cards = WebNavigation.entries.map {
            "<li><a href=\"\($0.path)\"><strong>\(layout.escape($0.title))</strong>\(layout.escape($0.lead))</a></li>"
        }.joined(separator: "\n")
        let body = layout.heading("SW사업 대가산정", lead: "KOSA 「SW사업 대가산정 가이드」로 사업비를 구하고, 예산이 입찰을 끌어낼지(유찰 위험) 점검하고, 예산 산출 근거를 씁니다.",
                                  command: nil)
            + "<ul class=\"cards\">\n\(cards)\n</ul>\n"
            + "<div class=\"notice\"><p>모든 금액은 원 단위 정수로 계산하며, 결과마다 산출 과정과 사용한 요율표(출처, VERIFIED/UNCERTAIN)를 보여 줍니다. "
            + "스크립트에서는 <code>POST /api/check</code>와 <code>POST /api/estimate</code>에 프로젝트 파일(TOML)을 보내면 "
            + "<code>daega check FILE --format json</code>, <code>daega compare FILE --format json</code>과 같은 JSON을 받습니다.</p></div>\n"
        return layout.document(title: "시작", current: "/", body: body)
    }

    /// A project page: its form, with a result or an error when one was submitted.
    private func projectPage(_ page: ProjectPage, form: WebForm, outcome: WebReport?, error: (message: String, field: String?)?) throws -> String {
        let layout = try self.layout()
        var body = layout.heading(page.title, lead: page.lead, command: page.command)
        if let error { body += layout.alert(error.message) }
        if let outcome { body += layout.result(outcome) }
        var extra = ""
        if page == .memo {
            let options = MemoDownload.allCases.map {
                "<option value=\"\($0.rawValue)\"\(form.value("format") == $0.rawValue ? " selected" : "")>\(layout.escape($0.label))</option>"
            }.joined()
            extra = "<div class=\"field\"><label for=\"f-format\">문서 형식</label><select id=\"f-format\" name=\"format\">\(options)</select></div>\n"
        }
        body += layout.form(action: page.path, groups: page.groups, values: form, error: error?.message, errorField: error?.field,
                            submit: page.submitLabel, extra: extra)
        return layout.document(title: page.title, current: page.path, body: body)
    }

    /// A submitted project form: the result page, the download, or the form again with the error next to its field.
    private func submit(_ page: ProjectPage, request: HTTPRequest) async throws -> HTTPResponse {
        let form = try await readForm(request, limit: limits.formBytes)
        let folder = try PrivateUploadFolder()
        defer { folder.remove() }
        let reader = ProjectFormReader(form: form, folder: folder)
        do {
            let inputs = try reader.inputs()
            let selection = try selection()
            let header = try reader.memoHeader(date: selection.date)
            switch try page.run(inputs, form: form, header: header, selection: selection, toolVersion: toolVersion) {
            case let .report(report): return try html(projectPage(page, form: form, outcome: report, error: nil))
            case let .download(download): return WebResponse.download(download)
            }
        } catch let error as DaegaError {
            let message = folder.hidingPath("\(error)")
            return try html(projectPage(page, form: form, outcome: nil, error: (message, reader.field(for: error))), status: .unprocessableContent)
        }
    }

    /// An upload page's form, with a result or an error when one was submitted; the batch page also offers the
    /// result's encoding.
    private func uploadPage(_ page: UploadPage, form: WebForm, outcome: WebReport?, error: (message: String, field: String?)?) throws -> String {
        let layout = try self.layout()
        var body = layout.heading(page.title, lead: page.lead, command: page.command)
        if let error { body += layout.alert(error.message) }
        if let outcome { body += layout.result(outcome) }
        var extra = ""
        if page.path == BatchPage.page.path {
            let options = [("utf8", "UTF-8 (BOM 포함, Excel에서 한글이 보임)"), ("cp949", "CP949 (옛 한글 Windows)")].map {
                "<option value=\"\($0.0)\"\(form.value("encoding") == $0.0 ? " selected" : "")>\(layout.escape($0.1))</option>"
            }.joined()
            extra = "<div class=\"field\"><label for=\"f-encoding\">결과 인코딩</label><select id=\"f-encoding\" name=\"encoding\">\(options)</select></div>\n"
        }
        body += layout.form(action: page.path, groups: [page.group], values: form, error: error?.message, errorField: error?.field,
                            submit: page.submit, extra: extra)
        return layout.document(title: page.title, current: page.path, body: body)
    }

    /// A submitted portfolio: the result CSV, or the form again with the reason the file could not be read.
    private func batch(_ request: HTTPRequest) async throws -> HTTPResponse {
        let form = try await readForm(request, limit: limits.batchBytes)
        let folder = try PrivateUploadFolder()
        defer { folder.remove() }
        do {
            let (download, summary) = try BatchPage.run(form, folder: folder, selection: try selection())
            var response = WebResponse.download(download)
            response.headers[HTTPHeader("X-Daega-Rows")] = String(summary.rows)
            response.headers[HTTPHeader("X-Daega-Failed-Rows")] = String(summary.failedRows)
            return response
        } catch let error as DaegaError {
            let message = folder.hidingPath("\(error)")
            return try html(uploadPage(BatchPage.page, form: form, outcome: nil, error: (message, "portfolio")), status: .unprocessableContent)
        }
    }

    /// A submitted contract change: the result page, or the form again with the error next to the file it is in.
    private func change(_ request: HTTPRequest) async throws -> HTTPResponse {
        let form = try await readForm(request, limit: limits.formBytes)
        let folder = try PrivateUploadFolder()
        defer { folder.remove() }
        var fields: [String: String] = [:]
        do {
            let report = try ChangePage.run(form, folder: folder, library: try selection().library, fields: &fields)
            return try html(uploadPage(ChangePage.page, form: form, outcome: report, error: nil))
        } catch let error as DaegaError {
            var field: String?
            switch error.location {
            case let .field(name)?: field = name
            case let .file(path, _, _)?: field = fields[path] ?? "contract"
            default: field = nil
            }
            return try html(uploadPage(ChangePage.page, form: form, outcome: nil, error: (folder.hidingPath("\(error)"), field)),
                            status: .unprocessableContent)
        }
    }

    /// `POST /api/check` or `/api/estimate`: JSON as the CLI prints it, or the CLI's error line with status 422.
    private func api(_ request: HTTPRequest, check: Bool) async throws -> HTTPResponse {
        let body = try await RequestGuard.body(of: request, limit: limits.apiBytes)
        do {
            let selection = try selection()
            let json = check ? try WebAPI.check(body, selection: selection) : try WebAPI.estimate(body, selection: selection)
            return WebResponse.bytes(Array(json.utf8), contentType: "application/json; charset=utf-8")
        } catch let error as DaegaError {
            return WebResponse.bytes(Array("daega: \(error)\n".utf8), contentType: "text/plain; charset=utf-8", status: .unprocessableContent)
        }
    }

    /// The request's form (multipart or URL-encoded), after its size and token are checked.
    /// - Throws: `WebFailure` for a body over `limit`, a form that cannot be read, or a missing token.
    private func readForm(_ request: HTTPRequest, limit: Int) async throws(WebFailure) -> WebForm {
        let body = try await RequestGuard.body(of: request, limit: limit)
        let contentType = request.headers[.contentType] ?? ""
        let form: WebForm
        if let boundary = MultipartForm.boundary(inContentType: contentType) {
            form = try MultipartForm.parse(body, boundary: boundary)
        } else if contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            form = try URLEncodedForm.parse(body)
        } else {
            throw WebFailure(status: 415, "양식은 multipart/form-data 또는 application/x-www-form-urlencoded로 보내야 합니다")
        }
        try requestGuard.checkFormToken(form, request: request)
        return form
    }

    /// The layout for this request, with the rate books and reference day in its footer.
    private func layout() throws -> PageHTML {
        let selection = try selection()
        return PageHTML(formToken: requestGuard.formToken,
                        footer: "요율표 \(selection.library.directory) · 기준일 \(selection.date) · 이 페이지는 이 컴퓨터(127.0.0.1)에서만 열립니다. daega \(toolVersion)")
    }

    /// An HTML page response.
    private func html(_ text: String, status: HTTPStatusCode = .ok) -> HTTPResponse {
        WebResponse.bytes(Array(text.utf8), contentType: "text/html; charset=utf-8", status: status)
    }

    /// An error page for a refused request (a plain page when even the rate books cannot be loaded).
    private func failurePage(_ failure: WebFailure, request: HTTPRequest) -> HTTPResponse {
        let status = HTTPStatusCode(failure.status, phrase: "")
        if request.path.hasPrefix("/api/") {
            return WebResponse.bytes(Array("daega: \(failure.message)\n".utf8), contentType: "text/plain; charset=utf-8", status: status)
        }
        let layout = (try? self.layout()) ?? PageHTML(formToken: requestGuard.formToken, footer: "daega \(toolVersion)")
        let body = layout.heading("요청을 처리하지 못했습니다", lead: "HTTP \(failure.status)", command: nil)
            + layout.alert(failure.message, title: "이유") + "<p><a href=\"/\">처음 화면으로</a></p>\n"
        return html(layout.document(title: "오류", current: nil, body: body), status: status)
    }
}
