import DaegaReports
import Testing

/// Control characters from input are shown as escapes, never passed to a terminal or document raw.
@Suite struct ControlCharactersTests {
    @Test(arguments: [
        ("plain 사업명", "plain 사업명"), ("a\nb", "a\nb"), ("\u{1B}[31mred", "\\u{1B}[31mred"), ("bell\u{07}", "bell\\u{7}"),
        ("nul\u{0}", "nul\\u{0}"), ("\u{1B}]8;;http://x\u{1B}\\", "\\u{1B}]8;;http://x\\u{1B}\\"), ("rtl\u{202E}txt", "rtl\\u{202E}txt"),
        ("\u{2066}iso\u{2069}", "\\u{2066}iso\\u{2069}"), ("c1\u{9B}31m", "c1\\u{9B}31m"), ("del\u{7F}", "del\\u{7F}"),
        ("tab\there", "tab\\u{9}here"), ("cr\rx", "cr\\u{D}x"), ("‘quotes’ — ok", "‘quotes’ — ok"), ("é ü", "é ü"),
    ])
    func escapes(text: String, shown: String) {
        #expect(ControlCharacters.escaped(text) == shown)
    }

    /// JSON strings carry every such character as a `\uXXXX` escape: nothing raw for a terminal, and nothing for the
    /// terminal escaping to turn into `\u{…}`, which is not JSON.
    @Test func jsonStringsEscapeThemTheJSONWay() {
        let quoted = JSONValue.quoted("a\u{1B}]0;t\u{07}\u{202E}\u{85}\u{7F}\u{2066}\u{0}b")
        #expect(quoted == #""a\u001b]0;t\u0007\u202e\u0085\u007f\u2066\u0000b""#)
        #expect(ControlCharacters.escaped(quoted) == quoted)
    }

    @Test func layoutCharactersCanBeKept() {
        #expect(ControlCharacters.escaped("a\tb\n\u{1B}", keeping: ["\n", "\t"]) == "a\tb\n\\u{1B}")
    }
}
