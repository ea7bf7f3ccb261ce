#!/bin/sh
# Installs what Steward needs on Debian/Ubuntu: libgit2 (through pkg-config), SQLite, git
# (sync with a remote runs it, spec 22.2; the tests check repositories with the git CLI and
# run git daemon, which Debian's git package holds), openssh-client and openssh-server (the tests
# also sync over ssh, through a real sshd on 127.0.0.1 that they start themselves; the package's
# own sshd service is not needed), lighttpd, lighttpd-mod-openssl and openssl (the tests sync
# over https too, through a real lighttpd running git http-backend on 127.0.0.1, with a
# certificate openssl makes; the package's own lighttpd service is not needed), tzdata,
# bubblewrap and util-linux (the skill sandbox), python3 and its venv, curl, chromium and
# chromium-driver (the client tests), postgresql (the shared
# store's tests start a cluster of their own, spec 23.9). Swift 6 must already be installed.
# Safe to run again: it does nothing when everything is there.
set -eu
packages="libgit2-dev pkg-config libsqlite3-dev git openssh-client openssh-server lighttpd lighttpd-mod-openssl openssl tzdata ca-certificates bubblewrap util-linux python3 python3-venv curl chromium chromium-driver postgresql"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
  # The tests start a PostgreSQL cluster of their own (StewardTestSupport/PostgresServer.swift);
  # the one Debian's package has just created and started is not used: stop it (none is fine).
  case " $missing " in *" postgresql "*)
    for c in $(pg_lsclusters -h 2>/dev/null | awk '$4 == "online" { print $1 "/" $2 }'); do
      $sudo pg_ctlcluster "${c%/*}" "${c#*/}" stop || true
    done
    $sudo service postgresql stop >/dev/null 2>&1 || true ;;
  esac
  # Likewise the lighttpd service the package may have started on port 80: the tests run their own.
  case " $missing " in *" lighttpd "*) $sudo service lighttpd stop >/dev/null 2>&1 || true ;; esac
fi
command -v swift >/dev/null 2>&1 || { echo "Swift 6 is not installed: get it from https://swift.org/install (the toolchain for your Linux) and put it on PATH." >&2; exit 1; }
pkg-config --exists libgit2 || { echo "libgit2 is still not visible to pkg-config; check that libgit2-dev installed." >&2; exit 1; }
