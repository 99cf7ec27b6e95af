/// Checks a function list for the three errors reviewers' audits find, as warnings naming `file:line`; the count is
/// not changed, the officer decides.
///
/// Rules (deleted functions are left out, since they are not counted):
/// - **duplicate name**: two functions of the same kind (both data, ILF/EIF, or both transactions, EI/EO/EQ) whose
///   names are equal once letter case and all white space are ignored (`회원 가입` = `회원가입` = `회원가입 `); the later
///   line is named with the first. An ILF and a transaction may share a name (`주문` data, `주문` input).
/// - **EIF counted as a transaction**: an EIF whose name (compared the same way) is also an EI, EO or EQ: the other
///   system's data was probably counted again as a transaction.
/// - **empty type**: no ILF, EI, EO or EQ at all in the list (a list without EIF is common: no external data).
public enum FunctionListLint {
    /// One warning: a stable code, the line it concerns (`nil` for the whole list) and the sentence.
    public struct Warning: Sendable, Equatable {
        /// `function_list_duplicate_name`, `function_list_eif_as_transaction` or `function_list_type_missing`.
        public var code: String
        /// The function list's path.
        public var path: String
        /// The line (a workbook's sheet row) the warning is about; `nil` for the whole list.
        public var line: Int?
        /// The warning, naming the lines.
        public var message: LocalizedText
    }

    /// The name as compared: lower case, white space removed.
    public static func comparableName(_ name: String) -> String {
        String(name.lowercased().filter { !$0.isWhitespace })
    }

    /// The warnings for `entries` read from `lines` of `path`, in line order, list-wide ones last.
    public static func warnings(_ entries: [FunctionEntry], lines: [Int], path: String) -> [Warning] {
        var warnings: [Warning] = []
        var firstData: [String: Int] = [:], firstTransaction: [String: Int] = [:], eifLines: [String: Int] = [:]
        var counted: [(entry: FunctionEntry, line: Int, key: String)] = []
        for (entry, line) in zip(entries, lines) where entry.change != .deleted {
            counted.append((entry, line, comparableName(entry.name)))
        }
        for item in counted where item.entry.type == .eif { eifLines[item.key] = eifLines[item.key] ?? item.line }
        for (entry, line, key) in counted {
            let type = entry.type.rawValue.uppercased()
            if let first = entry.type.isData ? firstData[key] : firstTransaction[key] {
                warnings.append(Warning(code: "function_list_duplicate_name", path: path, line: line, message: LocalizedText(
                    ko: "\(path):\(line): 기능 '\(entry.name)'(\(type))이(가) \(first)행과 같은 이름입니다 (대소문자·띄어쓰기 무시): 두 번 센 것이 아닌지 확인하십시오.",
                    en: "\(path):\(line): function '\(entry.name)' (\(type)) has the same name as line \(first) (ignoring case and spaces): check it is not counted twice.")))
            } else if entry.type.isData {
                firstData[key] = line
            } else {
                firstTransaction[key] = line
            }
            if !entry.type.isData, let eif = eifLines[key] {
                warnings.append(Warning(code: "function_list_eif_as_transaction", path: path, line: line, message: LocalizedText(
                    ko: "\(path):\(line): 외부연계파일(EIF) '\(entry.name)'(\(eif)행)이 \(type)으로도 세어졌습니다: 다른 시스템의 데이터는 EIF로 한 번만 셉니다.",
                    en: "\(path):\(line): the external interface file '\(entry.name)' (line \(eif)) is also counted as an \(type): another system's data counts once, as an EIF.")))
            }
        }
        let present = Set(counted.map(\.entry.type))
        for type in [FunctionType.ilf, .ei, .eo, .eq] where !present.contains(type) {
            warnings.append(Warning(code: "function_list_type_missing", path: path, line: nil, message: LocalizedText(
                ko: "\(path): \(type.rawValue.uppercased())(\(type.koreanName))가 하나도 없습니다: 빠뜨린 기능이 없는지 확인하십시오.",
                en: "\(path): no \(type.rawValue.uppercased()) at all: check that no function was left out.")))
        }
        return warnings
    }

}

extension FunctionListLint.Warning {
    /// The warning as a note, which `fp` (text and JSON) and the memo print with the estimate's other notes.
    public var note: EstimateNote { EstimateNote(code: code, text: message) }
}
