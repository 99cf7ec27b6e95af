import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Testing

/// `[maintenance] improvement_fp` and `system_fp` in a maintenance tender: the finding in `check`, the FP basis as the
/// system's scale, and the error naming the line when no scale is given.
@Suite struct MaintenanceImprovementInputTests {
    static func codes(_ maintenance: String, head: String = "") throws -> [String] {
        try MaintenanceTenderTests.check(maintenance: MaintenanceTenderTests.application + maintenance, budget: 86_130_000,
                                         extra: head).check.findings.map(\.code)
    }

    @Test(arguments: [("improvement_fp = 69\nsystem_fp = 1000\n", false), ("improvement_fp = 70\nsystem_fp = 1000\n", true),
                      ("system_fp = 1000\n", false)])
    func improvementsAtTheLine(section: String, separate: Bool) throws {
        #expect(try Self.codes(section).contains("maintenance_improvement_separate") == separate)
    }

    /// Without system_fp the scale is the FP count behind the basis: 70 of [function_points] fp = 1000 is exactly 7%.
    @Test func theFunctionPointBasisGivesTheScale() throws {
        let text = """
            format_version = 1
            name = "t"
            [function_points]
            edition = 2025
            fp = 1000
            [maintenance]
            edition = 2025
            frequency = "보통"
            users = "보통"
            importance = "보통"
            interfaces = "보통"
            recovery = "보통"
            improvement_fp = 70
            [budget]
            amount = 900_000_000

            """
        let result = try ProjectCheckPlan.run(ProjectInputs(try ProjectFile.parse(text, path: "p.toml")), selection: MaintenanceTenderTests.selection)
        let finding = try #require(result.check.findings.first { $0.code == "maintenance_improvement_separate" })
        #expect(finding.ratioPercent == ExactDecimal(7))
    }

    @Test func improvementsWithoutAScaleNameTheirLine() throws {
        let error = try #require(throws: DaegaError.self) { try Self.codes("improvement_fp = 70\n") }
        #expect(error.code == .maintenanceSystemScaleMissing)
        #expect(error.location == .file(path: "p.toml", line: 11, column: 1))
        #expect(error.expected?.contains("system_fp") == true)
    }

    @Test(arguments: ["improvement_fp = -1\nsystem_fp = 1000\n", "improvement_fp = 1\nsystem_fp = 0\n", "improvement_fp = \"많음\"\nsystem_fp = 10\n"])
    func badSizesAreRefusedAtTheirLine(section: String) throws {
        let error = try #require(throws: DaegaError.self) { try Self.codes(section) }
        guard case .file(path: "p.toml", line: _?, column: _)? = error.location else { Issue.record("\(error)"); return }
    }
}
