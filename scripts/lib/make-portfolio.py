#!/usr/bin/env python3
"""Writes a deterministic portfolio CSV for scripts/compare-with-baseline.sh.

    make-portfolio.py real|simple ROWS PATH

'real': every row has an FP scope and staffing (about 70% 간이법 counts, 30% FP totals), all four factor levels,
1-4 staffing lines, a name with quotes and a comma, direct expenses, overhead and technical-fee rates on some rows,
budget and months; about 1% of rows name a wage year whose table cannot price them (error rows).
'simple': the mix of the benchmark's first generator (counts, totals, staffing-only and mixed rows)."""
import sys, random
kind, rows, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rnd = random.Random(2026)
jobs = ["IT PM", "응용SW개발자", "IT테스터", "데이터분석가", "IT아키텍트", "업무분석가", "UI/UX디자이너", "IT품질관리자"]
with open(path, "w", encoding="utf-8", newline="") as f:
    if kind == "real":
        f.write("id,name,agency,edition,ilf,eif,ei,eo,eq,fp,integration,performance,compatibility,security,direct_expenses,staffing,wage_year,overhead_pct,tech_fee_pct,budget,months\r\n")
        for r in range(rows):
            name = '"정보시스템 ""%d차"" 구축, 고도화 %d"' % (r % 7, r % 97)
            if rnd.random() < 0.7:
                counts = [str(rnd.randint(2, 40)), str(rnd.randint(0, 10)), str(rnd.randint(10, 90)), str(rnd.randint(5, 50)), str(rnd.randint(5, 40))]
                fp = ""
            else:
                counts = [""] * 5
                fp = str(rnd.randint(100, 4000)) if rnd.random() < 0.8 else "%d.%d" % (rnd.randint(100, 4000), rnd.randint(1, 9))
            levels = [str(rnd.randint(1, 5)) for _ in range(4)]
            n = rnd.choice([1, 2, 2, 3, 3, 4])
            staff = ";".join("%s:%s" % (j, rnd.choice(["1", "2", "3.5", "6", "12", "0.5", "8"])) for j in rnd.sample(jobs, n))
            de = '"%s"' % format(rnd.randint(0, 200) * 1_000_000, ",") if rnd.random() < 0.5 else ""
            oh = str(rnd.randint(110, 120)) if rnd.random() < 0.3 else ""
            tf = str(rnd.randint(20, 40)) if rnd.random() < 0.3 else ""
            ed = rnd.choice(["", "", "2025", "2024"])
            wy = "2025" if rnd.random() < 0.99 else rnd.choice(["2024", ""])
            budget = '"%s"' % format(rnd.randint(100, 3000) * 1_000_000, ",")
            months = str(rnd.randint(3, 18))
            f.write(",".join(["R%d" % r, name, "기관%d" % (r % 31), ed] + counts + [fp] + levels + [de, staff, wy, oh, tf, budget, months]) + "\r\n")
    else:
        f.write("id,name,agency,edition,ilf,eif,ei,eo,eq,fp,integration,performance,security,direct_expenses,staffing,wage_year,overhead_pct,tech_fee_pct,budget,months\r\n")
        for row in range(rows):
            n = row * 2_654_435_761 % 1000
            rid, name, agency = "P%d" % row, '"정보시스템 구축 %d"' % (row % 97), "기관%d" % (row % 31)
            budget = '"%d"' % ((150 + n * 7) * 1_000_000)
            m = row % 4
            if m == 0:
                l = f'{rid},{name},{agency},,{8 + n % 20},{2 + n % 7},{20 + n % 60},{10 + n % 40},{10 + n % 30},,{1 + n % 5},3,{1 + n % 5},"20,000,000",,,,,{budget},{6 + n % 10}'
            elif m == 1:
                l = f'{rid},{name},{agency},2025,,,,,,{200 + n},,,,,,,,,{budget},'
            elif m == 2:
                l = f'{rid},{name},{agency},,,,,,,,,,,,IT PM:{2 + n % 6};응용SW개발자:{4 + n % 20};IT테스터:1.5,2025,{140 + n % 15},20,{budget},{4 + n % 8}'
            else:
                l = f'{rid},{name},{agency},,,,,,,{300 + n},2,4,3,,IT PM:6;응용SW개발자:{10 + n % 12},2025,144,,{budget},8'
            f.write(l + "\r\n")
