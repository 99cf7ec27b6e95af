import ArgumentParser
import DaegaEngine
import DaegaIO
import Foundation

/// `--rates` and `--as-of`: where the rate books are and which day decides the edition in force.
public struct RateOptions: ParsableArguments, Sendable {
    @Option(help: ArgumentHelp("요율표 폴더 (기본: $DAEGA_RATES, ./rates, 실행 파일 위쪽의 rates/)", valueName: "dir"))
    public var rates: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("시행 중인 판을 고를 기준일 YYYY-MM-DD (기본: 오늘)", valueName: "date"))
    public var asOf: String?

    public init() {}

    /// Opens the rate books: each is parsed when the command first uses it.
    public func library() throws -> RateLibrary { try Self.library(explicit: rates) }

    /// Opens the rate books in `explicit` (a `--rates` value) or the usual places: every file and its header is read
    /// now, each book's figures when the command first uses it.
    public static func library(explicit: String?) throws -> RateLibrary {
        let directory = try RateLibrary.locate(
            explicit: explicit, environment: ProcessInfo.processInfo.environment,
            executablePath: CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0] : Bundle.main.executablePath ?? CommandLine.arguments[0],
            currentDirectory: FileManager.default.currentDirectoryPath)
        return try RateLibrary.open(from: directory)
    }

    /// The day that decides which edition is in force: `--as-of`, or today in Korea.
    public func referenceDate() throws -> CalendarDate {
        if let asOf {
            guard let date = CalendarDate(parsing: asOf) else {
                throw DaegaError(.notANumber, at: .flag("--as-of"), "날짜 '\(asOf)'를 읽을 수 없습니다", expected: "YYYY-MM-DD")
            }
            return date
        }
        return CalendarDate(koreaStandardTimeAt: time(nil))!
    }

    /// The loaded books and the reference day.
    /// - Throws: `DaegaError.dateNotCovered` at `--as-of` for a day before the oldest book or after the newest wage table.
    public func selection() throws -> RateSelection {
        let library = try library(), date = try referenceDate()
        if asOf != nil, let period = try library.coveredPeriod, !(period.first...period.last).contains(date) {
            throw DaegaError(.dateNotCovered, at: .flag("--as-of"),
                             "기준일 \(date)은(는) daega 요율표가 다루는 기간(\(period.first)~\(period.last)) 밖입니다",
                             expected: "\(period.first)부터 \(period.last)까지의 날짜; 그 밖의 날은 공표된 요율표를 rates/에 더하십시오")
        }
        return RateSelection(library: library, date: date)
    }
}
