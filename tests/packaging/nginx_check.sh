#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Verdes authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the shipped nginx site of verdes-hub through a real nginx on loopback and checks what it
# promises (issue 13 §4): /v1/ passes through over TLS, a body over 2 MiB is refused with 413, a path
# outside /v1/ is 404, a burst is answered 429, and `nginx -t` accepts the configuration.
#   tests/packaging/nginx_check.sh [SITE]     (default: resources/packaging/verdes-hub/verdes-hub.nginx)
# Everything runs in a temporary folder on free loopback ports and is stopped at the end.
#
# The backend is the real hub when VERDES_NGINX_BACKEND names the command that starts it, with {port}
# (and {dir}, the temporary folder) in it, as the packages stage does with the installed hub:
#   VERDES_NGINX_BACKEND='verdes-hub serve HUBDIR --listen 127.0.0.1:{port}'
# Without it, a stand-in answers GET /v1/health from a file (to check a site without a build).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
site=${1:-$here/../../resources/packaging/verdes-hub/verdes-hub.nginx}
backend=${VERDES_NGINX_BACKEND:-'python3 -m http.server --bind 127.0.0.1 --directory {dir}/www {port}'}

for tool in nginx openssl curl python3; do
    command -v "$tool" >/dev/null || { echo "nginx_check: $tool is missing (./setup.sh test installs it)"; exit 1; }
done
[ -r "$site" ] || { echo "nginx_check: no site file $site"; exit 1; }

tmp=$(mktemp -d)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$tmp"
}
trap cleanup EXIT

