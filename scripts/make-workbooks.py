#!/usr/bin/env python3
"""Writes the sample and error-example workbooks daega reads, the way Excel stores them (shared strings, merged
cells, data validation, formulas with saved values), using only Python's standard library.

    python3 scripts/make-workbooks.py        # from the repository root; rewrites the files below

samples/scm-fp-simple.xlsx     KOSA-style 간이법 form (sheet FP산정(간이법)) for the guide's SCM example
samples/scm-fp-detailed.xlsx   KOSA-style 정통법 form (sheet FP산정) for the same 18 functions, 85 FP
samples/portfolio.xlsx         samples/portfolio.csv as a workbook (numbers as numbers)
docs/error-examples/*.xlsx     one workbook per workbook error code
"""
import csv
import struct
import zipfile
from xml.sax.saxutils import escape

FIXED_TIME = (2025, 1, 1, 0, 0, 0)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def column_letters(number):
    letters = ""
    while number:
        number, digit = divmod(number - 1, 26)
        letters = chr(65 + digit) + letters
    return letters


class Sheet:
    def __init__(self, name):
        self.name = name
        self.cells = {}  # (row, column) -> (kind, value, formula)
        self.merges = []
        self.validations = []

    def put(self, row, column, value, formula=None):
        self.cells[(row, column)] = (value, formula)


