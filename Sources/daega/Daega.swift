import ArgumentParser
import DaegaCommandLine

/// The `daega` command: KOSA 「SW사업 대가산정 가이드」 estimates, budget checks and memos.
@main
struct Daega: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daega",
        abstract: "SW사업 대가산정: 기능점수·투입공수 추정, 예산 적정성·유찰 위험 점검, 산출 근거 작성",
        discussion: """
            금액은 원 단위 정수로 계산하며 단계마다 반올림 규칙을 밝힙니다. 모든 요율은 rates/ 폴더의 요율표에서
            읽고 출처와 상태(VERIFIED/UNCERTAIN)를 함께 보여 줍니다. 오류는 종료 코드 64(잘못된 사용),
            65(잘못된 입력 값), 66(입력 파일 없음), 73(출력 실패), 74(읽기 실패), 78(요율표 오류)로 끝납니다.
            """,
        version: DaegaVersion.number,
        subcommands: [FunctionPointCommand.self, ManMonthCommand.self, CompareCommand.self, MaintenanceCommand.self,
                      CheckCommand.self, BatchCommand.self, MemoCommand.self, PriceScoreCommand.self, RatesCommand.self,
                      ErrorsCommand.self, ChangeCommand.self, SizeCommand.self, ServeCommand.self, InitCommand.self]
    )
}
