"""A real browser (Debian's headless Chromium, driven by Selenium through chromedriver) walks
the dashboard at a phone's width (390x844) and a laptop's (1280x800): an ended session goes to
the login page and back, every page is checked for overflow at 390 px (nothing wider than the
screen: tables and diffs scroll inside themselves), touch targets of at least 44 px, and
serious or critical accessibility violations (axe-core, through axe-selenium-python), and each
page is saved as a screenshot at both widths; then, with a thumb at 390 px, one file of the
proposal of three is unticked and the other two approved, and git checks main has exactly those
two and the third is still pending; a line of the third is commented on through the page, and
`steward revise` against a scripted model (scripted_model.py) must hand that comment to the
model. Run by scripts/test-http-clients.sh:
  test_dashboard_browser.py BASE TOKEN WORKSPACE SCREENSHOT_FOLDER STEWARD_BINARY"""
import base64
import os
import shutil
import subprocess
import sys
import tempfile
import json

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from scripted_model import ScriptedModel

base, token, ws, shots, steward = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
os.makedirs(shots, exist_ok=True)
options = Options()
# Debian's /usr/bin/chromium is a wrapper script; chromedriver needs the browser itself.
options.binary_location = "/usr/lib/chromium/chromium"
profile = tempfile.mkdtemp(prefix="steward-chromium-")  # removed when the browser quits
for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile]:
    options.add_argument(arg)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_page_load_timeout(30)
checks = 0
alive = True
PHONE, LAPTOP = (390, 844, True), (1280, 800, False)


def check(cond, what):
    global checks, alive
    if not cond:
        source = driver.page_source[:3000] if alive else ""
        if alive:
            driver.quit()
            alive = False
        shutil.rmtree(profile, ignore_errors=True)
        raise SystemExit(f"FAIL: {what}\n--- page ---\n{source}")
    checks += 1


def screen(size, dark=False):
    width, height, mobile = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def open_page(path):
    driver.get(base + path)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")


def shot(name, size, dark=False):
    """The whole page as a PNG in the screenshot folder: the viewport is made as tall as the
    page for the picture (content scrolled inside boxes beyond the viewport is not painted
    otherwise), then set back."""
    width, height, mobile = size
    full = driver.execute_script("return Math.max(document.documentElement.scrollHeight, window.innerHeight)")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": min(full, 10000), "deviceScaleFactor": 1, "mobile": mobile})
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
    path = os.path.join(shots, f"{name}-{width}{'-dark' if dark else ''}.png")
    with open(path, "wb") as f:
        f.write(base64.b64decode(data["data"]))
    return path


# Elements wider than the screen (arguments[0], the emulated width: a phone's browser widens
# its layout viewport, and innerWidth with it, to fit a page that overflows), outside any
# element that scrolls or clips its own content (a diff or a table scrolls inside its .scroll
# box; the box itself must fit).
OVERFLOW_JS = """
var w = arguments[0], out = [];
function clipped(e) {
  for (var p = e.parentElement; p; p = p.parentElement) {
    var o = getComputedStyle(p).overflowX;
    if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
  }
  return false;
}
document.querySelectorAll('*').forEach(function(e) {
  var r = e.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return;
  if ((r.right > w + 0.5 || e.scrollWidth > w + 0.5 && getComputedStyle(e).overflowX === 'visible') && !clipped(e))
    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '') + ' right=' + Math.round(r.right) + ' scrollWidth=' + e.scrollWidth);
});
return {overflowing: out, page: document.documentElement.scrollWidth, width: window.innerWidth, widest: Math.max.apply(null, Array.prototype.map.call(document.querySelectorAll('body *'), function(e) {
  return clipped(e) ? 0 : Math.round(e.getBoundingClientRect().right); }).concat([0]))};
"""

# Controls a thumb must hit: at least 44 px tall (a checkbox counts by its label).
TARGETS_JS = """
var out = [];
document.querySelectorAll('button, .button, input:not([type=hidden]), select, textarea, nav a, summary, td a').forEach(function(e) {
  var t = e.type === 'checkbox' ? (e.closest('label') || e) : e, r = t.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return;
  if (r.height < 43.5 || r.width < 43.5) out.push((e.id || e.name || e.textContent.trim().slice(0, 30)) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
});
return out;
"""


def audit(name, size):
    """At a phone's width: nothing overflows and targets are large enough; at both: axe."""
    if size == PHONE:
        o = driver.execute_script(OVERFLOW_JS, PHONE[0])
        print(f"  {name} at 390 px: page scrollWidth {o['page']}, widest element's right edge {o['widest']} (window.innerWidth {o['width']})")
        check(o["page"] <= PHONE[0] and o["width"] == PHONE[0] and not o["overflowing"], f"{name} at 390 px: elements wider than the screen: {o['overflowing'][:10]} (page {o['page']})")
        small = driver.execute_script(TARGETS_JS)
        check(not small, f"{name} at 390 px: touch targets under 44 px: {small[:10]}")
        check(driver.find_elements(By.ID, "pending-count") or name == "login", f"{name}: the pending count is shown")
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    check(not bad, f"{name} at {size[0]} px: serious or critical accessibility violations:\n{axe.report(bad)}")