def write_workbook(path, sheets):
    strings, index = [], {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    parts = []
    for number, sheet in enumerate(sheets, 1):
        rows = {}
        for (row, column), cell in sorted(sheet.cells.items()):
            rows.setdefault(row, []).append((column, cell))
        xml = [f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetData>']
        for row in sorted(rows):
            xml.append(f'<row r="{row}">')
            for column, (value, formula) in rows[row]:
                ref = f"{column_letters(column)}{row}"
                f = f"<f>{escape(formula)}</f>" if formula else ""
                if isinstance(value, str):
                    if formula:
                        xml.append(f'<c r="{ref}" t="str">{f}<v>{escape(value)}</v></c>')
                    else:
                        xml.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
                else:
                    xml.append(f'<c r="{ref}">{f}<v>{value}</v></c>')
            xml.append("</row>")
        xml.append("</sheetData>")
        if sheet.merges:
            xml.append(f'<mergeCells count="{len(sheet.merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in sheet.merges) + "</mergeCells>")
        if sheet.validations:
            xml.append(f'<dataValidations count="{len(sheet.validations)}">')
            for sqref, choices in sheet.validations:
                xml.append(f'<dataValidation type="list" allowBlank="1" sqref="{sqref}"><formula1>"{choices}"</formula1></dataValidation>')
            xml.append("</dataValidations>")
        xml.append("</worksheet>")
        parts.append((f"xl/worksheets/sheet{number}.xml", "".join(xml)))
    sheet_list = "".join(f'<sheet name="{escape(s.name)}" sheetId="{n}" r:id="rId{n}"/>' for n, s in enumerate(sheets, 1))
    count = len(sheets)
    files = [
        ("[Content_Types].xml",
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         + "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for n in range(1, count + 1))
         + "</Types>"),
        ("_rels/.rels",
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{sheet_list}</sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(f'<Relationship Id="rId{n}" Type="{REL}/worksheet" Target="worksheets/sheet{n}.xml"/>' for n in range(1, count + 1))
         + f'<Relationship Id="rId{count + 1}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
    ] + parts
    files.append(("xl/sharedStrings.xml",
                  f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
                  + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>"))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + text)


# The guide's SCM example (samples/scm-functions.csv): name, type, complexity, 세부 업무
SCM = [
    ("고객관리", "고객데이터", "ILF", "average"), ("제품관리", "제품데이터", "ILF", "low"),
    ("공급관리", "공급데이터", "EIF", "low"),
    ("고객관리", "고객데이터 추가", "EI", "high"), ("고객관리", "고객데이터 수정", "EI", "average"),
    ("고객관리", "고객데이터 삭제", "EI", "low"), ("고객관리", "고객데이터 조회", "EQ", "low"),
    ("고객관리", "고객레포트 1", "EO", "low"), ("고객관리", "고객레포트 2", "EO", "average"),
    ("고객관리", "고객레포트 3", "EO", "low"), ("고객관리", "고객레포트 4", "EO", "high"),
    ("제품관리", "제품데이터 추가", "EI", "average"), ("제품관리", "제품데이터 수정", "EI", "low"),
    ("제품관리", "제품데이터 삭제", "EI", "low"), ("제품관리", "제품데이터 조회", "EQ", "average"),
    ("제품관리", "제품관련 레포트", "EO", "average"), ("공급관리", "공급자번호 조회", "EQ", "low"),
    ("공급관리", "공급자 관련 리포트", "EO", "average"),
]
# RET/FTR and DET that the 2020 matrices classify as the complexity above
COUNTS = {
    "ILF": {"low": (1, 10), "average": (2, 25), "high": (6, 51)},
    "EIF": {"low": (1, 10), "average": (2, 25), "high": (6, 51)},
    "EI": {"low": (1, 4), "average": (2, 10), "high": (3, 16)},
    "EO": {"low": (1, 5), "average": (2, 10), "high": (4, 20)},
    "EQ": {"low": (1, 5), "average": (2, 10), "high": (4, 20)},
}
SIMPLE_WEIGHTS = {"ILF": 7.5, "EIF": 5.4, "EI": 4.0, "EO": 5.2, "EQ": 3.9}
DETAILED_WEIGHTS = {"ILF": (7, 10, 15), "EIF": (5, 7, 10), "EI": (3, 4, 6), "EO": (4, 5, 7), "EQ": (3, 4, 6)}
KOREAN = {"low": "단순", "average": "보통", "high": "복잡"}
FIRST_ROW = 8


def form(name, detailed):
    sheet = Sheet(name)
    sheet.put(1, 1, "SW사업 구현단계 SW개발비 산정양식 (" + ("정통법" if detailed else "간이법") + ")")
    sheet.put(3, 1, "※ ①어플리케이션명, ②세부 업무명, ③단위프로세스명을 적고 ④FP유형을 고르면 ⑤가중치가 계산됩니다.")
    header = ["①어플리케이션명", "②세부 업무명", "③단위프로세스명", "단위프로세스 설명", "④FP유형"]
    header += ["RET/FTR", "DET", "복잡도", "⑤가중치", "비고"] if detailed else ["⑤가중치", "비고"]
    for column, text in enumerate(header, 1):
        sheet.put(6, column, text)
    weight_column = 9 if detailed else 6
    row = FIRST_ROW
    groups = {}
    for application, function, kind, complexity in SCM:
        sheet.put(row, 2, application)
        sheet.put(row, 3, function)
        sheet.put(row, 5, kind)
        if detailed:
            ret, det = COUNTS[kind][complexity]
            sheet.put(row, 6, ret)
            sheet.put(row, 7, det)
            sheet.put(row, 8, KOREAN[complexity], formula=f"FPComplexity(E{row},F{row},G{row})")
            weight = DETAILED_WEIGHTS[kind][["low", "average", "high"].index(complexity)]
            sheet.put(row, 9, weight, formula=f"FPWeight(E{row},H{row})")
        else:
            sheet.put(row, 6, SIMPLE_WEIGHTS[kind], formula=f'VLOOKUP(E{row},가중치표,2,FALSE)')
        groups.setdefault(application, []).append(row)
        row += 1
    sheet.put(FIRST_ROW, 1, "SCM 시스템")
    sheet.merges.append(f"A{FIRST_ROW}:A{row - 1}")
    last_input = FIRST_ROW + 24
    sheet.validations.append((f"E{FIRST_ROW}:E{last_input}", "ILF,EIF,EI,EO,EQ"))
    total = 85 if detailed else round(sum(SIMPLE_WEIGHTS[k] for _, _, k, _ in SCM), 1)
    letter = column_letters(weight_column)
    sheet.put(last_input + 1, 3, "합계")
    sheet.put(last_input + 1, weight_column, total, formula=f"SUM({letter}{FIRST_ROW}:{letter}{last_input})")
    return sheet


def portfolio():
    sheet = Sheet("포트폴리오")
    with open("samples/portfolio.csv", encoding="utf-8-sig", newline="") as source:
        records = list(csv.reader(source))
    header = records[0]
    for column, text in enumerate(header, 1):
        sheet.put(1, column, text)
    for row, record in enumerate(records[1:], 2):
        for column, text in enumerate(record, 1):
            if text == "":
                continue
            name = header[column - 1]
            plain = text.replace(",", "") if name in ("budget", "direct_expenses") else text
            try:
                value = int(plain) if name not in ("id", "name", "agency", "staffing") else None
            except ValueError:
                try:
                    value = float(plain)
                except ValueError:
                    value = None
            sheet.put(row, column, value if value is not None else text)
    return sheet


def encrypted(path):
    # An OLE compound file (how Excel stores a password-protected workbook) naming its EncryptionInfo stream.
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    with open(path, "wb") as out:
        out.write(header + "EncryptionInfo".encode("utf-16-le") + bytes(64))


def oversized(path):
    # A workbook whose sheet claims (in the ZIP directory) to unpack to 300 MiB.
    write_workbook(path, [form("FP산정", True)])
    data = bytearray(open(path, "rb").read())
    name = b"xl/worksheets/sheet1.xml"
    start = 0
    while True:
        at = data.find(b"PK\x01\x02", start)
        if at < 0:
            break
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + length] == name:
            struct.pack_into("<I", data, at + 24, 300 * 1024 * 1024)
        start = at + 4
    open(path, "wb").write(bytes(data))


def main():
    write_workbook("samples/scm-fp-simple.xlsx", [form("FP산정(간이법)", False)])
    write_workbook("samples/scm-fp-detailed.xlsx", [form("FP산정", True)])
    write_workbook("samples/portfolio.xlsx", [portfolio()])
    with open("docs/error-examples/not-a-zip.xlsx", "w", encoding="utf-8") as out:
        out.write("이름만 .xlsx인 텍스트 파일\n")
    encrypted("docs/error-examples/encrypted.xlsx")
    oversized("docs/error-examples/oversized-part.xlsx")
    formula = portfolio()
    formula.put(2, 20, 780000000, formula="780000000*1")
    write_workbook("docs/error-examples/formula-budget.xlsx", [formula])
    no_header = Sheet("FP산정")
    no_header.put(1, 1, "기능 목록 (머리글 없이 적은 메모)")
    no_header.put(2, 1, "고객데이터")
    no_header.put(2, 2, "ILF")
    write_workbook("docs/error-examples/no-header.xlsx", [no_header])


if __name__ == "__main__":
    main()
