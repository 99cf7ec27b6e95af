import DaegaEngine

extension RateLibrary {
    /// Loads the wage tables (`wages/`) and the duration tables (`duration/`) into this library.
    /// - Throws: `DaegaError` for the first invalid book, a file named for another year, or a duplicate year.
    mutating func loadDatedBooks() throws {
        let (tables, wageFiles) = try Self.loadBooks(in: directory, folder: WageBookReader.folder, read: WageBookReader.read)
        wages = DatedRateBookCatalog(tables, noun: wages.noun, missingCode: wages.missingCode, field: wages.field)
        let (bands, durationFiles) = try Self.loadBooks(in: directory, folder: DurationBookReader.folder, read: DurationBookReader.read)
        durations = DatedRateBookCatalog(bands, noun: durations.noun, missingCode: durations.missingCode, field: durations.field)
        files += wageFiles + durationFiles
    }

    /// Reads every book of one folder, checking file names and duplicate years.
    static func loadBooks<Book: DatedRateBook>(in directory: String, folder: String,
                                               read: (String, String) throws -> Book) throws -> ([Book], [String]) {
        var books: [Book] = []
        var files: [String] = []
        for (relative, path) in try bookFiles(in: directory, folder: folder) {
            let book = try read(try TextFile.readUTF8(path), path)
            try checkFileName(relative, path: path, edition: book.year)
            guard !books.contains(where: { $0.year == book.year }) else {
                throw DaegaError(.rateBookDuplicate, at: .file(path: path, line: nil, column: nil),
                                 "\(folder)/ 폴더에 \(book.year)년 요율표가 두 파일에 있습니다", expected: "연도마다 파일 하나")
            }
            books.append(book)
            files.append(relative)
        }
        return (books, files)
    }
}
