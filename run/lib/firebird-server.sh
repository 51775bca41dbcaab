# Sourced by run/test (and the demo): installs and starts Debian's Firebird 3 server on 127.0.0.1:3050
# for the server-mode tests, and tells where a database may live and SYSDBA's password.
FB_PACKAGES=(libfbclient2 firebird3.0-server-core firebird3.0-server firebird3.0-utils)
FB_PASSWORD_FILE=/etc/firebird/3.0/SYSDBA.password

source "$(dirname "${BASH_SOURCE[0]}")/debian.sh"

fb_install() {
    # A fresh install takes this SYSDBA password; an existing one keeps its own (read below).
    if [ -n "$(debian_missing "${FB_PACKAGES[@]}")" ] && [ "$(id -u)" -eq 0 ]; then
        echo "firebird3.0-server shared/firebird/sysdba_password/first_install password masterkey" | debconf-set-selections
    fi
    debian_install "${FB_PACKAGES[@]}"
}

fb_listening() {
    (exec 3<>/dev/tcp/127.0.0.1/3050) 2>/dev/null
}

fb_start() {
    fb_listening && return 0
    # its own session: a caller killed with its process group (a CI step, a job) must not take the
    # server down with it while other tests use it
    setsid /etc/init.d/firebird3.0 start >/dev/null 2>&1 </dev/null || true
    local i
    for ((i = 0; i < 100; i++)); do
        fb_listening && return 0
        sleep 0.1
    done
    echo "run/test: the Firebird server did not start on 127.0.0.1:3050" >&2
    return 1
}

fb_password() {
    sed -n 's/^ISC_PASSWORD="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$FB_PASSWORD_FILE"
}

# A folder the server (user firebird) can create databases in.
fb_test_dir() {
    local dir=/var/lib/optovik-test
    install -d -o firebird -g firebird -m 0770 "$dir"
    printf '%s' "$dir"
}

# The embedded Firebird engine installs its own signal handlers; the JVM uses SIGSEGV itself (null
# checks, safepoints), so without signal chaining a Java process with the engine loaded dies at
# random with exit 139 and no hs_err. libjsig chains the handlers.
jvm_signal_chaining() {
    local lib
    lib=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/libjsig.so
    [ -f "$lib" ] && printf '%s' "$lib"
}
