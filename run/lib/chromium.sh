# Sourced by run/test: Debian's Chromium and its driver for the end-to-end browser test (the test points
# Selenium at /usr/bin/chromium and /usr/bin/chromedriver, so nothing is downloaded at test time).
CHROMIUM_PACKAGES=(chromium chromium-driver)

chromium_missing_packages() {
    local pkg
    for pkg in "${CHROMIUM_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || printf '%s ' "$pkg"
    done
}

chromium_install() {
    local missing
    missing=$(chromium_missing_packages)
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "run/test: as root run: apt-get install -y --no-install-recommends $missing" >&2
        return 1
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}
