import DaegaEngine
import DaegaIO
import DaegaReports
import Foundation

/// Writes a workbook to an `.xlsx` file all or nothing (a failure leaves no file behind), or to standard output (`-`)
/// when that is not a terminal.
enum WorkbookOutput {
    /// Writes `workbook` to `path`, refusing to replace any of `inputs`.
    /// - Parameter transaction: puts the workbook in place together with other outputs when given; else it is put in
    ///   place at once.
    /// - Throws: `outputSameAsInput`, `outputNotRegularFile` for `-` on a terminal, or `outputFailed` naming the file.
    static func write(_ workbook: Workbook, to path: String, inputs: [String],
                      in transaction: OutputTransaction? = nil) throws(DaegaError) {
        try StandardOutputTarget.refuseBinaryToTerminal(path: path, format: "xlsx")
        let bytes = try Self.bytes(of: workbook, for: path)
        let writer = AtomicFileWriter(destination: path, inputs: inputs)
        let body = { (sink: FileByteSink) throws(DaegaError) in try sink.write([UInt8](bytes)) }
        if let transaction {
            try writer.write(in: transaction, body)
        } else {
            try writer.write(body)
        }
    }

    /// The `.xlsx` bytes of `workbook`.
    /// - Parameter path: the file they are for, named in an error.
    /// - Throws: `outputFailed` naming `path` when the package cannot be assembled.
    static func bytes(of workbook: Workbook, for path: String) throws(DaegaError) -> Data {
        do {
            return try workbook.xlsxBytes()
        } catch {
            throw DaegaError(.outputFailed, at: .file(path: path, line: nil, column: nil), "통합문서를 만들지 못했습니다: \(error)",
                             expected: "쓸 수 있는 .xlsx 경로")
        }
    }
}
