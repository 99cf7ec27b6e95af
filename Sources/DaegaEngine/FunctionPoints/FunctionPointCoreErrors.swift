/// The errors of ``FunctionPointCore``, worded apart from its arithmetic and built only when thrown.
extension FunctionPointCore {
    @inline(never)
    static func negativeExpenses(_ amount: Won) -> DaegaError {
        DaegaError(.valueOutOfRange, at: .field("direct_expenses"), "직접경비가 음수(\(amount.grouped)원)입니다",
                   expected: "0 이상의 원 단위 금액")
    }

    @inline(never)
    static func profitOutOfRange(_ given: ExactDecimal, book: FunctionPointCoreBook) -> DaegaError {
        guard given >= .zero else {
            return DaegaError(.valueOutOfRange, at: .field("profit_rate"), "이윤율이 음수(\(given)%)입니다",
                              expected: "0 이상 \(book.profitCap)% 이하")
        }
        return DaegaError(.profitAboveCap, at: .field("profit_rate"),
                          "이윤율 \(given)%가 상한 \(book.profitCap)%(개발원가 대비)를 넘습니다",
                          expected: "0 이상 \(book.profitCap)% 이하")
    }

    @inline(never)
    static func noPhaseWeights() -> DaegaError {
        DaegaError(.methodNotInEdition, at: .field("phases"), "이 판의 요율표에는 단계별 가중치가 없습니다",
                   expected: "단계별 가중치가 있는 판 (2021년판 이후)")
    }

    @inline(never)
    static func noSplitWeights() -> DaegaError {
        DaegaError(.methodNotInEdition, at: .field("phases"), "이 판의 요율표에는 설계·구축 분리 비중이 없습니다",
                   expected: "분리 비중이 있는 판 (2025년판)")
    }

    /// No level given and none of value 1.00 in the table (the table's own error).
    @inline(never)
    static func missingLevel(kind: Int, book: FunctionPointCoreBook) -> DaegaError {
        factorTable(kind, book: book).positionError(of: nil)
    }

    /// A level the table does not have (the table's own error).
    @inline(never)
    static func unknownLevel(_ level: Int, kind: Int, book: FunctionPointCoreBook) -> DaegaError {
        factorTable(kind, book: book).positionError(of: level)
    }

    private static func factorTable(_ kind: Int, book: FunctionPointCoreBook) -> AdjustmentFactorTable {
        book.rates.factorsInOrder[kind]!.value
    }
}
