#!/usr/bin/env python3
"""Drives `daega serve` in headless Chromium (selenium) as an officer would, and screenshots every page.

    scripts/web-e2e.py URL OUTPUT_DIR SAMPLES_DIR

Fails (exit 1) unless the SCM example through 사업 추정 shows 68,467,488원, a bad field shows its error next to it,
the portfolio upload returns a result CSV with all 27 rows, and every page answers with its heading.
"""
import csv
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

url, out, samples = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
downloads = os.path.join(out, "downloads")
os.makedirs(downloads, exist_ok=True)
for name in os.listdir(downloads):
    os.remove(os.path.join(downloads, name))

options = webdriver.ChromeOptions()
for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=ko-KR"]:
    options.add_argument(argument)
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.implicitly_wait(15)  # a loaded CI machine may answer slowly
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)


def screenshot(name):
    """Saves the whole page (the window grown to the page's height)."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, max(1000, min(height, 8000)))
    driver.save_screenshot(os.path.join(out, name + ".png"))
    driver.set_window_size(1280, 1000)


def heading():
    return driver.find_element(By.TAG_NAME, "h1").text


try:
    pages = [("", "SW사업 대가산정"), ("estimate", "사업 추정"), ("compare", "비교"), ("maintenance", "유지관리"),
             ("check", "예산 점검"), ("memo", "산출 근거"), ("batch", "일괄 점검"),
             ("change", "과업변경")]
    for path, title in pages:
        driver.get(f"{url}/{path}")
        check(heading() == title, f"/{path}: heading {heading()!r}, expected {title!r}")
        screenshot("page-" + (path or "home"))

    # The guide's SCM example: the project file and its function list uploaded on 사업 추정.
    driver.get(f"{url}/estimate")
    driver.find_element(By.ID, "f-project").send_keys(os.path.join(samples, "scm.toml"))
    driver.find_element(By.ID, "f-functions").send_keys(os.path.join(samples, "scm-functions.csv"))
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    result = driver.find_element(By.CSS_SELECTOR, ".result").text
    check("68,467,488원" in result, "SCM example: 68,467,488원 not on the result page")
    screenshot("result-estimate-scm")

    # A budget check typed into the form.
    driver.get(f"{url}/check")
    for field, value in [("budget", "650,000,000"), ("months", "8"), ("ilf", "18"), ("eif", "6"), ("ei", "60"), ("eo", "35"),
                         ("eq", "40"), ("direct-expenses", "35,000,000")]:
        driver.find_element(By.ID, "f-" + field).send_keys(value)
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    check("유찰 위험" in driver.find_element(By.CSS_SELECTOR, ".result").text, "check: no risk on the result page")
    screenshot("result-check")

    # A bad value: the CLI's message next to the field.
    driver.get(f"{url}/estimate")
    driver.find_element(By.ID, "f-ilf").send_keys("열여덟")
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    error = driver.find_element(By.ID, "e-ilf").text
    check("[E101]" in error, f"bad ilf: error next to the field was {error!r}")
    screenshot("error-estimate-field")

    # A contract change: the contract file and the three files it names.
    driver.get(f"{url}/change")
    for field, name in [("contract", "hr-portal-change.toml"), ("project", "hr-portal.toml"),
                        ("functions", "hr-portal-functions.csv"), ("changes", "hr-portal-change.csv")]:
        driver.find_element(By.ID, "f-" + field).send_keys(os.path.join(samples, name))
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    check("97,020,000원" in driver.find_element(By.CSS_SELECTOR, ".result").text, "change: the original contract amount is missing")
    screenshot("result-change")

    # A portfolio upload returns the result CSV.
    driver.get(f"{url}/batch")
    driver.find_element(By.ID, "f-portfolio").send_keys(os.path.join(samples, "portfolio.csv"))
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    deadline = time.time() + 30
    files = []
    while time.time() < deadline:
        files = [name for name in os.listdir(downloads) if name.endswith(".csv")]
        if files:
            break
        time.sleep(0.2)
    check(bool(files), "batch: no result CSV was downloaded")
    if files:
        with open(os.path.join(downloads, files[0]), encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        check(len(rows) == 27, f"batch: {len(rows)} result rows, expected 27")
        check(all(row.get("risk") for row in rows), "batch: a row without a risk level")
        print(f"web-e2e: batch result {files[0]} with {len(rows)} rows")
finally:
    driver.quit()

if failures:
    sys.exit(1)
print("web-e2e: all checks passed")
