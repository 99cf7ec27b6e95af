import Foundation

/// Korean wording for the operating-system errors people meet when writing files.
enum SystemErrorText {
    /// Describes `code` (an `errno` value) in Korean, falling back to the system's own text.
    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "디스크 공간이 부족합니다"
        case EDQUOT: "디스크 사용 한도를 넘었습니다"
        case EACCES, EPERM: "쓰기 권한이 없습니다"
        case EROFS: "읽기 전용 파일 시스템입니다"
        case ENOENT: "폴더가 없습니다"
        case ENOTDIR: "경로 중간에 폴더가 아닌 것이 있습니다"
        case EISDIR: "같은 이름의 폴더가 있습니다"
        default: String(cString: strerror(code))
        }
    }
}
