#!/usr/bin/env bash
# Registers demo clients through the real site, as a browser would: GET / (CSRF cookie and hidden
# field), POST the form, the confirmation letter from the pickup folder, GET /confirm, POST its button.
# usage: demo-clients.sh BASE_URL OPTOVIK_HOME COUNT LAUNCHER
set -uo pipefail
BASE=$1 HOME_DIR=$2 COUNT=$3 LAUNCHER=$4
PICKUP=$HOME_DIR/mail/pickup
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fail() { printf 'optovik demo: %s\n' "$*" >&2; exit 1; }
field() { grep -o "name=\"$1\" value=\"[^\"]*\"" "$2" | sed 's/.*value="\([^"]*\)"/\1/'; }

# A valid 10-digit organisation ИНН: nine digits and the control digit (weights 2 4 10 3 5 9 4 6 8).
inn() {
    local base w=(2 4 10 3 5 9 4 6 8) sum=0 i
    base=$(printf '77%07d' "$1")
    for ((i = 0; i < 9; i++)); do sum=$((sum + ${base:i:1} * w[i])); done
    printf '%s%d' "$base" $((sum % 11 % 10))
}

# The letter's plain text, decoded whatever its transfer encoding (base64 or quoted-printable).
letter_text() {
    if grep -qi '^Content-Transfer-Encoding: base64' "$1"; then
        tr -d '\r' <"$1" | awk 'BEGIN{b=0} /^Content-Transfer-Encoding: base64/{b=1;next} b==1&&/^$/{b=2;next} b==2&&/^$/{exit} b==2&&/^--/{exit} b==2{print}' | base64 -d 2>/dev/null
    else
        tr -d '\r' <"$1" | sed -e ':a' -e '/=$/{N;s/=\n//;ba' -e '}' | sed 's/=3D/=/g'
    fi
}

# The letter to the address, waited for.
letter_to() {
    local i f
    for ((i = 0; i < 200; i++)); do
        f=$(grep -l -i "^To:.*$1" "$PICKUP"/*.eml 2>/dev/null | head -n 1)
        [ -n "$f" ] && { printf '%s' "$f"; return 0; }
        sleep 0.1
    done
    return 1
}

"$LAUNCHER" exec discount:add Опт --price-type Оптовая >/dev/null || fail "discount:add failed"
"$LAUNCHER" exec discount:add Опт-5 --price-type Оптовая --percent 5 >/dev/null || fail "discount:add failed"
"$LAUNCHER" exec discount:add Розница-3 --price-type Розничная --percent 3 --rounding ruble >/dev/null || fail "discount:add failed"
DISCOUNTS=(Опт Опт-5 Розница-3)
FORMATS_WANTED=("xlsx" "pdf" "csv" "xlsx pdf" "csv xlsx")
PRICELISTS=(daily weekly monthly)
NOTICES=(instant instant instant daily off)
STOCK=(total per-warehouse)

curl -s -o "$WORK/form.html" -c "$WORK/probe" "$BASE/" || fail "GET $BASE/ failed"
mapfile -t GROUP_IDS < <(field groups "$WORK/form.html")
mapfile -t FORMATS < <(field formats "$WORK/form.html")
[ ${#GROUP_IDS[@]} -gt 0 ] || fail "the form offers no groups (is the catalog imported?)"
# The section catalog:generate --next leaves as it was: the last client takes only it and hears nothing.
STEADY=$(grep -o 'name="groups" value="[^"]*"[^>]*> Кварцевые резонаторы' "$WORK/form.html" | sed 's/.*value="\([^"]*\)".*/\1/')
[ -n "$STEADY" ] || fail "the form offers no group «Кварцевые резонаторы»"
[ ${#FORMATS[@]} -gt 0 ] || fail "the form offers no formats"

for ((n = 1; n <= COUNT; n++)); do
    jar=$WORK/jar-$n email=client$n@demo.krek.test
    curl -s -c "$jar" -b "$jar" -o "$WORK/page" "$BASE/" || fail "GET / failed"
    csrf=$(field csrf "$WORK/page")
    args=(--data-urlencode "csrf=$csrf" --data-urlencode "company=Демо-клиент $n" --data-urlencode "inn=$(inn "$n")" --data-urlencode "kpp=770101001"
        --data-urlencode "contact=Контакт $n" --data-urlencode "email=$email" --data-urlencode "city=Москва"
        --data-urlencode "pricelist_frequency=${PRICELISTS[n % 3]}" --data-urlencode "notify_frequency=${NOTICES[n % 5]}"
        --data-urlencode "stock=${STOCK[n % 2]}" --data-urlencode "consent=yes")
    (( n % 4 == 3 )) && args+=(--data-urlencode "in_stock_only=yes")
    # two or three groups of the tree each, spread over it; the first client takes the whole catalog,
    # the last one only the steady section
    if [ "$n" -eq "$COUNT" ]; then
        args+=(--data-urlencode "groups=$STEADY")
    elif [ "$n" -gt 1 ]; then
        for k in 0 1 2; do
            (( k == 2 && n % 2 == 0 )) && continue
            args+=(--data-urlencode "groups=${GROUP_IDS[(n * 7 + k * 13) % ${#GROUP_IDS[@]}]}")
        done
    fi
    for f in ${FORMATS_WANTED[n % 5]}; do
        [[ " ${FORMATS[*]} " == *" $f "* ]] && args+=(--data-urlencode "formats=$f")
    done
    code=$(curl -s -c "$jar" -b "$jar" -o "$WORK/answer" -w '%{http_code}' "${args[@]}" "$BASE/")
    case "$code" in 2??|3??) ;; *) fail "registering $email: HTTP $code: $(grep -o 'class="error"[^<]*' "$WORK/answer" | head -n 3)";; esac
    letter=$(letter_to "$email") || fail "no confirmation letter to $email in $PICKUP"
    link=$(letter_text "$letter" | grep -o 'http[^[:space:]"<>]*/confirm?token=[^[:space:]"<>]*' | head -n 1)
    [ -n "$link" ] || fail "no /confirm link in $letter"
    path=/${link#*://*/}
    curl -s -c "$jar" -b "$jar" -o "$WORK/confirm" "$BASE$path" || fail "GET /confirm failed"
    code=$(curl -s -c "$jar" -b "$jar" -o "$WORK/done" -w '%{http_code}' --data-urlencode "csrf=$(field csrf "$WORK/confirm")" \
        --data-urlencode "token=$(field token "$WORK/confirm")" "$BASE/confirm")
    case "$code" in 2??|3??) ;; *) fail "confirming $email: HTTP $code";; esac
    id=$("$LAUNCHER" exec client:list | awk -v e="$email" '$0 ~ e {print $1; exit}')
    [ -n "$id" ] || fail "$email is not in client:list"
    d=${DISCOUNTS[(n / 2) % 3]}
    "$LAUNCHER" exec client:discount "$id" "$d" >/dev/null || fail "client:discount $id $d failed"
done
