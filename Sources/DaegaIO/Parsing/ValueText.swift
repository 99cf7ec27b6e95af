import DaegaEngine
import Foundation

/// Parses numbers people type: amounts with thousands separators, exact decimals and bounded integers.
/// Every error names the location (flag, file:line:column or cell) given by the caller, worked out only for an error.
public enum ValueText {
    /// Parses an amount in won: `2000000`, `2,000,000`, `2,000,000원`, `￦2,000,000`, `4억`, `1.5억원`, `3천만원`;
    /// separators must group by three and the amount must be a whole number of won.
    /// - Throws: `DaegaError` `notANumber` or `amountOverflow` at `location`.
    public static func won(_ text: some StringProtocol, at location: @autoclosure () -> InputLocation) throws -> Won {
        try text.withUTF8Buffer { try won(utf8: $0, at: location()) }
    }

    /// Parses an amount in won from UTF-8 bytes, as ``won(_:at:)`` does from text.
    ///
    /// Plain digits (grouped by three or not, with `원` or not) are read in place; anything else — full-width digits,
    /// `￦`, Korean units such as `4억` or `3천만원` — goes through ``SpreadsheetNumberText``.
    /// - Throws: `DaegaError` `notANumber` (also for a fraction of a won or an ambiguous separator) or
    ///   `amountOverflow` at `location`.
    public static func won(utf8: UnsafeBufferPointer<UInt8>, at location: @autoclosure () -> InputLocation) throws -> Won {
        var reading = amount(in: utf8.trimmingWhiteSpace)
        if case .unreadable = reading {
            switch SpreadsheetNumberText.won(SpreadsheetNumberText.folded(utf8)) {
            case let .won(value): reading = Int64(exactly: value).map(AmountReading.won) ?? .tooLarge
            case .unreadable: reading = .unreadable
            case .notWhole:
                throw DaegaError(.notANumber, at: location(), "금액 '\(String(decoding: utf8, as: UTF8.self))'이(가) 원 단위 정수가 아닙니다",
                                 expected: "원 단위 정수 (예: 2,000,000, 1.5억, 3천만원)")
            case .tooLarge: reading = .tooLarge
            }
        }
        switch reading {
        case let .won(value):
            return Won(value)
        case .unreadable:
            throw DaegaError(.notANumber, at: location(), "금액 '\(String(decoding: utf8, as: UTF8.self))'을(를) 읽을 수 없습니다",
                             expected: "원 단위 정수 (예: 2000000, 2,000,000, ￦2,000,000, 4억, 3천만원; 쉼표는 세 자리마다)")
        case .tooLarge:
            throw DaegaError(.amountOverflow, at: location(), "금액 '\(String(decoding: utf8, as: UTF8.self))'이(가) 너무 큽니다",
                             expected: "9,223,372,036,854,775,807원 이하")
        }
    }

    /// What an amount's text holds.
    private enum AmountReading { case won(Int64), unreadable, tooLarge }

