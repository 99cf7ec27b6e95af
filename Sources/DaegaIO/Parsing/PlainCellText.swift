import DaegaEngine

/// The plain spellings of number cells, read in one pass over their bytes: ASCII digits, commas that group an amount
/// by three, one decimal point, a `%` after a rate. Anything else — white space, a sign, full-width forms, `원`,
/// Korean units, more than 18 digits — gives `nil`, and the caller reads the cell with ``ValueText``, which accepts
/// it or reports the error at its cell. What these readers accept they read exactly as ``ValueText`` does (the same
/// significand and scale), so a batch row reads its usual cells without ``ValueText``'s general machinery.
enum PlainCellText {
    /// The most digits read here: any 18 digits fit an `Int64` without an overflow check.
    private static let maximumDigits = 18

    /// A whole number of 1 to 18 ASCII digits, as ``ValueText/integer(utf8:at:in:what:)`` reads it.
    @inline(__always)
    static func integer(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !utf8.isEmpty, utf8.count <= maximumDigits else { return nil }
        var value = 0
        for byte in utf8 {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }

    /// An amount in won: 1 to 18 ASCII digits, not grouped or grouped by three with commas (the first group of one
    /// to three digits not starting with 0), as ``ValueText/won(utf8:at:)`` reads it.
    @inline(__always)
    static func won(_ utf8: UnsafeBufferPointer<UInt8>) -> Won? {
        var value: Int64 = 0
        var digits = 0, digitsInGroup = 0, grouped = false
        for byte in utf8 {
            if byte == UInt8(ascii: ",") {
                // A group before a comma: the first of 1…3 digits not starting with 0, the others of exactly 3.
                guard grouped ? digitsInGroup == 3 : (1...3).contains(digitsInGroup) && utf8[0] != UInt8(ascii: "0") else { return nil }
                grouped = true
                digitsInGroup = 0
                continue
            }
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int64(digit)
            digits &+= 1
            digitsInGroup &+= 1
        }
        guard digits > 0, digits <= maximumDigits, !grouped || digitsInGroup == 3 else { return nil }
        return Won(value)
    }

    /// An exact decimal: 1 to 18 ASCII digits with at most one point that has digits on both sides and at most
    /// ``ExactDecimal/maximumScale`` after it, followed by `%` when `percent` allows it, as
    /// ``ValueText/decimal(utf8:at:expected:suffixes:)`` reads it (with `["%"]` as the suffixes for a percent).
    @inline(__always)
    static func decimal(_ utf8: UnsafeBufferPointer<UInt8>, percent: Bool = false) -> ExactDecimal? {
        var end = utf8.count
        if percent, end > 0, utf8[end - 1] == UInt8(ascii: "%") { end -= 1 }
        var value: Int64 = 0
        var digits = 0, point = -1
        for position in 0..<end {
            let byte = utf8[position]
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                value = value &* 10 &+ Int64(digit)
                digits &+= 1
            } else if byte == UInt8(ascii: "."), point < 0, position > 0 {
                point = position
            } else {
                return nil
            }
        }
        let scale = point < 0 ? 0 : end - point - 1
        guard digits > 0, digits <= maximumDigits, point < 0 || scale > 0, scale <= ExactDecimal.maximumScale else { return nil }
        return ExactDecimal(significand: value, scale: scale)
    }
}
