# The demo (run/optovik demo): the whole mission once, on its own OPTOVIK_HOME (default run/var-demo),
# which is wiped first so the demo can be run again. Sourced by run/optovik; uses its functions.

DEMO_OFFERS=${OPTOVIK_DEMO_OFFERS:-5000}
DEMO_CLIENTS=${OPTOVIK_DEMO_CLIENTS:-20}
DEMO_MARK=.optovik-demo
DEMO_BASE=http://127.0.0.1:$HTTP_PORT
DEMO_TIMEOUT=${OPTOVIK_DEMO_WAIT:-90}

demo_step() { printf '[%3ss] %s\n' $(( $(date +%s) - DEMO_STARTED )) "$*"; }

# A fresh home: only one the demo made itself (or an empty one) is wiped, never an operator's.
demo_reset() {
    if [ -d "$OPTOVIK_HOME" ] && [ -n "$(ls -A "$OPTOVIK_HOME" 2>/dev/null)" ] && [ ! -f "$OPTOVIK_HOME/$DEMO_MARK" ]; then
        fail "$OPTOVIK_HOME is not a demo home (no $DEMO_MARK in it); refusing to wipe it. Unset OPTOVIK_HOME (the demo uses run/var-demo) or point it to an empty folder"
        return 1
    fi
    cmd_stop >/dev/null || return 1
    rm -rf "$OPTOVIK_HOME" && mkdir -p "$OPTOVIK_HOME" && touch "$OPTOVIK_HOME/$DEMO_MARK"
}

# Waits until the function's number reaches the wanted one.
demo_wait_count() {
    local what=$1 want=$2 fn=$3 until=$(( $(date +%s) + DEMO_TIMEOUT ))
    while [ "$($fn)" -lt "$want" ]; do
        if [ "$(date +%s)" -ge "$until" ]; then
            fail "timed out waiting for $what"; return 1
        fi
        sleep 0.5
    done
}

# Generates an exchange beside the inbox, then moves it in as one subfolder: the watcher sees it whole.
demo_drop() {
    local name=$1; shift
    local tmp=$OPTOVIK_HOME/1c/demo-$name
    rm -rf "$tmp"
    cmd_exec catalog:generate "$tmp" --offers "$DEMO_OFFERS" "$@" >/dev/null || return 1
    mv "$tmp" "$OPTOVIK_HOME/1c/inbox/$name"
}

demo_runs_ok() { cmd_exec catalog:runs | grep -cw succeeded; }

# Waits until the number of successful import runs reaches $1.
demo_wait_import() {
    local want=$1 until=$(( $(date +%s) + DEMO_TIMEOUT ))
    while [ "$(demo_runs_ok)" -lt "$want" ]; do
        if cmd_exec catalog:runs | grep -Eq '\bfailed\b' || [ -n "$(ls -A "$OPTOVIK_HOME/1c/failed" 2>/dev/null)" ]; then
            fail "the import failed:"; cmd_exec catalog:runs >&2; return 1
        fi
        if [ "$(date +%s)" -ge "$until" ]; then
            fail "timed out waiting for import $want:"; cmd_exec catalog:runs >&2; return 1
        fi
        sleep 0.5
    done
}

# Every letter in the outbox sent (none queued or being sent).
demo_outbox_empty() { cmd_exec mail:outbox | awk 'NR > 1 && ($5 == "queued" || $5 == "sending") {busy = 1} END {exit busy}'; }

demo_wait_outbox() {
    local until=$(( $(date +%s) + DEMO_TIMEOUT ))
    until demo_outbox_empty; do
        if [ "$(date +%s)" -ge "$until" ]; then
            fail "timed out waiting for the outbox:"; cmd_exec mail:outbox >&2; return 1
        fi
        sleep 0.5
    done
}

