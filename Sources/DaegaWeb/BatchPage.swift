import DaegaEngine
import DaegaIO
import Foundation

/// 일괄 점검: a portfolio CSV uploaded, checked row by row as `daega batch` does, and the result CSV sent back.
enum BatchPage {
    /// The page: its address, title, lead and the upload field.
    static let page = UploadPage(
        path: "/batch", title: "일괄 점검",
        lead: "포트폴리오 CSV(사업마다 한 행)를 올리면 행마다 적정 대가·충족률·유찰 위험을 적은 결과 CSV를 내려받습니다.",
        command: "daega batch FILE -o 결과.csv",
        group: FieldGroup(
            title: "포트폴리오 CSV", lead: "id 열은 꼭 있어야 합니다. 열 이름과 형식은 samples/portfolio.csv를 따릅니다 (한글 열 이름 가능).",
            fields: [FormField(name: "portfolio", label: "포트폴리오 (.csv)", hint: "UTF-8(BOM 유무) 또는 CP949. 잘못된 행은 error 열에 이유를 적습니다.",
                               kind: .file(accept: ".csv,text/csv"))]),
        submit: "점검 결과 내려받기")

    /// Checks the uploaded portfolio and returns the result CSV (UTF-8 with BOM, or CP949 when `encoding` is `cp949`).
    /// - Parameters:
    ///   - form: the submitted form.
    ///   - folder: the private folder the upload and the result are kept in during the request.
    ///   - selection: the rate books and the reference day.
    /// - Throws: `DaegaError` for a file that cannot be read as a portfolio (placed at the `portfolio` field).
    static func run(_ form: WebForm, folder: PrivateUploadFolder, selection: RateSelection) throws -> (WebDownload, BatchSummary) {
        guard let upload = form.uploads["portfolio"] else {
            throw DaegaError(.missingInput, at: .field("portfolio"), "포트폴리오 CSV를 고르지 않았습니다", expected: "id 열이 있는 CSV 파일")
        }
        let input = try folder.store(upload)
        let output = folder.path + "/result.csv"
        let encoding: CSVOutputEncoding = form.value("encoding") == "cp949" ? .cp949 : .utf8WithBOM
        let summary = try BatchRunner.run(BatchRequest(input: input, output: output, encoding: encoding, selection: selection))
        guard let bytes = FileManager.default.contents(atPath: output) else {
            throw DaegaError(.outputFailed, at: .field("portfolio"), "결과 CSV를 다시 읽지 못했습니다", expected: "쓸 수 있는 임시 디렉터리 (TMPDIR)")
        }
        let name = "점검결과-" + (upload.filename.hasSuffix(".csv") ? upload.filename : upload.filename + ".csv")
        let charset = encoding == .cp949 ? "cp949" : "utf-8"
        return (WebDownload(filename: name, contentType: "text/csv; charset=\(charset)", bytes: Array(bytes)), summary)
    }
}
