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

    /// Every unit price row names the rounding step it was cut by, in both languages; the maintenance sample says its
    /// change-time price is a yearly maintenance fee.
    @Test(arguments: samples)
    func unitPriceRowsNameTheirRounding(sample: String) throws {
        let (result, _) = try Self.render(sample, .ko)
        #expect(result.rounding == .wonTruncate)
        for language in Language.allCases {
            let record = ContractChangeRecord(result, name: "", language: language)
            let cut = language == .ko ? RoundingStep.wonTruncate.koreanDescription : RoundingStep.wonTruncate.englishDescription
            let priced = record.unitPrices.filter { ($0.value.hasSuffix("원") || $0.value.hasPrefix("₩")) && !$0.label.contains("합의") && !$0.label.contains("Agreed") }
            #expect(priced.count >= 5)
            #expect(priced.allSatisfy { $0.remark.hasSuffix(cut) }, "\(priced)")
        }
        let changeTime = ContractChangeRecord(result, name: "", language: .ko).unitPrices[3]
        #expect(changeTime.remark.contains("유지관리 요율, 연간") == (sample == "civil-complaint-maintenance-change.toml"))
    }

    /// A table whose entries share one source (the five TMP factors) lists that source once.
    @Test func rulesListEachSourceOnce() throws {
        let (_, text) = try Self.render("civil-complaint-maintenance-change.toml", .ko)
        let record = ContractChangeRecord(try ContractChangePlan.run(try ContractFile.read(Repository.sample("civil-complaint-maintenance-change.toml")),
                                                                     library: Repository.library), name: "", language: .ko)
        #expect(Set(record.rules).count == record.rules.count)
        #expect(text.contains("유지관리 난이도(TMP) 평가표"))
    }
}
