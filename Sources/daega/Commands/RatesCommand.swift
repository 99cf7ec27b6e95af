import ArgumentParser
import DaegaCommandLine
import DaegaEngine
import DaegaIO
import DaegaReports

/// `daega rates`: lists the rate books, or shows every figure of one with its source and status.
struct RatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "요율표 목록과 각 수치의 출처·상태(VERIFIED/UNCERTAIN)",
        discussion: """
            예: daega rates                 (요율표 목록과 기준일에 시행 중인 판)
                daega rates guide-2025      (한 요율표의 모든 수치와 출처)
            """)

    @Argument(help: ArgumentHelp("요율표 이름 (예: guide-2025)", valueName: "book"))
    var book: String?

    @OptionGroup var rateOptions: RateOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            let selection = try rateOptions.selection()
            let library = selection.library, today = selection.date
            try library.validate()
            let inForce = Set([(try? library.guides.bookInForce(on: today))?.book, (try? library.wages.tableInForce(on: today))?.book,
                               (try? selection.productivityBands())?.book, (try? selection.procurementRules())?.book].compactMap { $0 })
            let books = try library.summaries
            guard let book else {
                return output.format == .json
                    ? RateCatalogJSON.list(books, inForce: inForce, date: today).rendered
                    : RateCatalogText.list(books, inForce: inForce, date: today, language: output.language,
                                           covered: try library.coveredPeriod)
            }
            guard let entry = books.first(where: { $0.book == book }) else {
                throw DaegaError(.unknownChoice, at: .flag("book"), "요율표 '\(book)'이(가) 없습니다",
                                 expected: books.map(\.book).joined(separator: ", "))
            }
            return output.format == .json
                ? RateCatalogJSON.book(entry).rendered
                : RateCatalogText.book(entry, language: output.language)
        }
    }
}
