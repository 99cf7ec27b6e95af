import DaegaEngine
import Foundation

/// Parses a staffing entry typed as `직무=수량` (flags), e.g. `응용SW개발자=10` or `IT PM=2.5`, or `직무:수량`
/// (a batch CSV's `staffing` cell, where entries are joined by `;`).
public enum StaffingEntryText {
    /// Parses one entry; the number after the last `separator` is the effort, in the unit `effort` makes of it.
    /// - Parameters:
    ///   - text: the entry.
    ///   - location: the flag or file position, for errors.
    ///   - separator: the ASCII character between job and quantity (`=` by default).
    ///   - effort: `StaffingEffort.months` or `StaffingEffort.days`.
    /// - Throws: `DaegaError` `missingInput` without a job or separator, `notANumber` for a bad quantity.
    public static func parse(_ text: some StringProtocol, at location: @autoclosure () -> InputLocation, separator: Unicode.Scalar = "=",
                             effort: (ExactDecimal) -> StaffingEffort) throws -> StaffingLine {
        try text.withUTF8Buffer { try parse(utf8: $0, at: location(), separator: separator, effort: effort) }
    }

    /// Parses one entry from UTF-8 bytes, as ``parse(_:at:separator:effort:)`` does from text.
    /// - Throws: `DaegaError` `missingInput` without a job or separator, `notANumber` for a bad quantity.
    public static func parse(utf8: UnsafeBufferPointer<UInt8>, at location: @autoclosure () -> InputLocation,
                             separator: Unicode.Scalar = "=", effort: (ExactDecimal) -> StaffingEffort) throws -> StaffingLine {
        let (job, quantity) = try parts(utf8: utf8, at: location(), separator: separator)
        return StaffingLine(job: String(decoding: job, as: UTF8.self), effort: effort(quantity))
    }

    /// The parts of an entry whose quantity is plain (see ``PlainCellText/decimal(_:percent:)``), read in place, else
    /// `nil`: ``parts(utf8:at:separator:)`` then reads the entry or reports its error. What this accepts, it reads
    /// as that does.
    @inline(__always)
    static func plainParts(utf8: UnsafeBufferPointer<UInt8>, separator: UInt8) -> (job: UnsafeBufferPointer<UInt8>, quantity: ExactDecimal)? {
        var split = utf8.count - 1
        while split >= 0, utf8[split] != separator { split -= 1 }
        guard split >= 0, let base = utf8.baseAddress,
              let quantity = PlainCellText.decimal(UnsafeBufferPointer(start: base + split + 1, count: utf8.count - split - 1)) else { return nil }
        let name = UnsafeBufferPointer(start: base, count: split)
        let job = name.hasVisibleEdges ? name : name.trimmingWhiteSpace
        return job.isEmpty ? nil : (job, quantity)
    }

    /// Splits one entry into its job name's bytes (white space trimmed, pointing into `utf8`) and its quantity, with
    /// the errors of ``parse(utf8:at:separator:effort:)``.
    /// - Throws: `DaegaError` `missingInput` without a job or separator, `notANumber` for a bad quantity.
    public static func parts(utf8: UnsafeBufferPointer<UInt8>, at location: @autoclosure () -> InputLocation,
                             separator: Unicode.Scalar = "=") throws -> (job: UnsafeBufferPointer<UInt8>, quantity: ExactDecimal) {
        func example() -> String { "직무\(separator)수량 (예: \"IT PM\(separator)3\")" }
        func text() -> String { String(decoding: utf8, as: UTF8.self) }
        guard let split = utf8.lastIndex(of: UInt8(ascii: separator)) else {
            throw DaegaError(.missingInput, at: location(), "'\(text())'에 '\(separator)'가 없습니다", expected: example())
        }
        let job = UnsafeBufferPointer(rebasing: utf8[..<split]).trimmingWhiteSpace
        guard !job.isEmpty else {
            throw DaegaError(.missingInput, at: location(), "'\(text())'에 직무 이름이 없습니다", expected: example())
        }
        let quantity = try ValueText.decimal(utf8: UnsafeBufferPointer(rebasing: utf8[(split + 1)...]), at: location(),
                                             expected: "직무\(separator)수량의 수량은 수 (예: \"응용SW개발자\(separator)2.5\")")
        return (job, quantity)
    }
}
