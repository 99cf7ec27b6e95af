import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Testing

/// `[budget] price_weights` and `price_weights_case` in a project file: read with their lines, checked by `check`.
@Suite struct PriceWeightsSettingTests {
    static func check(_ budget: String) throws -> ProjectCheckResult {
        let text = "format_version = 1\nname = \"t\"\n[function_points]\nfp = 100\n[budget]\n" + budget
        return try ProjectCheckPlan.run(ProjectInputs(try ProjectFile.parse(text, path: "p.toml")), selection: MaintenanceTenderTests.selection)
    }

    @Test func alternativeWeightsAreCheckedAgainstTheBudget() throws {
        let over = try Self.check("amount = 110_000_000\nprice_weights = \"80:20\"\nprice_weights_case = \"under_100m\"\n")
        #expect(over.check.findings.map(\.code).contains("price_weights_case_not_met"))
        let under = try Self.check("amount = 109_999_999\nprice_weights = \"80:20\"\nprice_weights_case = \"1억미만\"\n")
        #expect(!under.check.findings.map(\.code).contains("price_weights_case_not_met"))
        #expect(under.check.findings.map(\.code).contains("price_weights_alternative"))
        let hardware = try Self.check("amount = 500_000_000\nhardware_amount = 200_000_000\nprice_weights = \"80:20\"\nprice_weights_case = \"hw\"\n")
        #expect(hardware.check.findings.first { $0.code == "price_weights_case_not_met" }?.ratioPercent == ExactDecimal(40))
    }

    /// Each bad setting names the file, the line of the key at fault and the accepted values.
    @Test(arguments: [
        ("amount = 1\nprice_weights = \"70:30\"\n", ErrorCode.unknownPriceWeights, 7, "80:20"),
        ("amount = 1\nprice_weights = \"팔십:이십\"\n", .unknownPriceWeights, 7, "\"80:20\""),
        ("amount = 1\nprice_weights = \"80:20\"\n", .priceWeightsCaseMissing, 7, "agency_head"),
        ("amount = 1\nprice_weights = \"80:20\"\nprice_weights_case = \"긴급\"\n", .unknownPriceWeightsCase, 8, "under_100m"),
        ("amount = 1\nprice_weights_case = \"hw\"\n", .conflictingInputs, 7, "price_weights"),
    ] as [(String, ErrorCode, Int, String)])
    func badSettingsNameTheirLine(budget: String, code: ErrorCode, line: Int, accepted: String) throws {
        let error = try #require(throws: DaegaError.self) { try Self.check(budget) }
        #expect(error.code == code)
        guard case let .file(path, errorLine, _)? = error.location else { Issue.record("\(String(describing: error.location))"); return }
        #expect(path == "p.toml" && errorLine == line)
        #expect(error.expected?.contains(accepted) == true, "\(error.expected ?? "")")
    }
}