def visit(name, path, sizes=(PHONE, LAPTOP)):
    for size in sizes:
        screen(size)
        open_page(path)
        shot(name, size)  # before axe, which scrolls boxes to judge their colours
        audit(name, size)


try:
    screen(PHONE)
    # An ended (here: absent) session: the login page, then back to the page asked for.
    open_page("/proposals/1?view=split")
    check("/login?next=" in driver.current_url, f"not logged in: sent to the login page with the way back ({driver.current_url})")
    for size in (PHONE, LAPTOP):
        screen(size)
        open_page("/login?next=%2Fproposals%2F1")
        shot("login", size)
        audit("login", size)
    screen(PHONE)
    driver.find_element(By.NAME, "token").send_keys(token)
    driver.find_element(By.ID, "login").click()
    WebDriverWait(driver, 20).until(EC.url_contains("/proposals/1"))
    check(driver.current_url == base + "/proposals/1", f"logged in: back on the page asked for ({driver.current_url})")
    cookies = {c["name"]: c for c in driver.get_cookies()}
    check(cookies.get("steward_session", {}).get("httpOnly") is True, "the session cookie is HttpOnly")
    check(cookies.get("steward_session", {}).get("sameSite") == "Strict", "the session cookie is SameSite=Strict")

    open_page("/proposals")
    links = driver.find_elements(By.CLASS_NAME, "proposal-link")
    check(len(links) == 1 and links[0].text == "#1", f"one pending proposal: {[l.text for l in links]}")
    check(driver.find_element(By.ID, "pending-count").text == "1 pending", "the pending count")

    # The proposal page: three files, each in its own section, numbered lines, tabs as tabs.
    open_page("/proposals/1")
    files = driver.find_elements(By.CSS_SELECTOR, "#file-list a.path")
    check([f.text for f in files] == ["memory/browser.md", "memory/tabs.md", "outputs/wide.txt"], f"the file list: {[f.text for f in files]}")
    check(len(driver.find_elements(By.CSS_SELECTOR, "section.file-section")) == 3, "a section per file")
    check("+from the browser test" in driver.find_element(By.ID, "file-1").text, "the diff is shown")
    check(driver.find_elements(By.CSS_SELECTOR, "#file-2 span.tab") and "\\x09" not in driver.page_source, "a tab is a tab")
    check(driver.find_elements(By.CSS_SELECTOR, "#file-2 span.trail"), "trailing white space is marked")
    check(driver.find_element(By.ID, "status").text == "pending", "pending")
    check(driver.find_element(By.ID, "findings-none").text == "Nothing flagged.", "the checks' findings next to Approve")

    visit("proposals", "/proposals")
    visit("proposal", "/proposals/1")
    visit("proposal-split", "/proposals/1?view=split", sizes=(LAPTOP,))
    for name in ("tasks", "audit", "skills", "models", "schedules"):
        visit(name, "/" + name)
    visit("error-not-found", "/proposals/999")
    check(driver.find_element(By.TAG_NAME, "h1").text == "Not found" and "there is no proposal #999" in driver.page_source, "a 404 is a page")
    screen(PHONE, dark=True)
    open_page("/proposals/1")
    background = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    check(background == "rgb(13, 17, 23)", f"dark mode follows the system: {background}")
    shot("proposal", PHONE, dark=True)
    audit("proposal-dark", PHONE)

    # With a thumb at 390 px: untick the third file, approve the other two.
    screen(PHONE)
    open_page("/proposals/1")
    boxes = driver.find_elements(By.CSS_SELECTOR, "input[form=approve-form][type=checkbox]")
    check(len(boxes) == 3 and all(b.is_selected() for b in boxes), "a ticked box per file")
    label = driver.find_element(By.ID, "take-3").find_element(By.XPATH, "..")
    check(label.size["height"] >= 44 and label.size["width"] >= 44, f"the box's target is at least 44 px: {label.size}")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", label)
    label.click()
    check(not driver.find_element(By.ID, "take-3").is_selected(), "the third file unticked")
    button = driver.find_element(By.ID, "approve")
    check(button.size["height"] >= 44, f"the Approve button is at least 44 px tall: {button.size}")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    # The outcome comes from the session (shown once), never from the URL.
    message = WebDriverWait(driver, 20).until(EC.presence_of_element_located((By.ID, "message"))).text
    check("message=" not in driver.current_url, f"no message in the URL: {driver.current_url}")
    check(message.startswith("Approved part 1 of #1: 2 files merged into main"), f"approved in part: {message}")
    check(driver.find_element(By.ID, "status").text == "pending", "the third file keeps #1 pending")
    check([f.text for f in driver.find_elements(By.CSS_SELECTOR, "#file-list a.path")] == ["outputs/wide.txt"], "only the third file is left to decide")
    check(driver.find_element(By.ID, "pending-count").text == "1 pending", "the pending count")
    shot("proposal-approved-in-part", PHONE)

    # With a thumb at 390 px: comment on line 1 of the file left, through the page.
    comment = "Wrap this line at 80 columns, from the browser"
    link = driver.find_element(By.CSS_SELECTOR, "a[href*='comment=outputs/wide.txt:new:1#']")
    check(link.size["height"] >= 44 and link.size["width"] >= 44, f"a line's number is a target of at least 44 px: {link.size}")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    field = WebDriverWait(driver, 20).until(EC.presence_of_element_located((By.ID, "comment-text")))
    check(len(driver.find_elements(By.CSS_SELECTOR, "form.comment-form")) == 2, "one line form besides the proposal's")
    label = driver.find_element(By.CSS_SELECTOR, "label[for=comment-text]").text
    check(label == "Comment on line 1 (new) of outputs/wide.txt", f"the form says what it comments on: {label}")
    visit("proposal-comment-form", driver.current_url.replace(base, "").split("#")[0])
    screen(PHONE)
    open_page(driver.current_url.replace(base, ""))
    field = driver.find_element(By.ID, "comment-text")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
    field.send_keys(comment)
    driver.find_element(By.ID, "comment-submit").click()
    message = WebDriverWait(driver, 20).until(EC.presence_of_element_located((By.ID, "message"))).text
    check(message == "Comment 1 added on outputs/wide.txt:1 (new).", f"commented: {message}")
    after = driver.execute_script("var c = document.getElementById('comment-1'), row = c && c.closest('tr'); return row && row.previousElementSibling.textContent")
    check(after is not None and "a line of x" in after, f"the comment right after its line: {after!r}")
    check(driver.find_element(By.ID, "open-comments").text == "1 open", "the open count in the summary")
    visit("proposal-comments", "/proposals/1")
    visit("proposal-comments-split", "/proposals/1?view=split")

    # steward revise hands the open comment to the model (a person commits the models to main).
    model = ScriptedModel([("write_file", {"path": "outputs/revised.md", "content": "wrapped\n"}), ("finish", {"summary": "wrapped"})])
    try:
        config = open(os.path.join(ws, "steward.toml")).read().replace('["ollama", "llamacpp"]', '["scripted"]')
        with open(os.path.join(ws, "steward.toml"), "w") as f:
            f.write(config + f'\n[models.scripted]\nprovider = "openai"\nurl = "{model.url}"\nmodel = "scripted"\n')
        subprocess.run(["git", "-C", ws, "add", "steward.toml"], check=True)
        subprocess.run(["git", "-C", ws, "-c", "user.name=person", "-c", "user.email=person@example.invalid", "commit", "-qm", "The scripted model"], check=True)
        revise = subprocess.run([steward, "revise", "1", "--workspace", ws], capture_output=True, text=True, timeout=120)
        check(revise.returncode == 0, f"steward revise 1: {revise.stdout}{revise.stderr}")
        sent = [json.dumps(r) for r in model.requests]
        check(sent and comment in sent[0], f"the comment reached the model's request: {sent[:1]}")
    finally:
        model.stop()
    screen(PHONE)
    open_page("/proposals/1")
    check(driver.find_element(By.ID, "comment-1").is_displayed(), "the comment is still shown on the revised proposal")
    shot("proposal-revised", PHONE)
