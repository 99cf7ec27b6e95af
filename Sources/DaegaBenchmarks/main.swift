import DaegaEngine
import DaegaIO
import Foundation

// The batch benchmark: generates portfolios of 10k, 100k and 1M rows and runs `BatchRunner` on each in a child
// process of its own, so each size's peak RSS (VmHWM) is its own. Release build: `swift run -c release DaegaBenchmarks`.
// Options: `--sizes 10000,100000` to choose sizes, `--workers N` to set the threads, `--chunk-rows N` to set the rows
// read and checked together (default 1,024), `--keep` to keep the files.

let arguments = CommandLine.arguments

/// The value after `flag`, when given.
func option(_ flag: String) -> String? {
    arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
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
    let workers = option("--workers").flatMap(Int.init) ?? BatchRequest.defaultWorkers
    let chunkRows = option("--chunk-rows").flatMap(Int.init) ?? 1024
    let request = BatchRequest(input: input, output: input + ".out.csv", selection: selection, workers: workers, chunkRows: chunkRows)
    let start = ContinuousClock.now
    let summary = try BatchRunner.run(request)
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(seconds, summary.rows, summary.failedRows, peakResidentKilobytes())
    exit(0)
}

let sizes = (option("--sizes") ?? "10000,100000,1000000").split(separator: ",").compactMap { Int($0) }
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
print("daega batch benchmark — workers: \(option("--workers") ?? String(BatchRequest.defaultWorkers)), files in \(folder)")
print("rows        wall s    rows/s      peak MB   µs/row   vs first")
var firstMicros: Double?
for size in sizes {
    let path = "\(folder)/portfolio-\(size).csv"
    try PortfolioGenerator.write(rows: size, to: path)
    let child = Process()
    child.executableURL = URL(fileURLWithPath: Bundle.main.executablePath ?? arguments[0])
    child.arguments = ["--child", path] + ["--workers", "--chunk-rows", "--rates"].flatMap { flag in option(flag).map { [flag, $0] } ?? [] }
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
