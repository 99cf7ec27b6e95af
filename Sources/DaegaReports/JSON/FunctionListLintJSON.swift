import DaegaEngine

/// The function-list lint warnings as JSON: `function_list_warnings`, each with code, file, line (null for the whole
/// list) and message.
public enum FunctionListLintJSON {
    /// `json` with `function_list_warnings` added at the end when there are warnings and `json` is an object.
    public static func adding(_ warnings: [FunctionListLint.Warning], to json: JSONValue, language: Language) -> JSONValue {
        guard !warnings.isEmpty, case let .object(members) = json else { return json }
        return .object(members + [("function_list_warnings", .array(warnings.map { warning in
            .object([("code", .string(warning.code)), ("file", .string(warning.path)),
                     ("line", warning.line.map { .int($0) } ?? .null),
                     ("message", .string(language == .ko ? warning.message.ko : warning.message.en))])
        }))])
    }
}
