import DaegaEngine
import Foundation

/// Turns the records of a function-list CSV into function entries.
///
/// Header columns (any order, case-insensitive, Korean aliases accepted): `name`, `type`, and either
/// `det` with `ret_ftr` (정통법 by matrix), or `complexity` (정통법 given), or neither (간이법 weight).
/// A row may leave the measure cells blank to take the type's average weight. Columns the format does
/// not know (a 비고 column, say) are ignored and listed in `ignoredColumns`.
///
/// A redevelopment list adds `change` (신규/변경/삭제/재사용; a blank cell is 신규) and, for changed functions,
/// `change_rate` (기능변경률 %) or `det_changed` with `ftr_changed` (changed DET and FTR counts).
public struct FunctionListParser {
    /// A column the format knows.
    public enum Column: String, CaseIterable, Sendable {
        /// The function's name.
        case name
        /// Its type (ILF, EIF, EI, EO, EQ).
        case type
        /// Data element types.
        case det
        /// Record element types (data) or file types referenced (transactions).
        case retFtr = "ret_ftr"
        /// The complexity, when counts are not given.
        case complexity
        /// What happens to the function (신규, 변경, 삭제, 재사용).
        case change
        /// A changed function's 기능변경률 in percent.
        case changeRate = "change_rate"
        /// A changed function's number of changed DET.
        case detChanged = "det_changed"
        /// A changed transaction's number of changed FTR.
        case ftrChanged = "ftr_changed"

        /// Header spellings accepted for this column.
        public var aliases: [String] {
            switch self {
            case .name: ["name", "기능명", "기능", "이름", "단위프로세스", "단위프로세스명", "function"]
            case .type: ["type", "유형", "기능유형", "기능 유형"]
            case .det: ["det", "데이터요소", "데이터 요소"]
            case .retFtr: ["ret_ftr", "ret/ftr", "ret", "ftr", "ret·ftr", "rets/ftrs"]
            case .complexity: ["complexity", "복잡도"]
            case .change: ["change", "변경구분", "구분", "개발구분", "재개발구분", "status"]
            case .changeRate: ["change_rate", "기능변경률", "변경률", "change rate"]
            case .detChanged: ["det_changed", "변경det", "변경 det", "changed det"]
            case .ftrChanged: ["ftr_changed", "변경ftr", "변경 ftr", "changed ftr"]
            }
        }

        static func matching(_ header: String) -> Column? {
            let key = header.trimmingCharacters(in: .whitespaces).lowercased()
            return allCases.first { $0.aliases.contains(key) }
        }
    }

    /// The most functions one list may hold: far above any real project's list (a few thousand), and low enough that
    /// a list at both limits stays under 256 MiB in every command, a memo or JSON of each function included (a
    /// 5-million-row file is refused at this row).
    public static let maximumFunctions = 50_000
    /// The most characters a function name may have.
    public static let maximumNameCharacters = 100

    /// The parsed functions.
    public private(set) var entries: [FunctionEntry] = []
    /// Header names that were ignored.
    public private(set) var ignoredColumns: [String] = []

    /// The line of each entry.
    public private(set) var lines: [Int] = []

    private let path: String
    /// Complexities written beside DET/RET counts, checked against the matrix by `validate`.
    private var givenComplexity: [Int: (Complexity, Int)] = [:]
    private var columns: [Column: Int] = [:]
    private var headerLine = 0

    /// The 1-based position of `column` in the header, when the file has it.
    public func position(of column: Column) -> Int? { columns[column].map { $0 + 1 } }

    /// Starts a parser for the file at `path` (used in error locations).
    public init(path: String) { self.path = path }

