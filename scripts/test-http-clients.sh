#!/bin/sh
# Clients nobody here wrote, against a real `steward serve`: headless Chromium (Debian) driven
# by Selenium walks the dashboard at 390 and 1280 px (log in and back, every page checked for
# overflow, touch targets and axe-core's serious or critical violations, screenshots saved in
# $STEWARD_SCREENSHOTS, by default .build-http-screenshots/; a proposal of three files opened
# and approved; then git checks it; a line commented on and `steward revise` run against a
# scripted model, which must receive the comment), and
# schemathesis fuzzes the API from its OpenAPI document (no 5xx, no success without the
# token). Part of the README's test command. STEWARD_BIN picks the binary.
set -eu
cd "$(dirname "$0")/.."
steward="${STEWARD_BIN:-.build/debug/steward}"
venv=.build-http-venv
# axe-selenium-python bundles axe-core's axe.min.js: offline once installed.
if ! "$venv/bin/python" -c "import selenium, schemathesis, axe_selenium_python" 2>/dev/null; then
  echo "Installing Selenium 4.51.0, schemathesis 4.32.5 and axe-selenium-python 2.1.6 into $venv …"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "selenium==4.51.0" "schemathesis==4.32.5" "axe-selenium-python==2.1.6"
fi
shots="${STEWARD_SCREENSHOTS:-$PWD/.build-http-screenshots}"
for tool in /usr/lib/chromium/chromium /usr/bin/chromedriver; do
  [ -x "$tool" ] || { echo "$tool is missing: run scripts/setup.sh (it installs chromium and chromium-driver)" >&2; exit 1; }
done
tmp=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
ws="$tmp/ws"
"$steward" init --workspace "$ws" >/dev/null
long=$(printf 'x%.0s' $(seq 1 300))
printf '[{"op":"write","path":"memory/browser.md","content":"from the browser test\\n"},{"op":"write","path":"memory/tabs.md","content":"col one\\tcol two\\ntrailing   \\n"},{"op":"write","path":"outputs/wide.txt","content":"a line of %s that never breaks\\n"}]' "$long" |
  "$steward" propose --workspace "$ws" --title "Three notes to approve in the browser, with a title long enough to wrap: Supercalifragilisticexpialidocious-and-then-some-more-unbroken-text" >/dev/null
token=$("$steward" token --workspace "$ws")
"$steward" serve --workspace "$ws" --port 0 2>"$tmp/serve.log" &
server=$!
for _ in $(seq 1 100); do grep -q "http://127.0.0.1:" "$tmp/serve.log" 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.log" | head -1)
[ -n "$port" ] || { echo "steward serve did not start:" >&2; cat "$tmp/serve.log" >&2; exit 1; }
base="http://127.0.0.1:$port"

echo "Browser: the dashboard at $base"
"$venv/bin/python" Tests/http-clients/test_dashboard_browser.py "$base" "$token" "$ws" "$shots" "$steward"

echo "schemathesis: fuzzing $base/api/v1 from its OpenAPI document"
# From the temporary folder: schemathesis writes a cache (.schemathesis/) into the current
# folder, which must not land in the checkout (.gitignore lists it as well).
schemathesis="$PWD/$venv/bin/schemathesis"
cd "$tmp"
"$schemathesis" run "$base/api/v1/openapi.json" --url "$base" \
  --checks not_a_server_error,ignored_auth --phases examples,fuzzing --max-examples 15 --workers 1 \
  -H "Authorization: Bearer $token" --suppress-health-check all --warnings off
