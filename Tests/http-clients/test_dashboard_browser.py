"""A real browser (Debian's headless Chromium, driven by Selenium through chromedriver) walks
the dashboard: log in with the owner's token, open a proposal, approve it. The test then
checks the repository with the git CLI. Run by scripts/test-http-clients.sh."""
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

base, token, ws = sys.argv[1], sys.argv[2], sys.argv[3]
options = Options()
# Debian's /usr/bin/chromium is a wrapper script; chromedriver needs the browser itself.
options.binary_location = "/usr/lib/chromium/chromium"
for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + tempfile.mkdtemp(prefix="steward-chromium-")]:
    options.add_argument(arg)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_page_load_timeout(30)
checks = 0


def check(cond, what):
    global checks
    if not cond:
        driver.quit()
        raise SystemExit(f"FAIL: {what}\n--- page ---\n{driver.page_source[:2000] if driver else ''}")
    checks += 1


try:
    driver.get(base + "/proposals")
    check(driver.current_url.endswith("/login"), f"not logged in: sent to the login page ({driver.current_url})")
    driver.find_element(By.NAME, "token").send_keys(token)
    driver.find_element(By.ID, "login").click()
    WebDriverWait(driver, 20).until(EC.url_contains("/proposals"))
    check(driver.current_url.endswith("/proposals"), f"logged in: the proposals page ({driver.current_url})")
    cookies = {c["name"]: c for c in driver.get_cookies()}
    check(cookies.get("steward_session", {}).get("httpOnly") is True, "the session cookie is HttpOnly")
    check(cookies.get("steward_session", {}).get("sameSite") == "Strict", "the session cookie is SameSite=Strict")
    links = driver.find_elements(By.CLASS_NAME, "proposal-link")
    check(len(links) == 1 and links[0].text == "#1", f"one pending proposal: {[l.text for l in links]}")
    links[0].click()
    WebDriverWait(driver, 20).until(EC.presence_of_element_located((By.CLASS_NAME, "diff")))
    check("+from the browser test" in driver.find_element(By.CLASS_NAME, "diff").text, "the diff is shown")
    check(driver.find_element(By.ID, "status").text == "pending", "pending")
    driver.find_element(By.ID, "approve").click()
    # The outcome comes from the session (shown once), never from the URL.
    message = WebDriverWait(driver, 20).until(EC.presence_of_element_located((By.ID, "message"))).text
    check("message=" not in driver.current_url, f"no message in the URL: {driver.current_url}")
    check(message.startswith("Approved #1"), f"approved: {message}")
    check(driver.find_element(By.ID, "status").text == "approved", "the page shows approved")
finally:
    driver.quit()

shown = subprocess.run(["git", "-C", ws, "show", "main:memory/browser.md"], capture_output=True, text=True)
check(shown.returncode == 0 and shown.stdout == "from the browser test\n", f"git show main:memory/browser.md: {shown.stdout!r} {shown.stderr}")
log = subprocess.run(["git", "-C", ws, "log", "-1", "--format=%B", "main"], capture_output=True, text=True).stdout
check("Steward-Approved-By: api:owner" in log, f"the merge commit names the approver: {log}")
subprocess.run(["git", "-C", ws, "fsck", "--strict"], check=True, capture_output=True)
print(f"ok: {checks} checks in a real browser")