fail() {
    echo "nginx_check: $*"
    local log
    for log in "$tmp/error.log" "$tmp"/logs/*error.log; do
        [ -s "$log" ] && { echo "--- $(basename "$log")"; cat "$log"; }
    done
    exit 1
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until something accepts connections on a loopback port.
wait_for_port() {
    local port=$1 pid=$2 tries=0
    until python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$port" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || return 1
        tries=$((tries + 1))
        [ "$tries" -lt 100 ] || return 1
        sleep 0.1
    done
}

# nginx's workers run as nobody when we are root: they must reach the temporary folder.
chmod 755 "$tmp"
mkdir -p "$tmp/www/v1" "$tmp/logs"
printf 'ok\n' >"$tmp/www/v1/health"

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
    -keyout "$tmp/hub.key" -out "$tmp/hub.pem" 2>/dev/null

backend_port=$(free_port)
tls_port=$(free_port)

# The shipped site with the test's certificate, ports and log folder; IPv4 only (a container may
# have no IPv6 loopback).
sed -e "s#/etc/ssl/certs/verdes-hub.pem#$tmp/hub.pem#" \
    -e "s#/etc/ssl/private/verdes-hub.key#$tmp/hub.key#" \
    -e "s#127.0.0.1:8470#127.0.0.1:$backend_port#" \
    -e "s#listen 443 ssl;#listen 127.0.0.1:$tls_port ssl;#" \
    -e '/listen \[::\]/d' \
    -e "s#/var/log/nginx/#$tmp/logs/#" \
    "$site" >"$tmp/site.conf"
grep -q "127.0.0.1:$tls_port ssl" "$tmp/site.conf" || fail "the site has no 'listen 443 ssl;' to move to a test port"
grep -q "127.0.0.1:$backend_port" "$tmp/site.conf" || fail "the site does not proxy to 127.0.0.1:8470"

user_line=""
[ "$(id -u)" -ne 0 ] || user_line="user nobody nogroup;"
cat >"$tmp/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/error.log warn;
events { worker_connections 128; }
http {
    client_body_temp_path $tmp/body;
    proxy_temp_path $tmp/proxy;
    access_log $tmp/logs/access.log;
    include $tmp/site.conf;
}
CONF

nginx_cmd=(nginx -p "$tmp" -c "$tmp/nginx.conf" -e "$tmp/error.log")
echo "nginx -t"
"${nginx_cmd[@]}" -t 2>&1 | sed 's/^/  /' || true
"${nginx_cmd[@]}" -t >/dev/null 2>&1 || fail "nginx -t refused the site"

command=${backend//\{port\}/$backend_port}
command=${command//\{dir\}/$tmp}
# shellcheck disable=SC2086 # the command is words on purpose
$command >"$tmp/backend.log" 2>&1 &
pids+=($!)
wait_for_port "$backend_port" "${pids[-1]}" || { cat "$tmp/backend.log"; fail "the backend did not start: $command"; }

"${nginx_cmd[@]}" -g 'daemon off;' &
pids+=($!)
wait_for_port "$tls_port" "${pids[-1]}" || fail "nginx did not start"

curl_tls=(curl -sS --max-time 10 --cacert "$tmp/hub.pem" --resolve "localhost:$tls_port:127.0.0.1")
url=https://localhost:$tls_port
bad=0
check() {
    local what=$1 want=$2 got=$3
    if [[ "$got" =~ ^($want)$ ]]; then
        echo "ok: $what ($got)"
    else
        echo "FAILED: $what: $got, expected $want"
        bad=1
    fi
}

body=$("${curl_tls[@]}" "$url/v1/health") || body="(curl failed)"
check "GET /v1/health passes through to the backend over TLS, the certificate verified" 'ok|\{"status":"ok"\}' "$body"

code=$("${curl_tls[@]}" -o /dev/null -w '%{http_code}' "$url/")
check "GET / is not exposed" 404 "$code"
code=$("${curl_tls[@]}" -o /dev/null -w '%{http_code}' "$url/v2/health")
check "GET /v2/health is not exposed" 404 "$code"
code=$("${curl_tls[@]}" -o /dev/null -w '%{http_code}' "$url/v1")
check "GET /v1 (no slash) is not exposed, nor redirected" 404 "$code"
code=$("${curl_tls[@]}" -o /dev/null -w '%{http_code}' "$url/v1/../etc/passwd" --path-as-is)
check "GET /v1/../etc/passwd is not exposed" "400|404" "$code"

# A part of 1 MiB goes through (the stand-in answers PUT with 501: what matters is that it is not 413).
head -c $((1024 * 1024)) /dev/zero >"$tmp/part"
code=$("${curl_tls[@]}" -o /dev/null -w '%{http_code}' -X PUT --data-binary "@$tmp/part" "$url/v1/uploads/part")
if [ "$code" = 413 ] || [ "$code" = 000 ]; then
    check "a part of 1 MiB reaches the backend" "not 413" "$code"
else
    echo "ok: a part of 1 MiB reaches the backend ($code)"
fi
head -c $((2 * 1024 * 1024 + 1)) /dev/zero >"$tmp/big"
code=$("${curl_tls[@]}" -o /dev/null -w '%{http_code}' -X PUT --data-binary "@$tmp/big" "$url/v1/uploads/test")
check "a body of 2 MiB + 1 byte is refused by nginx" 413 "$code"
if grep -q '/v1/uploads/test' "$tmp/backend.log"; then
    check "the refused body never reached the backend" "not reached" reached
fi

# A burst: 60 requests on one connection, faster than 10 a second with a burst of 20.
sleep 2 # let the limiter's bucket empty after the requests above
urls=()
for _ in $(seq 60); do urls+=(-o /dev/null "$url/v1/health"); done
codes=$("${curl_tls[@]}" -w '%{http_code}\n' "${urls[@]}" | sort | uniq -c | awk '{ printf "%s×%s ", $1, $2 }')
limited=$(grep -oE '[0-9]+×(429|503)' <<<"$codes" || true)
passed=$(grep -oE '[0-9]+×200' <<<"$codes" || true)
check "a burst of 60 requests: the first pass, the rest are limited (${codes% })" yes \
    "$([ -n "$limited" ] && [ -n "$passed" ] && echo yes || echo no)"

# The site's log line names the method, the path and the status; never a query string or a body.
# The limiter's bucket empties first: a request it refuses is named, query and all, in nginx's error
# log, which is not the access log this checks (and the hub's paths carry no query strings).
sleep 3
"${curl_tls[@]}" -o /dev/null "$url/v1/health?token=secret-in-query" || true
"${curl_tls[@]}" -o /dev/null -X PUT --data 'secret-in-body' "$url/v1/uploads/logged" || true
if ! grep -q '"GET /v1/health"' "$tmp/logs/verdes-hub.access.log"; then
    check "the site's access log names the requests" "logged" "$(tail -1 "$tmp/logs/verdes-hub.access.log")"
elif grep -q 'secret-in' "$tmp"/logs/*.log; then
    check "the access log holds no query string and no body" "absent" "$(grep 'secret-in' "$tmp"/logs/*.log)"
else
    echo "ok: the access log holds no query string and no body"
fi

[ "$bad" -eq 0 ] || fail "the nginx site does not do what it promises"
echo "nginx site checks passed"
