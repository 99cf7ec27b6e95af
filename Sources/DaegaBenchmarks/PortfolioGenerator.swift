import Foundation

/// Writes synthetic portfolio CSVs for the benchmark: a fixed mix of 간이법 counts, FP totals, staffing-only and
/// mixed rows with budgets around the proper cost, varied deterministically by row number.
enum PortfolioGenerator {
    /// The header of a generated portfolio.
    static let header = "id,name,agency,edition,ilf,eif,ei,eo,eq,fp,integration,performance,security,direct_expenses,staffing,wage_year,overhead_pct,tech_fee_pct,budget,months\r\n"

    /// Writes `rows` rows to `path`.
    static func write(rows: Int, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var buffer = header
        for row in 0..<rows {
            buffer += line(row)
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
    }

    private static func line(_ row: Int) -> String {
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