    /// Reads an amount from trimmed UTF-8 bytes: an optional `-`, digits grouped by three with commas (the first group
    /// not starting with 0) or not grouped, and an optional trailing "원".
    private static func amount(in text: UnsafeBufferPointer<UInt8>) -> AmountReading {
        var bytes = text[...]
        if bytes.count >= wonSign.count, bytes.suffix(wonSign.count).elementsEqual(wonSign) { bytes = bytes.dropLast(wonSign.count) }
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        var value: Int64 = 0
        var digitsInGroup = 0, groups = 0, valid = !bytes.isEmpty, overflow = false
        for byte in bytes {
            if byte == UInt8(ascii: ",") {
                valid = valid && digitsInGroup > 0 && (groups == 0 ? digitsInGroup <= 3 && value > 0 : digitsInGroup == 3)
                groups += 1
                digitsInGroup = 0
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { valid = false; break }
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            overflow = overflow || o1 || o2
            value = next
            digitsInGroup += 1
        }
        valid = valid && (groups == 0 ? digitsInGroup > 0 : digitsInGroup == 3)
        guard valid else { return .unreadable }
        return overflow ? .tooLarge : .won(negative ? -value : value)
    }

    /// "원" in UTF-8, allowed after an amount.
    private static let wonSign = Array("원".utf8)

    /// Parses an exact decimal such as `25`, `12.5`, `1,234.5` or `１２.５`, with one of `suffixes` allowed after it
    /// (`144%` with `["%"]`); separators that do not group by three are refused.
    /// - Throws: `DaegaError.notANumber` at `location`.
    public static func decimal(_ text: some StringProtocol, at location: @autoclosure () -> InputLocation,
                               expected: @autoclosure () -> String = "수 (예: 25 또는 12.5)", suffixes: [String] = []) throws -> ExactDecimal {
        try text.withUTF8Buffer { try decimal(utf8: $0, at: location(), expected: expected(), suffixes: suffixes) }
    }

    /// Parses an exact decimal from UTF-8 bytes, as ``decimal(_:at:expected:suffixes:)`` does from text.
    /// - Throws: `DaegaError.notANumber` at `location`.
    public static func decimal(utf8: UnsafeBufferPointer<UInt8>, at location: @autoclosure () -> InputLocation,
                               expected: @autoclosure () -> String = "수 (예: 25 또는 12.5)", suffixes: [String] = []) throws -> ExactDecimal {
        if let value = ExactDecimal(utf8: utf8.trimmingWhiteSpace) { return value }
        if case let .number(number) = SpreadsheetNumberText.number(SpreadsheetNumberText.folded(utf8), suffixes: suffixes),
           number.scale <= ExactDecimal.maximumScale, let significand = Int64(exactly: number.significand) {
            return ExactDecimal(significand: significand, scale: number.scale)
        }
        throw DaegaError(.notANumber, at: location(), "'\(String(decoding: utf8, as: UTF8.self))'은(는) 수가 아닙니다", expected: expected())
    }

    /// Parses a whole number within `range`.
    /// - Throws: `DaegaError` `notANumber` or `valueOutOfRange` at `location`.
    public static func integer(_ text: some StringProtocol, at location: @autoclosure () -> InputLocation, in range: ClosedRange<Int>,
                               what: @autoclosure () -> String) throws -> Int {
        try text.withUTF8Buffer { try integer(utf8: $0, at: location(), in: range, what: what()) }
    }

    /// Parses a whole number within `range` from UTF-8 bytes, as ``integer(_:at:in:what:)`` does from text.
    /// - Throws: `DaegaError` `notANumber` or `valueOutOfRange` at `location`.
    public static func integer(utf8: UnsafeBufferPointer<UInt8>, at location: @autoclosure () -> InputLocation,
                               in range: ClosedRange<Int>, what: @autoclosure () -> String) throws -> Int {
        func text() -> String { String(decoding: utf8, as: UTF8.self) }
        if let whole = PlainCellText.integer(utf8), range.contains(whole) { return whole }
        guard let value = ExactDecimal(utf8: utf8.trimmingWhiteSpace)
                ?? ExactDecimal(parsing: SpreadsheetNumberText.folded(utf8)) else {
            throw DaegaError(.notANumber, at: location(), "\(what()) '\(text())'은(는) 정수가 아닙니다",
                             expected: "\(range.lowerBound)~\(range.upperBound)의 정수")
        }
        guard value.isWhole, let whole = Int(exactly: value.normalized.significand) else {
            throw DaegaError(.notANumber, at: location(), "\(what()) '\(text())'은(는) 정수가 아닙니다",
                             expected: "\(range.lowerBound)~\(range.upperBound)의 정수")
        }
        guard range.contains(whole) else {
            throw DaegaError(.valueOutOfRange, at: location(), "\(what()) \(whole)이(가) 범위를 벗어났습니다",
                             expected: "\(range.lowerBound)~\(range.upperBound)의 정수")
        }
        return whole
    }

    /// Parses a planned duration in months: more than 0 and at most 120, decimals allowed.
    /// - Throws: `DaegaError` `notANumber` or `valueOutOfRange` at `location`.
    public static func months(_ text: some StringProtocol, at location: @autoclosure () -> InputLocation) throws -> ExactDecimal {
        try text.withUTF8Buffer { try months(utf8: $0, at: location()) }
    }

    /// Parses a planned duration in months from UTF-8 bytes, as ``months(_:at:)`` does from text.
    /// - Throws: `DaegaError` `notANumber` or `valueOutOfRange` at `location`.
    public static func months(utf8: UnsafeBufferPointer<UInt8>, at location: @autoclosure () -> InputLocation) throws -> ExactDecimal {
        let value = try decimal(utf8: utf8, at: location(), expected: "개월 수 (예: 10 또는 10.5)", suffixes: ["개월"])
        guard value > .zero, value <= ExactDecimal(120) else {
            throw DaegaError(.valueOutOfRange, at: location(), "사업기간 \(value)개월은 범위를 벗어났습니다", expected: "0 초과 120 이하")
        }
        return value
    }
}