    /// Reads the header record.
    /// - Throws: `DaegaError` for a missing or duplicated column, or `det` without `ret_ftr`.
    public mutating func header(_ fields: [String], line: Int) throws {
        headerLine = line
        for (offset, field) in fields.enumerated() {
            guard let column = Column.matching(field) else {
                if !field.trimmingCharacters(in: .whitespaces).isEmpty { ignoredColumns.append(field) }
                continue
            }
            if columns[column] != nil {
                throw DaegaError(.csvDuplicateColumn, at: .file(path: path, line: line, column: offset + 1),
                                 "열 '\(field)'이(가) 두 번 있습니다", expected: "열마다 한 번")
            }
            columns[column] = offset
        }
        for required in [Column.name, .type] where columns[required] == nil {
            throw DaegaError(.csvMissingColumn, at: .file(path: path, line: line, column: nil),
                             "'\(required.rawValue)' 열이 없습니다",
                             expected: "머리글에 name,type 열 (및 det,ret_ftr 또는 complexity)")
        }
        if (columns[.det] == nil) != (columns[.retFtr] == nil) {
            throw DaegaError(.csvMissingColumn, at: .file(path: path, line: line, column: nil),
                             "det와 ret_ftr 중 한 열만 있습니다", expected: "det와 ret_ftr 두 열 모두, 또는 둘 다 없이")
        }
    }

