/// The project file `daega init` writes: every section with its units and accepted values, in Korean comments,
/// filled with a small example that runs as it is (`daega check`, `daega compare`, `daega memo`).
public enum ProjectTemplate {
    /// The template's text (UTF-8 TOML).
    public static let text = """
        # daega 프로젝트 파일 (TOML). '#' 뒤는 설명입니다. 값을 고쳐 쓰고 필요 없는 절은 지우세요.
        # 금액은 원 단위 정수입니다. 자릿수 구분은 쉼표가 아니라 밑줄로 씁니다: 600_000_000 (600,000,000은 TOML 오류).
        # 실행 예: daega check 이 파일   daega compare 이 파일   daega memo 이 파일 -o 산출근거.html
        # 명령줄 옵션(예: --budget)은 이 파일의 값보다 우선합니다.

        format_version = 1                 # 파일 형식 (지금은 1; 생략하면 1로 봅니다)
        name = "○○ 시스템 구축"           # 사업명
        agency = "○○기관 정보화담당관"     # 기관·부서

        # ── 기능점수 방식 (SW 개발비) ───────────────────────────────────────────────
        [function_points]
        # edition = 2025                   # 가이드 판(연도): 2020~2025. 생략하면 기준일에 시행 중인 최신판
        # 규모는 다음 셋 중 하나만 적습니다.
        #   1) 간이법 유형별 개수 (아래 ilf~eq)
        #   2) 기능점수 총계:  fp = 745.4
        #   3) 기능 목록 CSV: functions = "기능목록.csv"  (name,type + det,ret_ftr 또는 complexity; 이 파일 기준 상대 경로)
        ilf = 18                           # 내부논리파일 개수
        eif = 6                            # 외부연계파일 개수
        ei = 60                            # 외부입력 개수
        eo = 35                            # 외부출력 개수
        eq = 40                            # 외부조회 개수
        # 보정계수 등급 1~5. 생략하면 계수가 1.00인 등급 (daega rates guide-2025 로 등급별 뜻 확인)
        integration = 3                    # 연계복잡성: 타 기관 연계 수
        performance = 4                    # 성능요구수준
        compatibility = 2                  # 운영환경 호환성
        security = 4                       # 보안성
        direct_expenses = 35_000_000       # 직접경비 (원, VAT 별도)
        # profit_percent = 25              # 이윤율 %: 생략하면 판의 기본값 (상한 25%)
        # phases = "analysis,design"       # 일부 단계만 발주: analysis, design, implementation, test
                                           #   또는 "design-project" / "build-project" (2025년판 분리 발주)

        # ── 예산 (예산 점검: daega check) ───────────────────────────────────────────
        [budget]
        amount = 650_000_000               # 예산 (원, VAT 포함)
        # excludes_vat = true              # 위 금액이 VAT 별도이면
        months = 8                         # 계획 사업기간 (개월)
        # award_ratio = 95.15              # 통상 낙찰률 %: 생략하면 입찰 규칙 요율표의 값 (UNCERTAIN 기본값)
        # price_weights = "80:20"          # 협상 기술:가격 배점: 생략하면 기본 90:10; 80:20은 아래 근거와 함께
        # price_weights_case = "hw"        #   80:20의 근거 (행정안전부 정보시스템 구축·운영 지침 제18조):
                                           #   hw(HW가 추정가격의 50% 이상), under_100m(추정가격 1억 미만 개발),
                                           #   agency_head(발주기관의 장 결정)
        # hardware_amount = 400_000_000    # 사업 안의 HW 금액 (위 amount와 같은 VAT 기준): hw 근거 확인용

        # ── 투입공수 방식 (비교: daega compare, 또는 daega mm) ─────────────────────
        [staffing]
        # wage_year = 2025                 # SW기술자 평균임금 적용연도: 생략하면 기준일에 시행 중인 표
        # edition = 2025                   # 제경비·기술료 범위를 가져올 가이드 판
        work = "development"               # 사업 유형: development(구축), planning(기획·컨설팅), operation(운영), exempt
        duration_months = 8                # 계획 사업기간 (적정 사업기간 비교용, 개월)
        # overhead_percent = 144           # 제경비율 %: 생략하면 판 범위의 하한 (2023년판 이후 144~154)
        # technical_fee_percent = 20       # 기술료율 %: 생략하면 판 범위의 하한 (20~40)
        # direct_expenses = 35_000_000     # 직접경비 (원, VAT 별도)
        # file = "투입인력.csv"            # 또는 인력 CSV (job,months 또는 job,days)

        # 직무마다 한 덩어리: job(직무명, 임금표의 이름)과 days(M/D) 또는 months(M/M).
        # 2026년 적용 임금표는 일평균임금만 공표되어 M/M을 쓰려면 working_days(월 근무일수)도 적어야 합니다.
        [[staffing.lines]]
        job = "IT PM"
        days = 160

        [[staffing.lines]]
        job = "응용SW개발자"
        days = 480

        [[staffing.lines]]
        job = "IT테스터"
        days = 60

        # ── 사업 안의 상용SW (직접구매 점검). 있으면 # 를 지우세요 ──────────────────
        # [[products]]
        # name = "DBMS"
        # amount = 120_000_000             # 원 (VAT 포함)

        # ── 유지관리 (daega maintenance). 유지관리 사업이면 # 를 지우세요 ────────────
        # [maintenance]
        # basis = 480_000_000              # 유지관리 대상 SW의 개발비 (원, VAT 별도); 연도별이면 [1차, 2차, 3차]
        # months = 12                      # 유지관리 기간 (1~120개월)
        # frequency = "보통"               # 유지관리 난이도 평가: 단순 / 보통 / 복잡 (daega maintenance --show-rules)
        # users = "보통"
        # importance = "보통"
        # interfaces = "단순"
        # recovery = "보통"
        # budget_rate = 11                 # 예산에 밝힌 유지관리 요율 % (점검용)
        # improvement_fp = 70              # 유지관리 중 기능개선 규모 (FP): 시스템 규모의 7% 이상이면 개발·재개발로 따로 산정
        # system_fp = 1_000                #   견줄 시스템 규모 (FP); 생략하면 [function_points] 규모로 낸 기준 개발비의 FP
        # [[maintenance.products]]         # 상용SW 유지관리: 제품마다
        # name = "DBMS"
        # license = 120_000_000            # 최초 도입 라이선스 금액 (원)
        # grade = 1                        # 서비스 등급 1~5

        """
}
