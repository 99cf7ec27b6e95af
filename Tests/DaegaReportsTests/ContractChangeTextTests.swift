import DaegaEngine
import DaegaIO
@testable import DaegaReports
import DaegaTestSupport
import Testing

/// The terminal 변경관리내역서 of every change sample: within 100 columns in both languages, every finding's rule
/// with its status.
@Suite struct ContractChangeTextTests {
    static let samples = ["hr-portal-change.toml", "hr-portal-change-vendor.toml", "civil-complaint-maintenance-change.toml"]

    static func render(_ sample: String, _ language: Language) throws -> (ContractChangeResult, String) {
        let file = try ContractFile.read(Repository.sample(sample))
        let result = try ContractChangePlan.run(file, library: Repository.library)
        return (result, ContractChangeText.render(result, name: file.name, language: language))
    }

    @Test(arguments: samples, Language.allCases)
    func everyLineFitsOneHundredColumns(sample: String, language: Language) throws {
        let (_, text) = try Self.render(sample, language)
        let wide = text.split(separator: "\n").filter { DisplayWidth.of(String($0)) > ContractChangeText.width }
        #expect(wide.isEmpty, "\(wide)")
        #expect(!text.contains(" \n"), "no line ends in a space")
    }

    /// Every finding's rule line ends with the status of the book entries behind it.
    @Test(arguments: samples)
    func findingRulesCarryTheirStatus(sample: String) throws {
        let (result, _) = try Self.render(sample, .ko)
        let record = ContractChangeRecord(result, name: "", language: .ko)
        #expect(!record.findings.isEmpty)
        for (finding, text) in zip(result.findings, record.findings) {
            let uncertain = finding.sources.contains { $0.status == .uncertain }
            #expect(text.rule.hasSuffix(uncertain ? "[UNCERTAIN]" : "[VERIFIED]"), "\(text.rule)")
        }
    }
}
