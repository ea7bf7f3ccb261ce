#!/bin/sh
# Installs LiteLLM into a venv (for the benchmark only; Steward never needs Python) and runs
# the router benchmark against it: overhead per request vs LiteLLM's Router on the same
# loopback server, and cold start vs `import litellm`.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
venv="$here/.build-venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import litellm" 2>/dev/null || "$venv/bin/pip" install -q litellm httpx
cd "$here"
swift build -c release --product steward-bench
swift build -c release --product steward
.build/release/steward-bench router --litellm "$venv/bin/python" "$@"
