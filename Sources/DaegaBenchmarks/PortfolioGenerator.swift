import Foundation

/// Writes synthetic portfolio CSVs for the benchmark, varied deterministically by row number.
///
/// Two shapes: ``Shape/realistic`` (the default) is shaped like a reviewer's real file, every row with a function-point
/// scope and staffing; ``Shape/simple`` is the earlier benchmark's mix, kept so figures compare with earlier ones.
enum PortfolioGenerator {
    /// Which rows the portfolio holds.
    enum Shape: String, CaseIterable {
        /// Every row has both a function-point scope (about 70% 간이법 counts, 30% FP totals) and 1–4 staffing entries
        /// (mean 2.5) priced on the 2025 wage table; all four factor levels; a name with quotes and commas; direct expenses, overhead and technical-fee
        /// rates on some rows; a budget and months on every row; ids unique.
        case realistic
        /// A quarter each of 간이법 counts, FP totals, staffing-only and mixed rows (the benchmark before 2026-12).
        case simple
    }

    /// The header of a portfolio of `shape` (the simple shape keeps the earlier benchmark's columns).
    static func header(_ shape: Shape) -> String {
        let compatibility = shape == .realistic ? "compatibility," : ""
        return "id,name,agency,edition,ilf,eif,ei,eo,eq,fp,integration,performance,\(compatibility)security,direct_expenses,staffing,wage_year,overhead_pct,tech_fee_pct,budget,months\r\n"
    }

    /// Writes `rows` rows of `shape` to `path`.
    static func write(rows: Int, shape: Shape, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var buffer = header(shape)
        for row in 0..<rows {
            buffer += shape == .realistic ? realisticLine(row) : simpleLine(row)
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
    }

    /// Jobs of the wage tables, in the order staffing entries take them.
    private static let jobs = ["IT PM", "응용SW개발자", "IT아키텍트", "IT테스터", "업무분석가", "UI/UX디자이너", "데이터분석가", "IT품질관리자"]

    private static func realisticLine(_ row: Int) -> String {
        let n = row &* 2_654_435_761 % 1000, m = row &* 40_503 % 997
        let id = "PRJ-2026-\(row)"
        let name = "\"차세대 \"\"\(row % 97)호\"\" 정보시스템 구축, 고도화 및 운영\""
        let agency = "기관\(row % 31)"
        let edition = m % 5 == 0 ? "2025" : ""
        let scope = m % 10 < 7
            ? "\(8 + n % 20),\(2 + n % 7),\(20 + n % 60),\(10 + n % 40),\(10 + n % 30),"
            : ",,,,,\(200 + n)"
        let factors = "\(1 + n % 5),\(1 + m % 5),\(1 + (n / 5) % 5),\(1 + (m / 5) % 5)"
        let direct = m % 3 == 0 ? "\"\(10 + n % 40),000,000\"" : ""
        let entries = 1 + (n / 25) % 4
        let staffing = (0..<entries).map { "\(jobs[(row + $0) % jobs.count]):\(1 + (n + $0 * 7) % 12).5" }.joined(separator: ";")
        // The 2026 table in force on the benchmark's day has daily wages only, so every row names the 2025 table.
        let wageYear = "2025"
        let overhead = m % 3 == 1 ? "\(110 + n % 10)" : ""
        let techFee = m % 4 == 1 ? "\(20 + n % 21)" : ""
        let budget = "\"\((300 + n * 9) * 1_000_000)\""
        return "\(id),\(name),\(agency),\(edition),\(scope),\(factors),\(direct),\(staffing),\(wageYear),\(overhead),\(techFee),\(budget),\(4 + n % 12)\r\n"
    }

    private static func simpleLine(_ row: Int) -> String {
        let n = row &* 2_654_435_761 % 1000
        let id = "P\(row)", name = "\"정보시스템 구축 \(row % 97)\"", agency = "기관\(row % 31)"
        let budget = "\"\((150 + n * 7) * 1_000_000)\""
        switch row % 4 {
        case 0:
            return "\(id),\(name),\(agency),,\(8 + n % 20),\(2 + n % 7),\(20 + n % 60),\(10 + n % 40),\(10 + n % 30),,\(1 + n % 5),3,\(1 + n % 5),\"20,000,000\",,,,,\(budget),\(6 + n % 10)\r\n"
        case 1:
            return "\(id),\(name),\(agency),2025,,,,,,\(200 + n),,,,,,,,,\(budget),\r\n"
        case 2:
            return "\(id),\(name),\(agency),,,,,,,,,,,,IT PM:\(2 + n % 6);응용SW개발자:\(4 + n % 20);IT테스터:1.5,2025,\(140 + n % 15),20,\(budget),\(4 + n % 8)\r\n"
        default:
            return "\(id),\(name),\(agency),,,,,,,\(300 + n),2,4,3,,IT PM:6;응용SW개발자:\(10 + n % 12),2025,144,,\(budget),8\r\n"
        }
    }
}
