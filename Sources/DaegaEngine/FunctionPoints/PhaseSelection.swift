/// A development phase with its own share of the FP unit price (단계별 가중치, guide 2021 onward).
public enum ProjectPhase: String, Sendable, CaseIterable, Codable {
    /// 분석.
    case analysis
    /// 설계.
    case design
    /// 구현.
    case implementation
    /// 시험.
    case test

    /// The Korean name.
    public var koreanName: String {
        switch self {
        case .analysis: "분석"
        case .design: "설계"
        case .implementation: "구현"
        case .test: "시험"
        }
    }
}

/// One side of the 설계·구축 분리발주 split (guide 2025).
public enum SplitProject: String, Sendable, CaseIterable, Codable {
    /// 설계사업.
    case designProject = "design-project"
    /// 구축사업.
    case buildProject = "build-project"

    /// The Korean name.
    public var koreanName: String { self == .designProject ? "설계사업" : "구축사업" }
}

/// Which part of a full development a project orders. The two schemes are never mixed.
public enum PhaseSelection: Sendable, Equatable {
    /// The whole development (100%).
    case all
    /// Some of the four phases, weighted by the phase table.
    case phases(Set<ProjectPhase>)
    /// One side of the design/build split.
    case split(SplitProject)

    /// The accepted spellings, listed in error messages.
    public static let acceptedSpellings =
        "analysis, design, implementation, test (분석, 설계, 구현, 시험) 중 쉼표로 구분한 것, 또는 design-project / build-project (설계사업 / 구축사업) 하나"

    /// Parses `analysis,design` or `설계사업`.
    /// - Throws: `DaegaError` naming the unknown or mixed part.
    public init(parsing text: String) throws {
        let parts = text.split(separator: ",").map { String($0.trimmingWhiteSpace) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else {
            throw DaegaError(.missingInput, at: .field("phases"), "단계가 비어 있습니다", expected: Self.acceptedSpellings)
        }
        var phases = Set<ProjectPhase>()
        var split: SplitProject?
        for part in parts {
            let lower = part.lowercased()
            if let phase = ProjectPhase(rawValue: lower) ?? ProjectPhase.allCases.first(where: { $0.koreanName == part }) {
                phases.insert(phase)
            } else if let side = SplitProject(rawValue: lower) ?? SplitProject.allCases.first(where: { $0.koreanName == part }) {
                split = side
            } else {
                throw DaegaError(.unknownChoice, at: .field("phases"), "알 수 없는 단계 '\(part)'", expected: Self.acceptedSpellings)
            }
        }
        if let split {
            guard parts.count == 1 else {
                throw DaegaError(.conflictingInputs, at: .field("phases"),
                                 "설계·구축 분리(\(split.koreanName))와 단계별 가중치는 함께 쓸 수 없습니다",
                                 expected: "단계 목록 또는 분리 사업 하나")
            }
            self = .split(split)
        } else {
            self = phases.count == ProjectPhase.allCases.count ? .all : .phases(phases)
        }
    }
}
