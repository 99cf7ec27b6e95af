import DaegaCommandLine
import DaegaEngine
import DaegaIO
import DaegaReports
import Foundation

/// Writes one justification memo per checked batch row into a folder, named for the row's id.
struct BatchMemoWriter {
    /// The folder the memos go in (created when missing).
    let folder: String
    /// HTML, Markdown, HWPX or the estimate workbook (xlsx).
    let format: MemoFormat
    /// The memos' language.
    let language: Language
    /// The rate books and the reference day printed in each memo.
    let selection: RateSelection
    /// The batch's own files (input, result, error report), resolved: a memo never takes one of their names.
    let protectedPaths: Set<String>

    /// Prepares the folder.
    /// - Parameter protecting: the batch's input and output files, which a memo must never replace.
    /// - Throws: `conflictingInputs` naming `--memo-format` for PDF (one browser run per row is too slow for a
    ///   batch), `outputFailed` naming the folder when it cannot be created.
    init(folder: String, format: MemoFormat, language: Language, selection: RateSelection, protecting: [String] = []) throws {
        guard format != .pdf else { throw Self.pdfRefused }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw DaegaError(.outputFailed, at: .flag("--memos"), "산출 근거 폴더 '\(folder)'를 만들 수 없습니다",
                             expected: "쓸 수 있는 폴더 경로")
        }
        self.folder = folder
        self.format = format
        self.language = language
        self.selection = selection
        protectedPaths = Set(protecting.map(Self.resolved))
    }

    /// Renders and writes the memo of one checked row.
    /// - Throws: `outputFailed` when the file cannot be written.
    func write(_ row: BatchRow, inputs: ProjectInputs, result: ProjectCheckResult) throws(DaegaError) {
        let date = selection.date
        let memo = ProjectMemo(result, header: MemoHeader(projectName: inputs.name ?? row.id, writtenOn: date), date: date,
                               toolVersion: DaegaVersion.number, language: language)
        var path = (folder as NSString).appendingPathComponent(Self.fileName(id: row.id, line: row.line, format: format))
        if protectedPaths.contains(Self.resolved(path)) {
            // An id such as `results` beside `-o results.html`: the line number makes the memo's name its own.
            path = (folder as NSString).appendingPathComponent(Self.fileName(id: row.id, line: row.line, format: format, marked: true))
        }
        let bytes = try format.document(memo, output: path, workbook: { () throws(DaegaError) in
            try EstimateWorkbook.project(result.estimates, check: result.check, project: inputs.name ?? row.id,
                                         sizeFactorCurve: try selection.sizeFactorCurve(of: result.estimates), location: nil)
        }, printer: { () throws(DaegaError) in throw Self.pdfRefused })
        try AtomicFileWriter(destination: path).write { sink throws(DaegaError) in try sink.write(Array(bytes)) }
    }

    /// Why a batch writes no PDF memos: one browser run per row is too slow for a portfolio.
    static let pdfRefused = DaegaError(.conflictingInputs, at: .flag("--memo-format"), "batch는 산출 근거를 PDF로 쓰지 않습니다",
                                       expected: "--memo-format html, md 또는 hwpx (PDF는 daega memo 파일 -o memo.pdf)")

    /// A file name from a row id: letters, digits, Hangul, `-`, `_` and `.` are kept; anything else becomes `_`, and
    /// then the line number is added so two ids that differ only there cannot collide. An id longer than
    /// ``longestBaseBytes`` is cut (the line number added) so the name fits a file system's 255-byte limit.
    /// - Parameter marked: whether to add the line number even to an id kept whole.
    static func fileName(id: String, line: Int, format: MemoFormat, marked: Bool = false) -> String {
        let kept = String(String.UnicodeScalarView(id.unicodeScalars.map { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar) ? scalar : "_"
        }))
        var base = kept.isEmpty || kept.hasPrefix(".") ? "row" : kept
        while base.utf8.count > longestBaseBytes { base.removeLast() }
        let unique = base == id && !marked ? base : "\(base)-L\(line)"
        return "\(unique).\(format.rawValue)"
    }

    /// The most bytes of an id kept in a memo's file name: with `-L` and a line number and the extension, the name
    /// stays well under the 255 bytes Linux and macOS allow.
    static let longestBaseBytes = 200

    /// A path made absolute and free of `.`, `..` and symbolic links, for comparing.
    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
