# Sourced by run/test: Debian's Chromium and its driver for the end-to-end browser test (the test points
# Selenium at /usr/bin/chromium and /usr/bin/chromedriver, so nothing is downloaded at test time).
CHROMIUM_PACKAGES=(chromium chromium-driver)

source "$(dirname "${BASH_SOURCE[0]}")/debian.sh"

chromium_install() {
    debian_install "${CHROMIUM_PACKAGES[@]}"
}
