/// An exact decimal number (`significand × 10^-scale`), used for rates, factors, percentages,
/// function-point counts and months. Parsed from text without passing through `Double`.
public struct ExactDecimal: Sendable, BitwiseCopyable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The digits as an integer: 1.28 is 128 with scale 2.
    public let significand: Int64
    /// How many digits follow the decimal point (0…12).
    public let scale: Int

    /// The largest scale accepted.
    public static let maximumScale = 12

    /// Creates a decimal from its parts.
    /// - Parameters:
    ///   - significand: the digits as an integer.
    ///   - scale: digits after the decimal point, 0…12.
    public init(significand: Int64, scale: Int) {
        precondition((0...Self.maximumScale).contains(scale), "scale out of range")
        self.significand = significand
        self.scale = scale
    }

    /// Creates a whole number.
    public init(_ integer: Int64) { self.init(significand: integer, scale: 0) }

    /// Parses plain decimal text such as `1.28`, `-0.5` or `25`; no exponent, no separators, ASCII digits only.
    /// - Returns: `nil` when the text is not a plain decimal or does not fit.
    @inlinable
    public init?(parsing text: some StringProtocol) {
        guard let parsed = text.withUTF8Buffer(ExactDecimal.init(utf8:)) else { return nil }
        self = parsed
    }

    /// Parses plain decimal text given as UTF-8 bytes, as `init(parsing:)` does.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var value: Int64 = 0
        var negative = false, seenPoint = false
        var wholeDigits = 0, fractionDigits = 0
        for (position, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where position == 0, UInt8(ascii: "+") where position == 0:
                negative = byte == UInt8(ascii: "-")
            case UInt8(ascii: "."):
                guard !seenPoint, wholeDigits > 0 else { return nil }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                let (next, o2) = times10.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
                guard !o1, !o2 else { return nil }
                value = next
                if seenPoint { fractionDigits += 1 } else { wholeDigits += 1 }
            default:
                return nil
            }
        }
        guard wholeDigits > 0, !seenPoint || fractionDigits > 0, fractionDigits <= Self.maximumScale else { return nil }
        self.init(significand: negative ? -value : value, scale: fractionDigits)
    }

    /// Zero.
    public static let zero = ExactDecimal(0)
    /// One.
    public static let one = ExactDecimal(1)

    /// 10 to the power `exponent` (0…38), as a 128-bit integer.
    public static func powerOfTen(_ exponent: Int) -> Int128 { powersOfTen[exponent] }

    private static let powersOfTen: [Int128] = (0...38).reduce(into: []) { powers, exponent in
        powers.append(exponent == 0 ? 1 : powers[exponent - 1] * 10)
    }

    /// The value as a fraction over `10^scale`, rescaled to `targetScale` (≥ scale).
    func significand(atScale targetScale: Int) -> Int128 {
        targetScale == scale ? Int128(significand) : Int128(significand) * Self.powerOfTen(targetScale - scale)
    }

    /// 10⁰ … 10¹⁸: the powers of ten that fit in 64 bits.
    @usableFromInline static let narrowPowersOfTen: [Int64] = [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
    ]

    /// `value × 10^exponent` (exponent ≥ 0) in 64 bits, or `nil` when it does not fit: the fast path of the
    /// comparisons and sums, which fall back to 128 bits.
    @inlinable @inline(__always)
    static func narrowScaled(_ value: Int64, by exponent: Int) -> Int64? {
        guard exponent < narrowPowersOfTen.count else { return nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: narrowPowersOfTen[exponent])
        return overflow ? nil : product
    }

    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if lhs.scale == rhs.scale { return lhs.significand == rhs.significand }
        let scale = max(lhs.scale, rhs.scale)
        return lhs.significand(atScale: scale) == rhs.significand(atScale: scale)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(normalized.significand)
        hasher.combine(normalized.scale)
    }

    @inlinable
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if lhs.scale == rhs.scale { return lhs.significand < rhs.significand }
        if lhs.scale < rhs.scale, let left = narrowScaled(lhs.significand, by: rhs.scale - lhs.scale) {
            return left < rhs.significand
        }
        if rhs.scale < lhs.scale, let right = narrowScaled(rhs.significand, by: lhs.scale - rhs.scale) {
            return lhs.significand < right
        }
        return isWideLess(lhs, rhs)
    }

    // The other comparisons as `Comparable` defines them from `<`, inlinable like it.
    @inlinable public static func > (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool { rhs < lhs }
    @inlinable public static func <= (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool { !(rhs < lhs) }
    @inlinable public static func >= (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool { !(lhs < rhs) }

    /// `<` in 128 bits, for operands whose rescaled significands do not fit in 64.
    @usableFromInline
    static func isWideLess(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.significand(atScale: scale) < rhs.significand(atScale: scale)
    }

    /// The same value with trailing fractional zeros removed.
    public var normalized: ExactDecimal { normalizedKeeping(minimumScale: 0) }

    /// Whether the value has no fractional part.
    public var isWhole: Bool { normalized.scale == 0 }

    /// The value with exactly `places` decimals, rounded by `rule` when digits are dropped.
    /// - Returns: `nil` when the result does not fit.
    public func rounded(toPlaces places: Int, rule: RoundingRule) -> ExactDecimal? {
        if places >= scale {
            guard let s = Int64(exactly: significand(atScale: places)) else { return nil }
            return ExactDecimal(significand: s, scale: places)
        }
        let units = rule.divide(Int128(significand), by: Self.powerOfTen(scale - places))
        guard let s = Int64(exactly: units) else { return nil }
        return ExactDecimal(significand: s, scale: places)
    }

    /// Exact sum, or `nil` on overflow.
    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        let scale = max(self.scale, other.scale)
        if let left = Self.narrowScaled(significand, by: scale - self.scale),
           let right = Self.narrowScaled(other.significand, by: scale - other.scale) {
            let (sum, overflow) = left.addingReportingOverflow(right)
            return overflow ? nil : ExactDecimal(significand: sum, scale: scale).normalizedKeeping(minimumScale: 0)
        }
        let (sum, overflow) = significand(atScale: scale).addingReportingOverflow(other.significand(atScale: scale))
        guard !overflow, let s = Int64(exactly: sum) else { return nil }
        return ExactDecimal(significand: s, scale: scale).normalizedKeeping(minimumScale: 0)
    }

    /// The value with its sign flipped.
    public var negated: ExactDecimal { ExactDecimal(significand: -significand, scale: scale) }

    /// Exact product, or `nil` on overflow or when the scale would exceed the maximum.
    public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
        let productScale = scale + other.scale
        // Nearly every product fits in 64 bits, where trailing zeros are stripped by machine division; in 128 bits
        // each division is a library call. Two 64-bit significands never overflow 128 bits.
        let (narrow, overflow) = significand.multipliedReportingOverflow(by: other.significand)
        let (value, k): (Int64?, Int)
        if overflow {
            let (wide, wideScale) = Self.withoutTrailingZeros(Int128(significand) * Int128(other.significand), scale: productScale, keeping: 0)
            (value, k) = (Int64(exactly: wide), wideScale)
        } else {
            (value, k) = Self.withoutTrailingZeros(narrow, scale: productScale, keeping: 0)
        }
        guard let value, k <= Self.maximumScale else { return nil }
        return ExactDecimal(significand: value, scale: k)
    }

    /// The significand and scale with trailing fraction zeros removed down to `minimumScale` decimals.
    private static func withoutTrailingZeros<Significand: BinaryInteger>(_ significand: Significand, scale: Int,
                                                                        keeping minimumScale: Int) -> (Significand, Int) {
        var s = significand, k = scale
        while k > minimumScale && s % 10 == 0 { s /= 10; k -= 1 }
        return (s, k)
    }

    func normalizedKeeping(minimumScale: Int) -> ExactDecimal {
        let (s, k) = Self.withoutTrailingZeros(significand, scale: scale, keeping: minimumScale)
        return ExactDecimal(significand: s, scale: k)
    }

    /// The value as a `Double`, for display and for formulas that need logarithms.
    public var doubleValue: Double { Double(significand) / Double(Int64(Self.powerOfTen(scale))) }

    /// Plain text with exactly the stored decimals, e.g. `1.2800`.
    public var fixedText: String {
        String(unsafeUninitializedCapacity: fixedTextByteCount) { writeFixedText(to: $0.baseAddress!) }
    }

    /// Appends ``fixedText`` as UTF-8 (ASCII) bytes, without building a string.
    public func appendFixedText(to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.longestFixedText) { text in
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[..<writeFixedText(to: text.baseAddress!)]))
        }
    }

    /// The most bytes ``fixedText`` takes: a sign, 19 digits, a point and a leading "0." for scale 12.
    public static let longestFixedText = 24

    /// How many bytes ``fixedText`` takes, for writing it straight into a buffer sized beforehand.
    public var fixedTextByteCount: Int {
        let digits = Self.decimalDigits(significand.magnitude)
        return (significand < 0 ? 1 : 0) + max(digits, scale + 1) + (scale > 0 ? 1 : 0)
    }

    /// Writes ``fixedText`` (``fixedTextByteCount`` bytes) at `start`: the path of every number a batch writes.
    /// - Returns: how many bytes were written.
    @discardableResult
    public func writeFixedText(to start: UnsafeMutablePointer<UInt8>) -> Int {
        let count = fixedTextByteCount
        // From the last digit back: the fraction, the point, then the whole part (at least "0").
        var position = count, remaining = significand.magnitude
        for _ in 0..<scale {
            position -= 1
            start[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
            remaining /= 10
        }
        if scale > 0 {
            position -= 1
            start[position] = UInt8(ascii: ".")
        }
        // The whole part two digits per division.
        while remaining >= 100 {
            let (quotient, pair) = remaining.quotientAndRemainder(dividingBy: 100)
            let tens = pair / 10
            position -= 2
            start[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: tens)
            start[position + 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: pair &- 10 &* tens)
            remaining = quotient
        }
        if remaining >= 10 {
            position -= 1
            start[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
            remaining /= 10
        }
        position -= 1
        start[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining)
        if significand < 0 { start[0] = UInt8(ascii: "-") }
        return count
    }

    /// The decimal digits of `value` (1 for zero), by comparisons rather than divisions.
    private static func decimalDigits(_ value: UInt64) -> Int {
        var digits = 1, power: UInt64 = 10
        while digits < 19 && value >= power {
            digits += 1
            power &*= 10
        }
        return digits < 19 || value < power ? digits : 20
    }

    /// Plain text without trailing zeros, e.g. `1.28`, `25`.
    public var description: String { normalized.fixedText }

    /// Text with thousands separators in the whole part and the stored decimals, e.g. `1,234.5`, `1.00`.
    public var grouped: String {
        let text = fixedText
        let negative = text.hasPrefix("-")
        let parts = (negative ? String(text.dropFirst()) : text).split(separator: ".", maxSplits: 1)
        let whole = Won(Int64(parts[0])!).grouped
        return (negative ? "-" : "") + (parts.count == 2 ? whole + "." + parts[1] : whole)
    }
}
