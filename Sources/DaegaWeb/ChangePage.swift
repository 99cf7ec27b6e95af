import DaegaEngine
import DaegaIO
import DaegaReports
import Foundation

/// 과업변경: a contract change re-priced as `daega change` does, from the contract file and the files it names, each
/// uploaded in its own field. The names a file gives for another file are used only to find that upload, never
/// opened as paths: a name with a folder in it is refused.
enum ChangePage {
    /// The page: its address, title, lead and the upload fields (the contract file, the original project file and
    /// the lists they name).
    static let page = UploadPage(
        path: "/change", title: "과업변경",
        lead: "과업변경의 계약금액 조정(변경관리내역서)을 국가계약법 시행령 제65조·지방계약법 시행령 제74조 규칙으로 구합니다.",
        command: "daega change FILE",
        group: FieldGroup(
            title: "계약 변경 파일", lead: "계약 변경 파일(.toml)과 그 파일이 가리키는 파일을 각각 올립니다 (예: samples/hr-portal-change.toml).",
            fields: [
            FormField(name: "contract", label: "계약 변경 파일 (.toml)", hint: "[contract]와 [change] 절이 있는 파일", kind: .file(accept: ".toml,text/plain")),
            FormField(name: "project", label: "당초 프로젝트 파일 (.toml)", hint: "계약 변경 파일의 project가 가리키는 파일", kind: .file(accept: ".toml,text/plain")),
            FormField(name: "functions", label: "당초 기능 목록 (.csv)", hint: "프로젝트 파일이 기능 목록을 가리킬 때", kind: .file(accept: ".csv,text/csv")),
            FormField(name: "changes", label: "변경 목록 (.csv)", hint: "[change] functions가 가리키는 신규·변경·삭제 목록", kind: .file(accept: ".csv,text/csv")),
            ]),
        submit: "계산하기")

    /// Re-prices the uploaded contract change.
    /// - Parameters:
    ///   - form: the submitted form.
    ///   - folder: the private folder the uploads are kept in, each under the name the other files give it.
    ///   - library: the rate books.
    ///   - fields: filled with the field each stored file came from, by its path (to place an error).
    /// - Throws: `DaegaError` at the field or the uploaded file's line and column.
    static func run(_ form: WebForm, folder: PrivateUploadFolder, library: RateLibrary, fields: inout [String: String]) throws -> WebReport {
        guard let contract = form.uploads["contract"] else {
            throw DaegaError(.missingInput, at: .field("contract"), "계약 변경 파일을 고르지 않았습니다", expected: "[contract]와 [change] 절이 있는 .toml")
        }
        let contractText = try text(of: contract, field: "contract")
        var contractTable = try table(contractText, path: contract.filename)
        let projectName = try plainName(try contractTable.optionalString("project"), field: "project")
        var changeTable = try contractTable.optionalTable("change")
        let changesName = try plainName(try changeTable?.optionalString("functions"), field: "changes")
        if let projectName {
            let project = try require("project", named: projectName, in: form)
            let projectPath = try folder.store(project, as: projectName)
            fields[projectPath] = "project"
            var projectTable = try table(try text(of: project, field: "project"), path: projectPath)
            var functionPoints = try projectTable.optionalTable("function_points")
            if let functionsName = try plainName(try functionPoints?.optionalString("functions"), field: "functions") {
                fields[try folder.store(try require("functions", named: functionsName, in: form), as: functionsName)] = "functions"
            }
        }
        if let changesName {
            fields[try folder.store(try require("changes", named: changesName, in: form), as: changesName)] = "changes"
        }
        let taken = Set(fields.keys.map { ($0 as NSString).lastPathComponent })
        let contractPath = try folder.store(contract, as: taken.contains(contract.filename) ? "contract-" + contract.filename : nil)
        fields[contractPath] = "contract"
        let file = try ContractFile.read(contractPath)
        let result = try ContractChangePlan.run(file, library: library)
        return WebReport(headline: [("당초 계약금액", ProjectPage.won(result.originalContract)),
                                    ("조정 후 계약금액", ProjectPage.won(result.adjustedContract)),
                                    ("증감", ProjectPage.won(result.adjustment))],
                         process: ContractChangeText.render(result, name: file.name, language: .ko), rates: result.rates)
    }

    /// An upload's text, which must be UTF-8.
    private static func text(of upload: WebUpload, field: String) throws -> String {
        guard let text = String(validating: upload.bytes, as: UTF8.self) else {
            throw DaegaError(.invalidEncoding, at: .field(field), "'\(upload.filename)'이(가) UTF-8이 아닙니다", expected: "UTF-8로 저장한 TOML")
        }
        return text
    }

    /// The root table of a TOML text, to read the names it gives for other files.
    private static func table(_ text: String, path: String) throws -> TOMLTableReader {
        TOMLTableReader(try TOMLParser.parse(text, path: path, syntaxCode: .projectSyntax), path: path, codes: .project)
    }

    /// A file name given inside an uploaded file: a plain name, never a path.
    private static func plainName(_ name: String?, field: String) throws -> String? {
        guard let name else { return nil }
        guard !name.isEmpty, !name.contains("/"), !name.contains("\\"), !name.hasPrefix("."),
              name.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else {
            throw DaegaError(.conflictingInputs, at: .field(field), "파일 안의 이름 '\(name)'이(가) 폴더를 포함합니다: 웹 페이지는 경로를 열지 않습니다",
                             expected: "같은 폴더의 파일 이름 (예: hr-portal.toml)")
        }
        return name
    }

    /// The upload in `field`, which another file names `name`.
    private static func require(_ field: String, named name: String, in form: WebForm) throws -> WebUpload {
        guard let upload = form.uploads[field] else {
            throw DaegaError(.missingInput, at: .field(field), "올린 파일이 '\(name)'을(를) 가리킵니다: 그 파일을 이 칸에 올려 주세요",
                             expected: "'\(name)' 파일")
        }
        return upload
    }
}
