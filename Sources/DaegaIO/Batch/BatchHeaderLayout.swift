import DaegaEngine

/// What each header cell of a portfolio CSV is, decided once per file: an input column daega reads, an earlier run's
/// result column, or a column carried through unread — and the output header's names, so that no name appears twice.
///
/// A header that matches nothing but looks like a column the file lacks (an edit or two away, one of its words, or
/// the column's name with a unit it does not take such as `예산 (천원)`) is an error naming the column it probably
/// meant: read as unknown, its figures would silently drop out of the check.
public struct BatchHeaderLayout: Sendable, Equatable {
    /// Where each known column is (0-based), by `BatchColumn` order.
    public let positions: [Int?]
    /// The header cells carried through without being read (not counting earlier results), in file order.
    public let unusedColumns: [String]
    /// The input's header names as the output writes them: a name equal to a result column gets the prefix `이전_`
    /// (`이전2_` … when that is taken too), so daega can read its own output again.
    public let outputNames: [String]

    /// Lays out a checked header.
    /// - Parameters:
    ///   - header: the header record (names already checked for exact duplicates).
    ///   - strict: whether an unknown column is an error (`--strict-columns`) instead of being carried through.
    /// - Throws: `csvDuplicateColumn` for two headers naming one column, `csvColumnNearMiss` for a header that
    ///   resembles an absent column, `csvUnknownColumn` under `strict`, `csvMissingColumn` without `id`.
    public init(_ header: CSVHeader, strict: Bool = false) throws(DaegaError) {
        let names = header.names
        var positions = [Int?](repeating: nil, count: BatchColumn.allCases.count)
        var unmatched: [(index: Int, name: BatchHeaderName)] = []
        for (index, cell) in names.enumerated() {
            let name = BatchHeaderName(cell)
            guard let column = BatchColumn(header: cell) else {
                if !Self.isEarlierResult(name) { unmatched.append((index, name)) }
                continue
            }
            if let first = positions[column.ordinal] {
                throw DaegaError(.csvDuplicateColumn, at: .file(path: header.path, line: header.line, column: index + 1),
                                 "'\(cell)' 열이 \(first + 1)번째 열 '\(names[first])'과 같은 항목(\(column.rawValue))입니다",
                                 expected: "항목마다 열 하나")
            }
            positions[column.ordinal] = index
        }
        for (index, name) in unmatched {
            guard let meant = Self.probableColumn(for: name, absent: { positions[$0.ordinal] == nil }) else { continue }
            let unit = BatchColumn.named(key: name.key) == meant ? name.qualifier : nil
            throw DaegaError(.csvColumnNearMiss, at: .file(path: header.path, line: header.line, column: index + 1),
                             unit.map { "'\(names[index])' 열의 단위 '\($0)'을(를) \(meant.rawValue) 열로 읽을 수 없습니다" }
                                 ?? "'\(names[index])' 열을 알 수 없습니다: \(meant.rawValue) 열(\(meant.koreanAliases[0]))을 뜻했나요?",
                             expected: "열 이름 '\(meant.rawValue)' 또는 '\(meant.koreanAliases[0])'\(meant.unitHint), 계산에 쓰지 않을 열이면 비슷하지 않은 이름")
        }
        if strict, let first = unmatched.first {
            let all = unmatched.map { names[$0.index] }
            throw DaegaError(.csvUnknownColumn, at: .file(path: header.path, line: header.line, column: first.index + 1),
                             "--strict-columns: 계산에 쓰지 않는 열이 있습니다: \(all.joined(separator: ", "))",
                             expected: "daega가 읽는 열만 (id, name, fp, budget … 또는 한글 이름), 또는 --strict-columns 없이 실행")
        }
        guard positions[BatchColumn.id.ordinal] != nil else {
            throw DaegaError(.csvMissingColumn, at: .file(path: header.path, line: header.line, column: nil),
                             "필수 열 id가 없습니다", expected: "사업마다 고유한 id 열 (또는 번호, 사업번호)")
        }
        self.positions = positions
        unusedColumns = unmatched.map { names[$0.index] }
        outputNames = Self.outputNames(names)
    }

    /// The input names with each one that equals a result column prefixed so that every output name is distinct.
    private static func outputNames(_ names: [String]) -> [String] {
        let results = Set(BatchOutputRow.resultColumns + RangeColumns.names)
        var taken = Set(names).union(results)
        return names.map { name in
            guard results.contains(name) else { return name }
            var number = 1
            var renamed = "이전_\(name)"
            while taken.contains(renamed) {
                number += 1
                renamed = "이전\(number)_\(name)"
            }
            taken.insert(renamed)
            return renamed
        }
    }

    /// Whether a header is a result column of an earlier run (`risk`, `이전_risk`, `이전2_risk` …).
    private static func isEarlierResult(_ name: BatchHeaderName) -> Bool {
        var key = Substring(name.key)
        if key.hasPrefix("이전") {
            key = key.dropFirst(2).drop(while: \.isNumber)
        }
        return resultKeys.contains(String(key))
    }

    private static let resultKeys = Set((BatchOutputRow.resultColumns + RangeColumns.names).map(BatchHeaderName.fold))

    /// The absent column a header probably meant: its name with a unit the column does not take, a name one edit
    /// away (two for names of eight characters or more; names under three characters are too short to guess at), or
    /// a word of the header (of two characters or more) that is a column's name.
    private static func probableColumn(for name: BatchHeaderName, absent: (BatchColumn) -> Bool) -> BatchColumn? {
        if let column = BatchColumn.named(key: name.key), absent(column) { return column }
        var best: (column: BatchColumn, distance: Int)?
        for (key, column) in BatchColumn.byKey where absent(column) && key.count >= 3 {
            let allowed = key.count >= 8 ? 2 : 1
            let distance = EditDistance.between(name.key, key, atMost: allowed)
            if distance <= allowed, distance < best?.distance ?? .max { best = (column, distance) }
        }
        if let best { return best.column }
        return name.words.lazy.filter { $0.count >= 2 }.compactMap { BatchColumn.named(key: $0) }.first(where: absent)
    }
}

extension BatchColumn {
    /// How a header may state the column's unit, for messages.
    var unitHint: String {
        switch self {
        case .budget, .directExpenses: " (단위를 붙이려면 '(원)': 금액은 원 단위로 적습니다)"
        case .overheadPercent, .technicalFeePercent: " (단위를 붙이려면 '(%)')"
        case .months: " (단위를 붙이려면 '(개월)')"
        default: ""
        }
    }
}
