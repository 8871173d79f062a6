#!/bin/sh
# Installs, only when missing, the Debian 12 packages nodus builds against;
# extra package names given as arguments are installed the same way
# (`make format` asks for clang-format, `make oracle` for npm).
# Idempotent: a machine that has them all runs no apt-get at all.
set -e
PKGS="gcc g++ make cmake pkg-config libjavascriptcoregtk-4.1-dev libuv1-dev libicu-dev $*"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "install-deps: installing$missing" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
