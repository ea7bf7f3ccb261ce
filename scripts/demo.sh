#!/bin/sh
# Steward's main job, end to end: create a workspace, make a proposal, show it for review.
# Usage: scripts/demo.sh [WORKSPACE]   (default: a new folder under /tmp)
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
echo "Workspace: $ws — try: STEWARD_WORKSPACE=$ws $steward approve 1   (then 'steward rollback 1', 'steward log')"
