import DaegaEngine
import DaegaIO

// Target `function-list`: CSV records (header, then rows) through the function-list parser, then
// validation against the 2020 edition's function-point rates, loaded from the shipped book's text.

/// The 2020 edition's function-point figures, read once.
private let rates2020: FunctionPointRates = {
    do {
        return try GuideBookReader.read(FuzzRepository.text("rates/guide/2020.toml"), path: "rates/guide/2020.toml")
            .requireFunctionPoints()
    } catch {
        fatalError("fuzz: the 2020 guide book does not load: \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFunctionList(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzBody(data, size) { bytes in
        let reader = try CSVReader(bytes: bytes, path: "fuzz.csv")
        var parser = FunctionListParser(path: "fuzz.csv")
        guard let header = try reader.next() else { return }
        try parser.header(header.fields, line: header.line)
        while let record = try reader.next() {
            try parser.record(record.fields, line: record.line)
        }
        try parser.validate(against: rates2020)
    }
}
