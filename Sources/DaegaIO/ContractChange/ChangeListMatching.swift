import DaegaEngine

/// Matches a contract change list (a function list with a change column) against the contract's functions.
///
/// 신규 rows must be new names, 변경, 삭제 and 재사용 rows must name a contracted function, a function may appear once,
/// and 재사용 rows change nothing. A changed function is priced by its size after the change (its full weight), not by
/// the rework a redevelopment count would measure.
enum ChangeListMatching {
    /// The items of the change list at `path`.
    /// - Throws: `DaegaError` at the row's name cell for an unknown, duplicated or already contracted function.
    static func items(path: String, original: FunctionPointCount, rates: FunctionPointRates) throws -> [ChangeItemQuantity] {
        let list = try FunctionListFile.read(path, rates: rates, applyingChange: false)
        var contracted: [String: CountedFunction] = [:]
        for line in original.lines { contracted[line.name] = line }
        var seen: [String: (FunctionChange, Int)] = [:]
        var items: [ChangeItemQuantity] = []
        for (entry, lineNumber) in zip(list.entries, list.lines) {
            let location = InputLocation.file(path: path, line: lineNumber, column: list.nameColumn)
            if let (earlier, earlierLine) = seen[entry.name] {
                throw DaegaError(.changeConflictingRows, at: location,
                                 "'\(entry.name)'이(가) \(earlierLine)행(\(earlier.koreanName))에 이어 다시 \(entry.change.koreanName)으로 나옵니다",
                                 expected: "기능마다 한 행 (삭제하면서 변경할 수 없음)")
            }
            seen[entry.name] = (entry.change, lineNumber)
            let weight = try FunctionPointCount.countedLine(entry, rates: rates, applyingChange: false).weight
            let existing = contracted[entry.name]
            switch entry.change {
            case .new:
                if existing != nil {
                    throw DaegaError(.changeConflictingRows, at: location, "'\(entry.name)'은(는) 이미 당초 계약에 있는 기능입니다",
                                     expected: "바뀌는 기존 기능은 구분을 '변경'으로, 새 기능은 다른 이름으로")
                }
                items.append(ChangeItemQuantity(name: entry.name, type: entry.type, before: .zero, after: weight, inContract: false))
            case .changed, .deleted, .reused:
                guard let existing else {
                    throw DaegaError(.changeUnknownFunction, at: location,
                                     "\(entry.change.koreanName) 대상 '\(entry.name)'이(가) 당초 계약 기능 목록에 없습니다",
                                     expected: "당초 기능 목록의 이름 그대로 (새 기능이면 구분을 '신규'로)")
                }
                guard entry.change != .reused else { continue }
                items.append(ChangeItemQuantity(name: entry.name, type: entry.type, before: existing.points,
                                                after: entry.change == .deleted ? .zero : weight, inContract: true,
                                                markedChanged: entry.change == .changed))
            }
        }
        return items
    }
}
