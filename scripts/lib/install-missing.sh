# Sourced by CI scripts: installs Debian packages that are missing, when running as root with apt-get.
#
#   install_missing NAME PACKAGE…     NAME prefixes the messages; fails (exit 1) when packages cannot be installed
install_missing() {
  local name="$1"; shift
  [ "$#" -gt 0 ] || return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "$name: installing $*"
    apt-get update -qq >/dev/null || { echo "$name: apt-get update failed; install $* by hand" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
      || { echo "$name: apt-get install $* failed" >&2; exit 1; }
  fi
}
