/// A kind of thing an officer can count before a function list exists.
public enum EarlyCountKind: String, Sendable, CaseIterable, Codable {
    /// Tables the system keeps (internal data groups).
    case internalData = "internal_data"
    /// Data read from other systems (external data groups).
    case externalData = "external_data"
    /// Screens that enter, change or delete data.
    case entryScreens = "entry_screens"
    /// Screens that look data up.
    case inquiryScreens = "inquiry_screens"
    /// Reports and printed or downloaded outputs.
    case reports
    /// Interfaces receiving data from other systems.
    case interfaces
    /// Batch jobs.
    case batchJobs = "batch_jobs"

    /// The Korean name.
    public var koreanName: String {
        switch self {
        case .internalData: "내부 데이터(테이블 묶음)"
        case .externalData: "외부 데이터(다른 시스템에서 읽음)"
        case .entryScreens: "등록·수정 화면"
        case .inquiryScreens: "조회 화면"
        case .reports: "보고서·출력물"
        case .interfaces: "연계(다른 시스템)"
        case .batchJobs: "배치 작업"
        }
    }

    /// The English name.
    public var englishName: String {
        switch self {
        case .internalData: "internal data groups"
        case .externalData: "external data groups"
        case .entryScreens: "entry/update screens"
        case .inquiryScreens: "inquiry screens"
        case .reports: "reports and outputs"
        case .interfaces: "interfaces to other systems"
        case .batchJobs: "batch jobs"
        }
    }

    /// Whether this count is of data groups (what the NESMA indicative count uses).
    public var isData: Bool { self == .internalData || self == .externalData }

    /// The largest count daega takes for one kind: no public system keeps ten thousand tables or screens of one kind.
    public static let plausibleMaximum = 10_000
}
