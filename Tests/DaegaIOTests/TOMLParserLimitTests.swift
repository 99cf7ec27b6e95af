import DaegaEngine
import DaegaIO
import Testing

// Pathological but well-encoded text for the TOML subset: each ends in a located syntax error or parses,
// in bounded time and stack, never a crash.

/// The error `ProjectFile.parse` throws for `text`, read from `p.toml`.
private func projectError(_ text: String) -> DaegaError? {
    #expect(throws: DaegaError.self) { _ = try ProjectFile.parse(text, path: "p.toml") }
}

@Test func oneEnormousLineFailsAtItsFirstBadCharacter() {
    let error = projectError("format_version = 1\nname = " + String(repeating: "가", count: 4_000_000) + "\n")
    #expect(error?.code == .projectSyntax)
    #expect(error?.location == .file(path: "p.toml", line: 2, column: 8))
}

@Test func anEnormousStringValueIsRead() throws {
    let name = String(repeating: "가", count: 4_000_000)
    #expect(try ProjectFile.parse("format_version = 1\nname = \"\(name)\"\n", path: "p.toml").name == name)
}

@Test func aMillionElementArrayIsReadThenRefusedAsAnUnknownKey() {
    let error = projectError("format_version = 1\nname = \"x\"\nlots = [" + String(repeating: "1,", count: 1_000_000) + "]\n")
    #expect(error?.code == .projectUnknownKey)
    #expect(error?.location == .file(path: "p.toml", line: 3, column: 1))
}

@Test func aMillionOpeningBracketsStopAtTheNestingLimit() {
    let error = projectError("a = " + String(repeating: "[", count: 1_000_000))
    #expect(error?.code == .projectSyntax)
    #expect(error?.location == .file(path: "p.toml", line: 1, column: 5 + TOMLParser.maximumNesting))
}

@Test func deeplyRepeatedQuotesFailAtTheMultiLineStringTheyOpen() {
    let error = projectError("format_version = 1\nname = " + String(repeating: "\"", count: 1_000_001) + "\n")
    #expect(error?.code == .projectSyntax)
    #expect(error?.location == .file(path: "p.toml", line: 2, column: 8))
}

@Test func anAmountOfInt64MaxIsReadAndOneMoreIsRefusedWhereItIs() throws {
    let head = "format_version = 1\nname = \"x\"\n[budget]\namount = "
    let largest = try ProjectFile.parse(head + "9_223_372_036_854_775_807\n", path: "p.toml")
    #expect(largest.budget.amount == Won(Int64.max))
    let error = projectError(head + "9_223_372_036_854_775_808\n")
    #expect(error?.code == .projectSyntax)
    #expect(error?.location == .file(path: "p.toml", line: 4, column: 10))
}
