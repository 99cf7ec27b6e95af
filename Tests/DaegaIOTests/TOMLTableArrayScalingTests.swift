import DaegaEngine
@testable import DaegaIO
import Testing

// Arrays of tables are read in time linear in their length. Appending by building a new array per `[[header]]`
// copied every earlier element (n²/2 copies: 10,000 products took seconds, 100,000 minutes). The structural test
// counts the array's storage moves: growing in place moves it only when its capacity doubles, O(log n) times;
// a copy per header would move it on every header.

/// The address of the elements of the array of tables under `key`.
private func storage(of table: TOMLTable, _ key: String) -> UnsafeRawPointer? {
    guard case let .tableArray(elements)? = table.entries[key] else { return nil }
    return elements.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
}

@Test func appendingATableMovesTheArraysStorageOnlyWhenItGrows() {
    let root = TOMLTable(position: TextPosition(line: 1, column: 1))
    root.set("products", .tableArray([TOMLTable.arrayElement(at: TextPosition(line: 1, column: 1))]),
             at: TextPosition(line: 1, column: 3))
    var moves = 0
    var last = storage(of: root, "products")
    for line in 2...20_000 {
        root.append(TOMLTable.arrayElement(at: TextPosition(line: line, column: 1)), toArray: "products",
                    at: TextPosition(line: line, column: 3))
        let now = storage(of: root, "products")
        if now != last { moves += 1 }
        last = now
    }
    guard case let .tableArray(elements)? = root.entries["products"] else { Issue.record("no array"); return }
    #expect(elements.count == 20_000)
    #expect(elements.last?.position.line == 20_000)
    #expect(moves <= 40, "storage moved \(moves) times for 20,000 appends")
}

@Test func aHundredThousandTablesOfANestedArrayAreAllRead() throws {
    let count = 100_000
    let text = "[staffing]\n" + String(repeating: "[[staffing.lines]]\n", count: count - 1) + "[[staffing.lines]]\njob = \"PM\"\n"
    var root = TOMLTableReader(try TOMLParser.parse(text, path: "p.toml", syntaxCode: .projectSyntax), path: "p.toml", codes: .project)
    var staffing = try root.table("staffing")
    var lines = try staffing.tableArray("lines")
    #expect(lines.count == count)
    #expect(try lines[count - 1].string("job") == "PM")
    #expect(lines[count - 1].table.position.line == count + 1)
}
