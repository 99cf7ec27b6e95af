import DaegaEngine
import DaegaIO
import DaegaReports
import Foundation

/// Writes a workbook to an `.xlsx` file all or nothing (a failure leaves no file behind).
enum WorkbookOutput {
    /// Writes `workbook` to `path`, refusing to replace any of `inputs`.
    /// - Throws: `outputSameAsInput`, or `outputFailed` naming the file.
    static func write(_ workbook: Workbook, to path: String, inputs: [String]) throws(DaegaError) {
        let bytes: Data
        do {
            bytes = try workbook.xlsxBytes()
        } catch {
            throw DaegaError(.outputFailed, at: .file(path: path, line: nil, column: nil), "통합문서를 만들지 못했습니다: \(error)",
                             expected: "쓸 수 있는 .xlsx 경로")
        }
        try AtomicFileWriter(destination: path, inputs: inputs).write { (sink) throws(DaegaError) in try sink.write([UInt8](bytes)) }
    }
}
