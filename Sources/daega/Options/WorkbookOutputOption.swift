import ArgumentParser
import DaegaEngine
import DaegaIO
import DaegaReports

/// `-o 산정.xlsx`: also write the estimate as a workbook laid out like KOSA's forms (`fp`, `mm`, `check`).
struct WorkbookOutputOption: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("산정 통합문서(.xlsx)도 씀: 입력 칸과 수식, 저장된 값은 daega의 계산 결과 (-: 표준 출력, 보고는 표준 오류로)",
                               valueName: "file.xlsx"))
    var path: String?

    /// Whether the workbook goes to standard output (`-o -`), so the report must go to standard error.
    var takesStandardOutput: Bool { StandardOutputTarget.isClaimed(by: [path]) }

    /// Writes `workbook()` when `-o` was given, refusing any name that does not end in `.xlsx` (but `-`).
    /// - Parameters:
    ///   - inputs: files read for this output, which it must not replace.
    ///   - workbook: builds the workbook (only called when one is written).
    /// - Throws: `unknownChoice` for another extension; what writing throws.
    func write(inputs: [String], _ workbook: () throws -> Workbook) throws {
        guard let path else { return }
        guard path.lowercased().hasSuffix(".xlsx") || path == AtomicFileWriter.standardOutput else {
            throw DaegaError(.unknownChoice, at: .flag("-o"), "산정 결과 파일 '\(path)'의 형식을 알 수 없습니다",
                             expected: ".xlsx로 끝나는 파일 이름 (보고서는 표준 출력으로)")
        }
        try WorkbookOutput.write(workbook(), to: path, inputs: inputs)
    }
}
