#!/usr/bin/env python3
"""Checks a workbook daega wrote, with openpyxl (an independent reader), against daega's CSV of the same run.

    python3 scripts/check-workbooks.py batch RESULT.xlsx RESULT.csv
    python3 scripts/check-workbooks.py same-values SAVED.xlsx RECALCULATED.xlsx
    python3 scripts/check-workbooks.py retarget BASE.xlsx TARGET.xlsx OUT.xlsx

batch: sheet names, the 결과 header, every result cell (amounts `#,##0` equal to the CSV's won, percentages `0.0%` equal to
the CSV's percent ÷ 100, risk words matching the CSV's risk), frozen header, autofilter, print titles and landscape
fit-to-width page setup.
same-values: every cell of an estimate workbook as daega saved it equals the value after a spreadsheet program
recalculated the workbook (LibreOffice headless), so the live formulas give daega's numbers.
retarget: copies the input cells (yellow) of TARGET into BASE and saves OUT, so that recalculating OUT and comparing
it with TARGET (same-values) shows that changing inputs in a spreadsheet recalculates the way daega does.
Exits 1 naming the first difference.
"""
import csv
import sys
from decimal import Decimal

import openpyxl

RESULTS = ["function_points", "fp_total", "fp_total_with_vat", "mm_total", "mm_total_with_vat", "proper_cost_with_vat",
           "coverage_pct", "break_even_pct", "shortfall", "budget_needed_break_even", "budget_needed_typical_award",
           "risk", "findings", "error"]
KOREAN = ["산정 기능점수", "FP 개발비", "FP 개발비(VAT 포함)", "투입공수 개발비", "투입공수 개발비(VAT 포함)", "적정 대가(VAT 포함)",
          "충족률(%)", "손익분기율(%)", "부족액(VAT 포함)", "손익분기 필요 예산", "통상 낙찰 시 필요 예산",
          "유찰 위험", "발견 사항", "오류"]
RISK = {"low": "낮음", "medium": "보통", "high": "높음", "critical": "심각"}
FORMATS = {"function_points": "#,##0.##", "coverage_pct": "0.0%", "break_even_pct": "0.0%"}


def fail(message):
    print(f"check-workbooks: {message}", file=sys.stderr)
    sys.exit(1)


def read_csv(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp949")
    return list(csv.reader(text.splitlines()))


def check_batch(xlsx, csv_path):
    book = openpyxl.load_workbook(xlsx)
    if book.sheetnames != ["결과", "요약", "오류", "코드 설명"]:
        fail(f"{xlsx}: sheets {book.sheetnames}")
    sheet = book["결과"]
    records = read_csv(csv_path)
    rows = list(sheet.iter_rows())
    if len(rows) != len(records):
        fail(f"{xlsx}: {len(rows)} rows, CSV has {len(records)}")
    start = len(records[0]) - len(RESULTS)
    if records[0][start:] != RESULTS or [c.value for c in rows[0][start:]] != KOREAN:
        fail(f"{xlsx}: result header {[c.value for c in rows[0][start:]]}")
    for number, (record, row) in enumerate(zip(records[1:], rows[1:]), 2):
        for offset, name in enumerate(RESULTS):
            text, cell = record[start + offset], row[start + offset]
            where = f"{xlsx} 결과!{cell.coordinate} ({name})"
            if text == "":
                if cell.value not in (None, ""):
                    fail(f"{where}: {cell.value!r}, CSV blank")
            elif name == "risk":
                if cell.value != RISK[text]:
                    fail(f"{where}: {cell.value!r}, CSV {text}")
            elif name in ("findings", "error"):
                if cell.value != text:
                    fail(f"{where}: {cell.value!r}, CSV {text!r}")
            else:
                expected = Decimal(text) / 100 if name.endswith("_pct") else Decimal(text)
                if not isinstance(cell.value, (int, float)) or Decimal(str(cell.value)) != expected:
                    fail(f"{where}: {cell.value!r}, CSV {text}")
                if cell.number_format != FORMATS.get(name, "#,##0"):
                    fail(f"{where}: number format {cell.number_format!r}")
    if sheet.freeze_panes != "A2":
        fail(f"{xlsx}: frozen panes {sheet.freeze_panes}")
    if not sheet.auto_filter.ref or sheet.print_title_rows != "$1:$1":
        fail(f"{xlsx}: autofilter {sheet.auto_filter.ref}, print titles {sheet.print_title_rows}")
    if sheet.page_setup.orientation != "landscape" or str(sheet.page_setup.fitToWidth) != "1" or sheet.page_setup.paperSize not in (9, "9"):
        fail(f"{xlsx}: page setup {sheet.page_setup.orientation} {sheet.page_setup.fitToWidth} {sheet.page_setup.paperSize}")
    summary = book["요약"]
    if summary["A1"].value != "포트폴리오 점검 요약" or summary["B4"].value != len(records) - 1:
        fail(f"{xlsx}: 요약 says {summary['A1'].value!r}, {summary['B4'].value!r} rows")
    failed = sum(1 for record in records[1:] if record[-1])
    if book["오류"].max_row != failed + 1:
        fail(f"{xlsx}: 오류 has {book['오류'].max_row - 1} rows, CSV {failed} failed rows")
    print(f"check-workbooks: {xlsx}: {len(records) - 1} rows match the CSV")


INPUT_FILL = "FFFFF2CC"


def numeric(value):
    return round(float(value), 6) if isinstance(value, (int, float)) else value


def check_same_values(saved_path, recalculated_path):
    saved = openpyxl.load_workbook(saved_path, data_only=True)
    recalculated = openpyxl.load_workbook(recalculated_path, data_only=True)
    if saved.sheetnames != recalculated.sheetnames:
        fail(f"sheets {saved.sheetnames} vs {recalculated.sheetnames}")
    compared = 0
    for name in saved.sheetnames:
        for row in saved[name].iter_rows():
            for cell in row:
                if not isinstance(cell.value, (int, float)):
                    continue
                other = recalculated[name][cell.coordinate].value
                if numeric(other) != numeric(cell.value):
                    fail(f"{saved_path} {name}!{cell.coordinate}: daega saved {cell.value}, recalculated {other}")
                compared += 1
    print(f"check-workbooks: {saved_path}: {compared} numbers equal after recalculation")


def retarget(base_path, target_path, out_path):
    base = openpyxl.load_workbook(base_path)
    target = openpyxl.load_workbook(target_path)
    changed = 0
    for name in base.sheetnames:
        for row in base[name].iter_rows():
            for cell in row:
                if cell.fill is not None and cell.fill.fgColor is not None and cell.fill.fgColor.rgb == INPUT_FILL:
                    value = target[name][cell.coordinate].value
                    if value != cell.value:
                        cell.value = value
                        changed += 1
    if changed == 0:
        fail(f"{target_path} has the same inputs as {base_path}")
    base.save(out_path)
    print(f"check-workbooks: {out_path}: {changed} input cells changed")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "batch":
        check_batch(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "same-values":
        check_same_values(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "retarget":
        retarget(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        fail("usage: check-workbooks.py batch RESULT.xlsx RESULT.csv | same-values SAVED.xlsx RECALCULATED.xlsx"
             " | retarget BASE.xlsx TARGET.xlsx OUT.xlsx")
