#!/bin/sh
# Installs steward and steward-mcp into PREFIX (default /usr/local): the binaries stripped into
# PREFIX/bin, and shell completions generated from the commands themselves:
#   PREFIX/share/bash-completion/completions/steward
#   PREFIX/share/zsh/site-functions/_steward
#   PREFIX/share/fish/vendor_completions.d/steward.fish
# and man pages generated from the commands by ArgumentParser's own generate-manual (built
# once from the package's checkout into .build-manual/):
#   PREFIX/share/man/man1/steward.1, PREFIX/share/man/man1/steward-mcp.1
# By default it builds them first (swift build -c release). With --from DIR, or
# STEWARD_BIN_DIR=DIR, it installs binaries already built in DIR instead (CI and the tests use
# the debug binaries the suite built). scripts/uninstall.sh PREFIX removes exactly these files.
set -eu

usage() {
    echo "usage: scripts/install.sh [--from DIR] [PREFIX]   (PREFIX defaults to /usr/local; DIR also from \$STEWARD_BIN_DIR)"
}

from="${STEWARD_BIN_DIR:-}"
prefix=""
while [ $# -gt 0 ]; do
    case "$1" in
        --from) [ $# -ge 2 ] || { usage >&2; exit 2; }; from="$2"; shift 2 ;;
        --from=*) from="${1#--from=}"; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "install.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) [ -z "$prefix" ] || { echo "install.sh: one PREFIX only (got $prefix and $1)" >&2; exit 2; }; prefix="$1"; shift ;;
    esac
done
prefix="${prefix:-/usr/local}"
root="$(cd "$(dirname "$0")/.." && pwd)"

check_binaries() {
    for b in steward steward-mcp; do
        if [ ! -x "$from/$b" ]; then
            echo "install.sh: $from/$b is missing or not executable; build it first (swift build -c release) or point --from at the folder that holds it" >&2
            exit 1
        fi
    done
}
[ -z "$from" ] || check_binaries

# Before any build: a prefix we cannot write is said at once.
bin="$prefix/bin"
bash_dir="$prefix/share/bash-completion/completions"
zsh_dir="$prefix/share/zsh/site-functions"
fish_dir="$prefix/share/fish/vendor_completions.d"
man_dir="$prefix/share/man/man1"
if ! mkdir -p "$bin" "$bash_dir" "$zsh_dir" "$fish_dir" "$man_dir" 2>/dev/null || [ ! -w "$bin" ]; then
    echo "install.sh: cannot write under $prefix; run it with sudo, or give a prefix of your own (scripts/install.sh ~/.local)" >&2
    exit 1
fi

if [ -z "$from" ]; then
    echo "Building steward and steward-mcp (release; this takes a while)..."
    (cd "$root" && swift build -c release --product steward && swift build -c release --product steward-mcp)
    from="$(cd "$root" && swift build -c release --show-bin-path)"
fi
check_binaries

# Stripped into the destination (the build folder's copy keeps its symbols for debugging),
# through a temporary name so a running steward is replaced, never written over.
for b in steward steward-mcp; do
    tmp="$bin/.$b.installing.$$"
    if command -v strip >/dev/null 2>&1; then
        strip -o "$tmp" "$from/$b"
    else
        echo "install.sh: strip not found; installing $b unstripped" >&2
        cp "$from/$b" "$tmp"
    fi
    chmod 755 "$tmp"
    mv -f "$tmp" "$bin/$b"
done

# Completions from ArgumentParser's own generator, by the binary just installed.
"$bin/steward" --generate-completion-script bash > "$bash_dir/steward"
"$bin/steward" --generate-completion-script zsh > "$zsh_dir/_steward"
"$bin/steward" --generate-completion-script fish > "$fish_dir/steward.fish"

# Man pages from ArgumentParser's generate-manual (the same generator its SwiftPM plugin runs),
# built once from the checkout SwiftPM made of swift-argument-parser, then reused.
parser="$root/.build/checkouts/swift-argument-parser"
generator="$root/.build-manual/debug/generate-manual"
man_note=""
if [ ! -x "$generator" ] && [ -f "$parser/Package.swift" ]; then
    echo "Building ArgumentParser's generate-manual for the man pages (once)..."
    swift build --package-path "$parser" --scratch-path "$root/.build-manual" --product generate-manual >/dev/null 2>&1 ||
        man_note="building generate-manual failed (run: swift build --package-path $parser --scratch-path $root/.build-manual --product generate-manual)"
fi
if [ -x "$generator" ]; then
    # The date of the commit installed, so the same sources give the same page.
    day=$(git -C "$root" log -1 --format=%cs 2>/dev/null || date +%Y-%m-%d)
    for b in steward steward-mcp; do
        out=$(mktemp -d)
        # One page per binary; steward-mcp calls itself "steward mcp", hence the glob.
        if "$generator" "$bin/$b" --date "$day" --output-directory "$out" >/dev/null && set -- "$out"/*.1 && [ -s "$1" ]; then
            mv -f "$1" "$man_dir/$b.1"
        else
            man_note="generate-manual could not write the page for $b"
        fi
        rm -rf "$out"
    done
elif [ -z "$man_note" ]; then
    man_note="no man pages: $parser is missing (run 'swift build' once in $root so SwiftPM fetches swift-argument-parser, then install again)"
fi

echo "Installed steward $("$bin/steward" --version) into $prefix:"
echo "  $bin/steward"
echo "  $bin/steward-mcp"
echo "  $bash_dir/steward"
echo "  $zsh_dir/_steward"
echo "  $fish_dir/steward.fish"
if [ -z "$man_note" ]; then
    echo "  $man_dir/steward.1"
    echo "  $man_dir/steward-mcp.1"
else
    echo "install.sh: $man_note" >&2
fi
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "Add $bin to your PATH to run steward." ;;
esac
