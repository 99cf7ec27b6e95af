import DaegaEngine
import Testing

@Suite struct WhiteSpaceTests {
    /// Trimming removes every White_Space scalar at the edges, in one to three UTF-8 bytes, and keeps everything
    /// between them (white space inside, and non-space scalars whose bytes look like continuation bytes).
    @Test(arguments: [
        ("  12  ", "12"), ("\t12\r\n", "12"), ("\u{00A0}12\u{00A0}", "12"), ("\u{3000}전각\u{3000}", "전각"),
        ("\u{2009}\u{0085}a b\u{202F}\u{205F}", "a b"), ("\u{1680}x\u{2028}\u{2029}", "x"), ("가", "가"),
        (" 가 나 ", "가 나"), ("x", "x"), ("a\u{3000} b", "a\u{3000} b"), ("ÿ", "ÿ"), ("\u{3001}", "\u{3001}"), ("😀 ", "😀"), ("", ""),
        ("12 ", "12"), (" 12", "12"), ("a\u{3000}", "a"), ("\u{3000}a", "a"), (" \u{3000}\u{00A0} ", ""),
    ])
    func trimmingRemovesWhiteSpaceAtTheEdgesOnly(text: String, trimmed: String) {
        #expect(text.trimmingWhiteSpace == trimmed)
        #expect(text.withUTF8Buffer { String(decoding: $0.trimmingWhiteSpace, as: UTF8.self) } == trimmed)
    }

    /// The lead-byte shortcut never calls a White_Space scalar visible, at either edge, and trimming keeps exactly the
    /// scalars without the property: checked for every scalar of the Basic Multilingual Plane and some beyond.
    @Test func visibleEdgesAgreeWithTheWhiteSpaceProperty() {
        for value in Array(UInt32(0)...0xFFFF) + [0x1_0000, 0x1_F600, 0x10_FFFF] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let white = scalar.properties.isWhitespace
            for text in [String(scalar), "x" + String(scalar), String(scalar) + "가"] {
                text.withUTF8Buffer { utf8 in
                    #expect(!(utf8.hasVisibleEdges && white), "U+\(String(value, radix: 16))")
                }
            }
            #expect(String(scalar).trimmingWhiteSpace.isEmpty == white, "U+\(String(value, radix: 16))")
            #expect(("가" + String(scalar)).trimmingWhiteSpace == (white ? "가" : "가" + String(scalar)), "U+\(String(value, radix: 16))")
        }
    }

    /// A substring trims within its own bounds.
    @Test func substringsTrimWithinTheirBounds() {
        let text = "a  b  c"
        let middle = text.dropFirst().dropLast()
        #expect(middle.trimmingWhiteSpace == "b")
        #expect(text.dropFirst().prefix(2).trimmingWhiteSpace.isEmpty)
    }
}
