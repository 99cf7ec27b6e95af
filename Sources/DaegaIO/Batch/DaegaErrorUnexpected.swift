import DaegaEngine

extension DaegaError {
    /// `error` itself when it is a `DaegaError` (every error daega's readers and engine throw), else a
    /// `fileUnreadable` error carrying its description.
    static func unexpected(_ error: any Error) -> DaegaError {
        error as? DaegaError ?? DaegaError(.fileUnreadable, "\(error)", expected: "daega가 처리할 수 있는 입력")
    }
}