    /// Reads one data record; a record whose cells are all blank is skipped.
    /// - Throws: `DaegaError` naming `path:line:column`, the bad cell and what was expected.
    public mutating func record(_ fields: [String], line: Int) throws {
        if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { return }
        func cell(_ column: Column) -> String? {
            guard let index = columns[column], index < fields.count else { return nil }
            let text = fields[index].trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
        func location(_ column: Column) -> InputLocation {
            .file(path: path, line: line, column: (columns[column] ?? 0) + 1)
        }
        guard entries.count < Self.maximumFunctions else {
            throw DaegaError(.functionListLimit, at: .file(path: path, line: line, column: nil),
                             "기능 목록의 기능이 한도 \(Self.maximumFunctions)개를 넘습니다",
                             expected: "기능 \(Self.maximumFunctions)개 이하의 목록 (더 큰 사업은 하위 사업별 목록으로 나누어 계산)")
        }
        guard let name = cell(.name) else {
            throw DaegaError(.missingInput, at: location(.name), "기능 이름이 비어 있습니다", expected: "기능 이름")
        }
        guard name.count <= Self.maximumNameCharacters else {
            throw DaegaError(.functionListLimit, at: location(.name),
                             "기능 이름이 \(name.count)자로 한도 \(Self.maximumNameCharacters)자를 넘습니다",
                             expected: "\(Self.maximumNameCharacters)자 이하의 기능 이름 (설명은 다른 열에)")
        }
        guard let typeText = cell(.type) else {
            throw DaegaError(.missingInput, at: location(.type), "'\(name)'의 유형이 비어 있습니다", expected: FunctionType.acceptedSpellings)
        }
        guard let type = FunctionType(spelling: typeText) else {
            throw DaegaError(.unknownChoice, at: location(.type), "알 수 없는 기능 유형 '\(typeText)'", expected: FunctionType.acceptedSpellings)
        }
        var measure = FunctionMeasure.typical
        let det = cell(.det), retFtr = cell(.retFtr)
        if det != nil || retFtr != nil {
            guard let det else {
                throw DaegaError(.missingInput, at: location(.det), "ret_ftr만 있고 det가 비어 있습니다", expected: "det와 ret_ftr 모두, 또는 둘 다 비움")
            }
            guard let retFtr else {
                throw DaegaError(.missingInput, at: location(.retFtr), "det만 있고 ret_ftr가 비어 있습니다", expected: "det와 ret_ftr 모두, 또는 둘 다 비움")
            }
            let detCount = try ValueText.integer(det, at: location(.det), in: 0...100_000, what: "DET")
            let rowCount = try ValueText.integer(retFtr, at: location(.retFtr), in: 0...100_000, what: type.isData ? "RET" : "FTR")
            measure = .counts(det: detCount, retOrFtr: rowCount)
        }
        if let complexityText = cell(.complexity) {
            guard let complexity = Complexity(spelling: complexityText) else {
                throw DaegaError(.unknownChoice, at: location(.complexity), "알 수 없는 복잡도 '\(complexityText)'",
                                 expected: Complexity.acceptedSpellings)
            }
            if case .typical = measure { measure = .complexity(complexity) } else { givenComplexity[entries.count] = (complexity, line) }
        }
        let (change, changeRate) = try changeCells(cell, location: location, name: name)
        entries.append(FunctionEntry(name: name, type: type, measure: measure, change: change, changeRate: changeRate))
        lines.append(line)
    }

    /// Reads a row's change kind and change rate; a rate on a row that is not 변경 is refused.
    private func changeCells(_ cell: (Column) -> String?, location: (Column) -> InputLocation,
                             name: String) throws -> (FunctionChange, ChangeRateInput?) {
        var change = FunctionChange.new
        if let text = cell(.change) {
            guard let kind = FunctionChange(spelling: text) else {
                throw DaegaError(.unknownChoice, at: location(.change), "알 수 없는 변경 구분 '\(text)'", expected: FunctionChange.acceptedSpellings)
            }
            change = kind
        }
        var rate: ChangeRateInput?
        if let text = cell(.changeRate) {
            guard let percent = ExactDecimal(parsing: text.hasSuffix("%") ? String(text.dropLast()) : text) else {
                throw DaegaError(.notANumber, at: location(.changeRate), "기능변경률 '\(text)'을(를) 읽을 수 없습니다", expected: "0 초과 100 이하의 % 값")
            }
            rate = .percent(percent)
        }
        if let detText = cell(.detChanged) {
            guard rate == nil else {
                throw DaegaError(.conflictingInputs, at: location(.detChanged), "'\(name)'에 기능변경률과 변경 DET 수가 함께 있습니다",
                                 expected: "change_rate 또는 det_changed·ftr_changed 중 하나")
            }
            let detChanged = try ValueText.integer(detText, at: location(.detChanged), in: 0...100_000, what: "변경 DET")
            let ftrChanged = try cell(.ftrChanged).map { try ValueText.integer($0, at: location(.ftrChanged), in: 0...100_000, what: "변경 FTR") }
            rate = .counts(detChanged: detChanged, ftrChanged: ftrChanged)
        } else if cell(.ftrChanged) != nil {
            throw DaegaError(.missingInput, at: location(.detChanged), "'\(name)'에 변경 FTR만 있고 변경 DET가 없습니다",
                             expected: "det_changed와 ftr_changed 모두 (DET가 바뀌지 않았으면 0)")
        }
        if rate != nil, change != .changed {
            let column: Column = cell(.changeRate) != nil ? .changeRate : .detChanged
            throw DaegaError(.conflictingInputs, at: location(column), "'\(name)'은(는) \(change.koreanName)인데 기능변경률이 있습니다",
                             expected: "기능변경률은 구분이 '변경'인 기능에만")
        }
        return (change, rate)
    }

    /// Counts every entry against `rates`, so a matrix error (an EQ with FTR 0, DET 0) or a complexity
    /// that contradicts the counts is reported with its line and column.
    /// - Throws: `DaegaError` at the offending cell; `emptyFunctionList` when no function was read.
    /// - Parameter applyingChange: false for a contract change list, whose changed functions are priced by their size
    ///   after the change and need no 기능변경률.
    public func validate(against rates: FunctionPointRates, applyingChange: Bool = true) throws {
        guard !entries.isEmpty else {
            throw DaegaError(.emptyFunctionList, at: .file(path: path, line: headerLine == 0 ? nil : headerLine, column: nil),
                             "기능 목록에 기능이 하나도 없습니다", expected: "머리글 아래 기능 한 줄 이상")
        }
        for (offset, entry) in entries.enumerated() {
            let line = lines[offset]
            let counted: CountedFunction
            do {
                counted = try FunctionPointCount.countedLine(entry, rates: rates, applyingChange: applyingChange)
            } catch let error as DaegaError {
                throw error.relocated { field in
                    let column: Column = switch field {
                    case "det": .det
                    case "change_rate": columns[.changeRate] != nil ? .changeRate : .change
                    case "det_changed": .detChanged
                    case "ftr_changed": .ftrChanged
                    case "edition": .change
                    default: .retFtr
                    }
                    return .file(path: path, line: line, column: (columns[column] ?? 0) + 1)
                }
            }
            if let (given, _) = givenComplexity[offset], given != counted.complexity {
                throw DaegaError(.conflictingInputs, at: .file(path: path, line: line, column: (columns[.complexity] ?? 0) + 1),
                                 "복잡도 '\(given.rawValue)'이(가) DET/\(entry.type.isData ? "RET" : "FTR")로 판정한 '\(counted.complexity?.rawValue ?? "")'와 다릅니다",
                                 expected: "복잡도 칸을 비우거나 판정 결과와 같게")
            }
        }
    }
}