# The demo's configuration: run/etc as it is, but with the pickup folder letters leave at once (the
# per-minute limit is for SMTP providers); an SMTP server configured in run/etc keeps its limit.
demo_etc() {
    [ "${DEMO_OWN_ETC:-}" = yes ] || return 0
    cp -r "$RUN_DIR/etc" "$OPTOVIK_ETC" || return 1
    if [ -z "$(cfg_value optovik.mail smtp.host)" ]; then
        printf '\n# run/optovik demo: pickup folder, no rate limit\nrate.per.minute = 0\n' >>"$OPTOVIK_ETC/optovik.mail.cfg"
    fi
}

cmd_demo() {
    local chains
    DEMO_STARTED=$(date +%s)
    demo_reset && demo_etc || return 1
    demo_step "demo home: $OPTOVIK_HOME (wiped)"
    cmd_start || return 1
    unset LD_PRELOAD   # the JVM's signal chaining is for the JVM, not for ssh and curl
    DEMO_STARTED=$(date +%s)
    # timing starts after the build and start: the mission itself
    demo_step "1C export of $DEMO_OFFERS offers into the drop folder"
    demo_drop first || return 1
    demo_wait_import 1 || return 1
    demo_step "imported: $(cmd_exec catalog:stats | grep -E '^offers:')"
    # the chain after the first import has nothing to do yet; let it finish before clients arrive
    demo_wait_count "the after-import chain" 1 demo_chain_done || return 1
    "$RUN_DIR/lib/demo-clients.sh" "$DEMO_BASE" "$OPTOVIK_HOME" "$DEMO_CLIENTS" "$0" || return 1
    demo_step "$DEMO_CLIENTS clients registered and confirmed through $DEMO_BASE/"
    cmd_exec mail:send >/dev/null || return 1
    demo_wait_outbox || return 1
    demo_step "price lists mailed: $(demo_letters pricelist) letters"
    cmd_exec pricelist:build --all --out "$OPTOVIK_HOME/demo-pricelists" >/dev/null || return 1
    demo_step "the same price lists as files in $OPTOVIK_HOME/demo-pricelists"
    chains=$(demo_chain_done)
    demo_drop next --next || return 1
    demo_wait_import 2 || return 1
    demo_step "next export imported: $(cmd_exec catalog:changes | wc -l) changes"
    demo_wait_count "the after-import chain" $((chains + 1)) demo_chain_done || return 1
    demo_wait_outbox || return 1
    demo_step "change notices mailed: $(demo_letters changes) letters"
    demo_report
}

# Succeeded runs of the after-import chain (notices, then price lists due each import).
demo_chain_done() { cmd_exec job:list | awk '$2 == "after-import" && $3 == "succeeded"' | wc -l; }

# Letters of one kind in the pickup folder (the kind is in the Message-ID, so in the file name).
demo_letters() { find "$OPTOVIK_HOME/mail/pickup" -maxdepth 1 -name "*-$1.*.eml" | wc -l; }

demo_report() {
    local letters
    letters=$(ls "$OPTOVIK_HOME/mail/pickup" | grep -c '\.eml$')
    say ""
    say "Optovik demo done in $(( $(date +%s) - DEMO_STARTED )) s (after the build and start):"
    say "  offers:        $(cmd_exec catalog:stats | sed -n 's/^offers: //p')"
    say "  clients:       $(cmd_exec client:list --status active | grep -c '@demo.krek.test') active"
    say "  letters:       $letters .eml in $OPTOVIK_HOME/mail/pickup: $(demo_letters registration) confirmations, $(demo_letters pricelist) price lists, $(demo_letters changes) change notices"
    say "  price lists:   attached to those letters; as files in $OPTOVIK_HOME/demo-pricelists"
    say "  imports:       $OPTOVIK_HOME/1c/processed"
    say "  registration:  $DEMO_BASE/"
    say "  shell:         OPTOVIK_HOME=$OPTOVIK_HOME OPTOVIK_SSH_PORT=$SSH_PORT run/optovik exec <command>, or ssh -p $SSH_PORT <user>@127.0.0.1"
    say "  stop it:       OPTOVIK_HOME=$OPTOVIK_HOME run/optovik stop   (run/optovik demo again starts afresh)"
}
