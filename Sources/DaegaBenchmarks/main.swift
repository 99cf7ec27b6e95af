import DaegaEngine
import DaegaIO
import Foundation

// The batch benchmark: generates portfolios of 10k, 100k and 1M rows and runs `BatchRunner` on each in a child
// process of its own, so each size's peak RSS (VmHWM) is its own; then runs a naive baseline (the same kind of rows one
// at a time through the narrated `check` path, on one thread) and prints the batch's speed as a ratio to it, a figure a
// noisy machine moves less than seconds. Release build: `swift run -c release DaegaBenchmarks`.
// Options: `--portfolio realistic|simple` to choose the rows (default realistic; simple is the earlier benchmark's
// mix), `--sizes 10000,100000` to choose sizes, `--naive-rows N` for the baseline's rows (default 10,000),
// `--workers N` to set the threads, `--chunk-rows N` and `--chunk-bytes N` to set the most rows and the cell bytes that end a chunk
// (default 1,024 rows, 256 KiB),
// `--ranges N` to add `batch --ranges` columns with N samples per row (tender-stage size band), `--repeat N` to run
// each size N times and keep the run with the least CPU (on a shared machine, the one least slowed by the others; the
// spread is printed), `--keep` to keep the files; `--child FILE` times one existing file and `--naive FILE` runs the
// baseline on one (what each child process runs). A malformed number or an unknown portfolio stops with status 2, naming the flag.

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

/// This process's user and system CPU time so far, in seconds.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let seconds = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec, micros = usage.ru_utime.tv_usec + usage.ru_stime.tv_usec
    return Double(seconds) + Double(micros) / 1e6
}

/// Wall seconds since `start`.
func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// The rate books (from `--rates` or the usual places) and the benchmark's reference day.
func selection() throws -> RateSelection {
    let directory = try RateLibrary.locate(explicit: option("--rates"), environment: ProcessInfo.processInfo.environment,
                                           executablePath: arguments[0], currentDirectory: FileManager.default.currentDirectoryPath)
    return RateSelection(library: try RateLibrary.load(from: directory), date: CalendarDate(year: 2026, month: 3, day: 1)!)
}

if let input = option("--naive") {
    // The baseline: every row read, then checked with its trace steps, notes and sentences as `daega check`
    // checks one project, one row after another on this thread; nothing written. Prints "seconds cpu rows failed peak_kB".
    let selection = try selection()
    let start = ContinuousClock.now, cpuStart = cpuSeconds()
    let reader = try CSVReader(contentsOf: input)
    let parser = try BatchRowParser(header: try reader.next()!, path: input)
    var rows = 0, failed = 0
    while let record = try reader.next() {
        rows += 1
        guard case let .success(inputs) = parser.row(record).inputs,
              (try? ProjectCheckPlan.run(inputs, selection: selection)) != nil else {
            failed += 1
            continue
        }
    }
    print(seconds(since: start), cpuSeconds() - cpuStart, rows, failed, peakResidentKilobytes())
    exit(0)
}

if let input = option("--child") {
    // One measured run: check `input`, print "seconds cpu rows failed peak_kB".
    let selection = try selection()
    let workers = count("--workers", fallback: BatchRequest.defaultWorkers)
    let chunkRows = count("--chunk-rows", fallback: BatchRequest.defaultChunkRows)
    let chunkBytes = count("--chunk-bytes", fallback: BatchRequest.defaultChunkBytes)
    var request = BatchRequest(input: input, output: input + ".out.csv", selection: selection, workers: workers,
                               chunkRows: chunkRows, chunkBytes: chunkBytes)
    if option("--ranges") != nil { request.ranges = RangeSettings(stage: .tender, samples: count("--ranges", fallback: 1)) }
    HeapTuning.keepFreedMemoryForReuse()  // as `daega batch` does
    let start = ContinuousClock.now, cpuStart = cpuSeconds()
    let summary = try BatchRunner.run(request)
    print(seconds(since: start), cpuSeconds() - cpuStart, summary.rows, summary.failedRows, peakResidentKilobytes())
    exit(0)
}

/// One child's figures.
struct Measured {
    let seconds: Double, cpu: Double, rows: Int, failed: Int, peakKilobytes: Int
    var cpuMicrosPerRow: Double { cpu * 1e6 / Double(rows) }
    var wallMicrosPerRow: Double { seconds * 1e6 / Double(rows) }
}