finally:
    if alive:
        driver.quit()
        alive = False
    shutil.rmtree(profile, ignore_errors=True)

for path, text in [("memory/browser.md", "from the browser test\n"), ("memory/tabs.md", "col one\tcol two\ntrailing   \n")]:
    shown = subprocess.run(["git", "-C", ws, "show", f"main:{path}"], capture_output=True, text=True)
    check(shown.returncode == 0 and shown.stdout == text, f"git show main:{path}: {shown.stdout!r} {shown.stderr}")
check(subprocess.run(["git", "-C", ws, "cat-file", "-e", "main:outputs/wide.txt"], capture_output=True).returncode != 0, "git: outputs/wide.txt is not on main")
check(subprocess.run(["git", "-C", ws, "cat-file", "-e", "steward/1:outputs/wide.txt"]).returncode == 0, "git: outputs/wide.txt still pending in steward/1")
# The last merge (the person's commit of the scripted model came after it).
log = subprocess.run(["git", "-C", ws, "log", "-1", "--merges", "--format=%B", "main"], capture_output=True, text=True).stdout
check("Steward-Approved-By: api:owner" in log, f"the merge commit names the approver: {log}")
subprocess.run(["git", "-C", ws, "fsck", "--strict"], check=True, capture_output=True)
print(f"ok: {checks} checks in a real browser; screenshots in {shots}")
