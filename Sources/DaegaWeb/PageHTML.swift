import DaegaEngine
import DaegaReports

/// The HTML of every page: one layout (skip link, masthead with the page list, main, footer), forms whose fields
/// carry their own error, and result sections. Plain HTML and CSS, no script, so it works with JavaScript off.
struct PageHTML {
    /// The token every form carries.
    let formToken: String
    /// What the footer says about the rate books and the reference day.
    let footer: String

    /// A whole page titled `title` with `body` inside its main element; `current` marks the navigation entry.
    func document(title: String, current: String?, body: String) -> String {
        let links = WebNavigation.entries.map { entry in
            let here = entry.path == current ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(entry.path)\"\(here)>\(escape(entry.title))</a></li>"
        }.joined()
        return """
            <!doctype html>
            <html lang="ko">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) · daega</title>
            <link rel="stylesheet" href="/static/daega.css">
            </head>
            <body>
            <a class="skip" href="#main">본문 바로가기</a>
            <header class="masthead"><div class="wrap">
            <a class="brand" href="/">daega <span>SW사업 대가산정</span></a>
            <nav aria-label="주 메뉴"><ul>\(links)</ul></nav>
            </div></header>
            <main id="main" class="wrap">
            \(body)
            </main>
            <footer class="wrap"><p>\(escape(footer))</p></footer>
            </body>
            </html>

            """
    }

    /// A page's heading block: title, one-sentence lead and the CLI command that gives the same result.
    func heading(_ title: String, lead: String, command: String?) -> String {
        var html = "<h1>\(escape(title))</h1>\n<p class=\"lead\">\(escape(lead))</p>\n"
        if let command { html += "<p class=\"cli\">명령줄에서는 <code>\(escape(command))</code></p>\n" }
        return html
    }

    /// An alert above a form: what went wrong, in the CLI's words.
    func alert(_ message: String, title: String = "입력을 확인해 주세요") -> String {
        "<div class=\"alert\" role=\"alert\"><h2>\(escape(title))</h2><p>\(escape(message))</p></div>\n"
    }

    /// A form of field groups posting to `action`, refilled with `form`'s values, with `error` next to `errorField`.
    /// - Parameter extra: inputs placed before the submit button (a format choice).
    func form(action: String, groups: [FieldGroup], values form: WebForm, error: String?, errorField: String?,
              submit: String, extra: String = "") -> String {
        var html = "<form method=\"post\" action=\"\(action)\" enctype=\"multipart/form-data\" novalidate>\n"
        html += "<input type=\"hidden\" name=\"csrf\" value=\"\(escape(formToken))\">\n<ol class=\"steps\">\n"
        for (index, group) in groups.enumerated() {
            html += "<li><fieldset><legend><span class=\"step\">\(index + 1)</span> \(escape(group.title))</legend>\n"
            html += "<p class=\"group-lead\">\(escape(group.lead))</p>\n<div class=\"grid\">\n"
            for field in group.fields {
                html += self.field(field, value: form.fields[field.name]?.first, error: errorField == field.name ? error : nil)
            }
            html += "</div></fieldset></li>\n"
        }
        html += "</ol>\n\(extra)<p class=\"actions\"><button type=\"submit\" class=\"primary\">\(escape(submit))</button></p>\n</form>\n"
        return html
    }

    /// One field: label, input, hint and, when given, its error.
    private func field(_ field: FormField, value: String?, error: String?) -> String {
        let id = "f-" + field.name
        var described = "h-\(field.name)"
        if error != nil { described += " e-\(field.name)" }
        let invalid = error == nil ? "" : " aria-invalid=\"true\""
        let common = "id=\"\(id)\" name=\"\(escape(field.name))\" aria-describedby=\"\(described)\"\(invalid)"
        let input: String
        switch field.kind {
        case let .text(example):
            input = "<input type=\"text\" \(common) value=\"\(escape(value ?? ""))\" placeholder=\"예: \(escape(example))\">"
        case .level:
            let options = ["": "기본 (계수 1.00)", "1": "1", "2": "2", "3": "3", "4": "4", "5": "5"].sorted { $0.key < $1.key }
                .map { "<option value=\"\($0.key)\"\(value == $0.key ? " selected" : "")>\(escape($0.value))</option>" }.joined()
            input = "<select \(common)>\(options)</select>"
        case let .lines(example):
            input = "<textarea \(common) rows=\"4\" placeholder=\"\(escape(example))\">\(escape(value ?? ""))</textarea>"
        case let .file(accept):
            input = "<input type=\"file\" \(common) accept=\"\(escape(accept))\">"
        }
        var html = "<div class=\"field\(error == nil ? "" : " has-error")\(field.kind.isWide ? " wide" : "")\">"
        html += "<label for=\"\(id)\">\(escape(field.label))</label>\(input)"
        html += "<p class=\"hint\" id=\"h-\(field.name)\">\(escape(field.hint))</p>"
        if let error { html += "<p class=\"error\" id=\"e-\(field.name)\">\(escape(error))</p>" }
        return html + "</div>\n"
    }

    /// A result section: headline figures, the 산출 과정 as the CLI prints it, and the rate books used.
    func result(_ report: WebReport) -> String {
        var html = "<section class=\"result\" aria-labelledby=\"result-title\">\n<h2 id=\"result-title\">결과</h2>\n<dl class=\"headline\">"
        for (label, value) in report.headline {
            html += "<div><dt>\(escape(label))</dt><dd>\(escape(value))</dd></div>"
        }
        html += "</dl>\n<h3>산출 과정</h3>\n<pre class=\"process\">\(escape(report.process))</pre>\n"
        html += "<h3>사용한 요율표</h3>\n<table class=\"rates\"><thead><tr><th scope=\"col\">요율표</th><th scope=\"col\">상태</th>"
        html += "<th scope=\"col\">출처</th></tr></thead><tbody>"
        var seen = Set<String>()
        for rate in report.rates where seen.insert(rate.edition + "\u{1}" + rate.source + "\u{1}" + rate.status.rawValue).inserted {
            let status = rate.status == .uncertain ? "<span class=\"badge uncertain\">UNCERTAIN (기본값, 바꿀 수 있음)</span>"
                                                   : "<span class=\"badge verified\">VERIFIED</span>"
            html += "<tr><td>\(escape(rate.edition))</td><td>\(status)</td><td>\(escape(rate.source))</td></tr>"
        }
        return html + "</tbody></table>\n</section>\n"
    }

    /// Text escaped for HTML content and attribute values.
    func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}

extension FormField.Kind {
    /// Whether the field spans the form's width (text areas and uploads).
    var isWide: Bool {
        switch self {
        case .lines, .file: true
        case .text, .level: false
        }
    }
}
