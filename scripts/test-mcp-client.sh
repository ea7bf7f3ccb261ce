#!/bin/sh
# Drives `steward mcp` with the official MCP Python SDK (PyPI `mcp`, in a venv of its own),
# then checks the proposal with `steward diff` and the git CLI. Part of the README's test
# command. STEWARD_BIN picks the binary (default .build/debug/steward; steward-mcp must be
# beside it).
set -eu
cd "$(dirname "$0")/.."
venv=.build-mcp-venv
version=2.3.0
if ! "$venv/bin/python" -c "import mcp, sys; sys.exit(0 if __import__('importlib.metadata').metadata.version('mcp') == '$version' else 1)" 2>/dev/null; then
  echo "Installing the MCP Python SDK $version into $venv …"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "mcp==$version"
fi
exec "$venv/bin/python" Tests/mcp-client/test_steward_mcp.py "${STEWARD_BIN:-.build/debug/steward}"