/// Runs this program again with `childArguments` and reads the figures it prints; stops with status 1 if it fails.
func measure(_ childArguments: [String], what: String) throws -> Measured {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: Bundle.main.executablePath ?? arguments[0])
    child.arguments = childArguments + (option("--rates").map { ["--rates", $0] } ?? [])
    let pipe = Pipe()
    child.standardOutput = pipe
    try child.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    child.waitUntilExit()
    let fields = String(decoding: data, as: UTF8.self).split(separator: " ").map { String($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    guard child.terminationStatus == 0, fields.count == 5, let seconds = Double(fields[0]), let cpu = Double(fields[1]),
          let rows = Int(fields[2]), rows > 0, let failed = Int(fields[3]), let peak = Int(fields[4]) else {
        print("\(what): child failed (\(child.terminationStatus)): \(fields)")
        exit(1)
    }
    return Measured(seconds: seconds, cpu: cpu, rows: rows, failed: failed, peakKilobytes: peak)
}

let sizes = counts("--sizes", fallback: [10_000, 100_000, 1_000_000])
// Read (and refused when malformed) here, before any file is generated; each child is given the values read.
let workers = count("--workers", fallback: BatchRequest.defaultWorkers)
let chunkRows = count("--chunk-rows", fallback: BatchRequest.defaultChunkRows)
let chunkBytes = count("--chunk-bytes", fallback: BatchRequest.defaultChunkBytes)
let naiveRows = count("--naive-rows", fallback: 10_000)
let repeats = count("--repeat", fallback: 1)
let shapeName = option("--portfolio") ?? PortfolioGenerator.Shape.realistic.rawValue
guard let shape = PortfolioGenerator.Shape(rawValue: shapeName) else {
    refuse("--portfolio", shapeName, expected: PortfolioGenerator.Shape.allCases.map(\.rawValue).joined(separator: " or "))
}
let ranges = option("--ranges") != nil ? ["--ranges", String(count("--ranges", fallback: 1))] : []
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
let keep = arguments.contains("--keep")
print("daega batch benchmark — \(shape.rawValue) portfolio, workers: \(workers), chunks of at most \(chunkRows) rows or \(chunkBytes) bytes, files in \(folder)")
// The machine's load when the run starts: on a shared machine, the figures below are only as good as it is idle.
print("load average at start: \((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "unknown")")

let naivePath = "\(folder)/naive-\(naiveRows).csv"
try PortfolioGenerator.write(rows: naiveRows, shape: shape, to: naivePath)
let naive = try measure(["--naive", naivePath], what: "naive baseline")
if !keep { try? FileManager.default.removeItem(atPath: naivePath) }
print(String(format: "naive baseline (rows one by one through the narrated check, 1 thread, no output): %d rows, %.3f s wall, %.3f s CPU, %.2f µs CPU/row",
             naive.rows, naive.seconds, naive.cpu, naive.cpuMicrosPerRow))
print("rows        wall s    CPU s     rows/s   peak MiB  µs/row  µs CPU/row  time/row vs first  CPU vs naive")
var first: Measured?
for size in sizes {
    let path = "\(folder)/portfolio-\(size).csv"
    try PortfolioGenerator.write(rows: size, shape: shape, to: path)
    let runs = try (0..<repeats).map { _ in
        try measure(["--child", path, "--workers", String(workers), "--chunk-rows", String(chunkRows),
                     "--chunk-bytes", String(chunkBytes)] + ranges, what: "size \(size)")
    }
    let run = runs.min { $0.cpu < $1.cpu }!
    first = first ?? run
    print(String(format: "%-10d %7.3f %8.3f %10.0f %9.1f %7.2f %11.2f %17.2f× %12.1f×%@", run.rows, run.seconds, run.cpu,
                 Double(run.rows) / run.seconds, Double(run.peakKilobytes) / 1024, run.wallMicrosPerRow, run.cpuMicrosPerRow,
                 run.wallMicrosPerRow / first!.wallMicrosPerRow, naive.cpuMicrosPerRow / run.cpuMicrosPerRow,
                 run.failed > 0 ? "  (\(run.failed) rows failed)" : ""))
    if repeats > 1 {
        let cpus = runs.map(\.cpuMicrosPerRow), walls = runs.map(\.seconds)
        print(String(format: "           %d runs: µs CPU/row %.2f–%.2f, wall %.3f–%.3f s", repeats, cpus.min()!, cpus.max()!,
                     walls.min()!, walls.max()!))
    }
    if !keep {
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.removeItem(atPath: path + ".out.csv")
    }
}
if !keep { try? FileManager.default.removeItem(atPath: folder) }
