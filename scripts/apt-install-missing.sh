#!/usr/bin/env bash
# Installs the Debian packages named as arguments with apt-get when running as root; otherwise says which to
# install and fails. Used by the CI scripts that need tools beyond the Swift toolchain.
#
#   scripts/apt-install-missing.sh NAME [PACKAGE...]     (NAME prefixes the messages; no package: nothing to do)
set -euo pipefail
name="$1"; shift
[ "$#" -gt 0 ] || exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "$name: missing $*: install them (apt-get install $*)" >&2
  exit 1
fi
echo "$name: installing $*"
apt-get update -qq >/dev/null || { echo "$name: apt-get update failed; install $* by hand" >&2; exit 1; }
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
  || { echo "$name: apt-get install $* failed" >&2; exit 1; }
