import DaegaEngine
import DaegaIO
import Foundation

// The batch benchmark: generates portfolios of 10k, 100k and 1M rows and runs `BatchRunner` on each in a child
// process of its own, so each size's peak RSS (VmHWM) is its own. Release build: `swift run -c release DaegaBenchmarks`.
// Options: `--sizes 10000,100000` to choose sizes, `--workers N` to set the threads, `--chunk-rows N` to set the rows
// read and checked together (default 1,024), `--ranges N` to add `batch --ranges` columns with N samples per row
// (tender-stage size band), `--keep` to keep the files; `--child FILE` times one existing file (what
// each size's child process runs). A malformed number stops with status 2, naming the flag.

let arguments = CommandLine.arguments

/// Stops with status 2 and a message naming the flag, what it was given and what it expects.
func refuse(_ flag: String, _ given: String?, expected: String) -> Never {
    let shown = given.map { "'\($0)'" } ?? "nothing"
    FileHandle.standardError.write(Data("DaegaBenchmarks: \(flag): got \(shown), expected \(expected)\n".utf8))
    exit(2)
}

/// The value after `flag`, when the flag is given; a flag given last, with no value, is refused.
func option(_ flag: String) -> String? {
    guard let index = arguments.firstIndex(of: flag) else { return nil }
    guard index + 1 < arguments.count else { refuse(flag, nil, expected: "a value after it") }
    return arguments[index + 1]
}

/// The whole numbers ≥ 1 after `flag` (comma-separated), or `fallback` when the flag is not given.
func counts(_ flag: String, fallback: [Int]) -> [Int] {
    guard let text = option(flag) else { return fallback }
    let values = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
    guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) >= 1 }) else {
        refuse(flag, text, expected: "whole numbers of 1 or more, separated by commas (e.g. \(flag) 10000,100000)")
    }
    return values.map { $0! }
}

/// The one whole number ≥ 1 after `flag`, or `fallback` when the flag is not given.
func count(_ flag: String, fallback: Int) -> Int {
    guard let text = option(flag) else { return fallback }
    guard let value = Int(text), value >= 1 else { refuse(flag, text, expected: "a whole number of 1 or more (e.g. \(flag) 2)") }
    return value
}

/// This process's peak resident set, in kB, from `/proc/self/status`.
func peakResidentKilobytes() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
}

if let input = option("--child") {
    // One measured run: check `input`, print "seconds rows failed peak_kB".
    let directory = try RateLibrary.locate(explicit: option("--rates"), environment: ProcessInfo.processInfo.environment,
                                           executablePath: arguments[0], currentDirectory: FileManager.default.currentDirectoryPath)
    let selection = RateSelection(library: try RateLibrary.load(from: directory), date: CalendarDate(year: 2026, month: 3, day: 1)!)
    let workers = count("--workers", fallback: BatchRequest.defaultWorkers)
    let chunkRows = count("--chunk-rows", fallback: BatchRequest.defaultChunkRows)
    var request = BatchRequest(input: input, output: input + ".out.csv", selection: selection, workers: workers, chunkRows: chunkRows)
    if option("--ranges") != nil { request.ranges = RangeSettings(stage: .tender, samples: count("--ranges", fallback: 1)) }
    HeapTuning.keepFreedMemoryForReuse()  // as `daega batch` does
    let start = ContinuousClock.now
    let summary = try BatchRunner.run(request)
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(seconds, summary.rows, summary.failedRows, peakResidentKilobytes())
    exit(0)
}

let sizes = counts("--sizes", fallback: [10_000, 100_000, 1_000_000])
// Read (and refused when malformed) here, before any file is generated; each child is given the values read.
let workers = count("--workers", fallback: BatchRequest.defaultWorkers)
let chunkRows = count("--chunk-rows", fallback: BatchRequest.defaultChunkRows)
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
print("daega batch benchmark — workers: \(workers), rows per chunk: \(chunkRows), files in \(folder)")
print("rows        wall s    rows/s     peak MiB   µs/row   vs first")
var firstMicros: Double?
for size in sizes {
    let path = "\(folder)/portfolio-\(size).csv"
    try PortfolioGenerator.write(rows: size, to: path)
    let child = Process()
    child.executableURL = URL(fileURLWithPath: Bundle.main.executablePath ?? arguments[0])
    child.arguments = ["--child", path, "--workers", String(workers), "--chunk-rows", String(chunkRows)]
        + (option("--rates").map { ["--rates", $0] } ?? []) + (option("--ranges") != nil ? ["--ranges", String(count("--ranges", fallback: 1))] : [])
    let pipe = Pipe()
    child.standardOutput = pipe
    try child.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    child.waitUntilExit()
    let fields = String(decoding: data, as: UTF8.self).split(separator: " ").map { String($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    guard child.terminationStatus == 0, fields.count == 4, let seconds = Double(fields[0]), let rows = Int(fields[1]),
          let failed = Int(fields[2]), let peak = Int(fields[3]) else {
        print("size \(size): child failed (\(child.terminationStatus)): \(fields)")
        exit(1)
    }
    let micros = seconds * 1e6 / Double(rows)
    firstMicros = firstMicros ?? micros
    print(String(format: "%-10d %7.3f %10.0f %10.1f %8.2f %9.2f×%@", rows, seconds, Double(rows) / seconds, Double(peak) / 1024,
                 micros, micros / firstMicros!, failed > 0 ? "  (\(failed) rows failed)" : ""))
    if !arguments.contains("--keep") {
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.removeItem(atPath: path + ".out.csv")
    }
}
if !arguments.contains("--keep") { try? FileManager.default.removeItem(atPath: folder) }
