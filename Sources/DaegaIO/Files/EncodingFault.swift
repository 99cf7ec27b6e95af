import DaegaEngine

/// The first byte a decoder could not read, found at a byte offset in the stream.
struct EncodingFault: Sendable, Equatable {
    /// The encoding that was being read.
    var encoding: TextEncoding
    /// The 0-based offset of the bad byte from the start of the file.
    var byteOffset: Int
    /// The bad byte, or the two bytes of a CP949 character that does not exist.
    var bytes: [UInt8]
    /// Whether the file ended in the middle of a character.
    var truncated: Bool

    /// What is wrong, in Korean, naming the byte and its offset.
    var description: String {
        let hex = bytes.map { "0x" + ($0 < 0x10 ? "0" : "") + String($0, radix: 16, uppercase: true) }
            .joined(separator: " ")
        return truncated
            ? "파일 끝에서 \(encoding.displayName) 문자가 잘렸습니다: \(hex) (바이트 오프셋 \(byteOffset))"
            : "\(encoding.displayName)로 읽을 수 없는 바이트 \(hex)가 있습니다 (바이트 오프셋 \(byteOffset))"
    }

    /// The error to report, placed at `position` (line and character column of the bad byte).
    func error(path: String, at position: TextPositionTracker, prefix: String = "") -> DaegaError {
        DaegaError(.invalidEncoding, at: .file(path: path, line: position.line, column: position.column),
                   prefix + description, expected: "UTF-8(BOM 있거나 없이) 또는 CP949로 저장된 텍스트")
    }
}
