#!/bin/sh
# Removes exactly the files scripts/install.sh PREFIX installed (PREFIX defaults to
# /usr/local). Your workspace (~/.steward or $STEWARD_WORKSPACE) is not touched.
set -eu
case "${1:-}" in
    -h|--help) echo "usage: scripts/uninstall.sh [PREFIX]   (PREFIX defaults to /usr/local)"; exit 0 ;;
    -*) echo "uninstall.sh: unknown option $1" >&2; exit 2 ;;
esac
prefix="${1:-/usr/local}"
for f in \
    "$prefix/bin/steward" \
    "$prefix/bin/steward-mcp" \
    "$prefix/share/bash-completion/completions/steward" \
    "$prefix/share/zsh/site-functions/_steward" \
    "$prefix/share/fish/vendor_completions.d/steward.fish" \
    "$prefix/share/man/man1/steward.1" \
    "$prefix/share/man/man1/steward-mcp.1"; do
    if [ -e "$f" ] || [ -L "$f" ]; then
        rm -f "$f"
        echo "removed $f"
    fi
done
