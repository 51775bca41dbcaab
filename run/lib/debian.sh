# Sourced by the other run/lib scripts and run/test: installs the Debian packages a test needs when missing.

# Prints the named packages that are not installed, space-separated.
debian_missing() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || printf '%s ' "$pkg"
    done
}

# Installs the named packages that are missing (root only; otherwise says what to run and fails).
debian_install() {
    local missing
    missing=$(debian_missing "$@")
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "run/test: as root run: apt-get install -y --no-install-recommends $missing" >&2
        return 1
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}
