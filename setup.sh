#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Verdes authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The one script a developer or CI runs. It installs what is missing (Debian 12), builds and
#   ./setup.sh demo     opens Verdes on a generated demo village
#   ./setup.sh test     runs the whole test suite (what .ci/run calls)
#   ./setup.sh deps     only installs the build dependencies
#   ./setup.sh build    installs and builds the debug preset
#   ./setup.sh demo-prepare  makes the demo hub and enrols the demo village, as demo does before it
#                       opens the window (needs the release build; the smoke stage runs it)
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'setup.sh: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Packages from bookworm's main suite, and the one we need from bookworm-backports.
packages=(
    build-essential cmake ninja-build pkg-config git ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-pdf-dev qt6-charts-dev libqt6opengl6-dev qt6-translations-l10n
    libqt6svg6 qt6-qpa-plugins libgl-dev
    libsodium-dev libxlsxwriter-dev libqrencode-dev
    clang clang-tidy clang-format clang-tools libclang-rt-14-dev llvm
    xvfb xauth x11-utils imagemagick fonts-dejavu-core fonts-noto-core
    poppler-utils unzip openssl
    libpq-dev postgresql-15
)
# postgresql-15 is there for the hub's storage tests, which start a throw-away server of their own in a
# temporary folder; the cluster the package may make at install is not used.
backports_packages=(libsqlcipher-dev)
# Only for `test` (CI's packages stage): cpack's dependency scan (dpkg-shlibdeps, file), lintian, and a
# real nginx for the hub's site. Not for `demo` or `deps`: on a machine with systemd, installing
# nginx-light starts it on port 80.
packaging_packages=(dpkg-dev file lintian nginx-light openssl curl python3)

have_all_packages() {
    local p
    for p in "${packages[@]}" "${backports_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || return 1
    done
}

sqlcipher_major() {
    dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null | sed -E 's/^[0-9]+://; s/^([0-9]+).*/\1/'
}

# The mirror this machine's own apt sources use for bookworm (offices often have a local one), read
# from apt's configuration in either format (one-line .list or deb822 .sources); no host of our own.
bookworm_mirror() {
    apt-get indextargets --no-release-info --format '$(RELEASE) $(REPO_URI)' 2>/dev/null \
        | awk '$1 == "bookworm" { print $2; exit }'
}

add_backports() {
    if apt-get indextargets --no-release-info --format '$(RELEASE)' 2>/dev/null | grep -qx 'bookworm-backports'; then
        return 0
    fi
    local mirror
    mirror=$(bookworm_mirror)
    [ -n "$mirror" ] || die "no apt source for Debian bookworm found: add one, then run this again"
    say "Adding bookworm-backports on $mirror (SQLCipher 4 lives there)"
    local keyring=/usr/share/keyrings/debian-archive-keyring.gpg signed=""
    [ -r "$keyring" ] && signed="Signed-By: $keyring"
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\n%s\n' "$mirror" "$signed" \
        | as_root tee /etc/apt/sources.list.d/verdes-bookworm-backports.sources >/dev/null
}

install_deps() {
    if have_all_packages && [ "$(sqlcipher_major)" -ge 4 ] 2>/dev/null; then
        return 0
    fi
    [ -r /etc/debian_version ] || die "this script expects Debian 12 (bookworm)"
    add_backports
    say "Installing build dependencies"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update
    as_root apt-get install -y --no-install-recommends "${packages[@]}"
    as_root apt-get install -y --no-install-recommends -t bookworm-backports "${backports_packages[@]}"
    local major
    major=$(sqlcipher_major)
    if [ -z "$major" ] || [ "$major" -lt 4 ]; then
        die "libsqlcipher-dev $(dpkg-query -W -f='${Version}' libsqlcipher-dev) is too old: Verdes needs SQLCipher 4.x from bookworm-backports"
    fi
}

configure_build() {
    local preset=$1
    shift
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset" "$@" >&2
    fi
    cmake --build --preset "$preset" >&2
}

# The demo's district hub (issue 13 §5): a hub on loopback with a self-signed certificate, and the
# demo village enrolled with it, so that a new user can seal the prepared meeting in the application
# and watch its batch go up and the receipt come back. Made once, beside the demo village the
# application opens (its folder under the user's data folder); served while the application runs.
demo_port=8471
demo_passphrase='desa contoh 2026' # the demo village's, as the application makes it
demo_data() { echo "${XDG_DATA_HOME:-$HOME/.local/share}/Verdes/verdes/demo"; }

# Makes the demo hub and enrols the demo village with it, once: `hub-ready` is written when all of it
# worked, so that a run that failed half-way starts again from the beginning the next time. What the
# programs say goes to prepare.log, shown when a step fails.
prepare_demo_hub() {
    local data
    data=$(demo_data)
    local vault="$data/Desa Contoh.verdes" hub="$data/hub" log="$data/prepare.log"
    local verdes=build/release/app/verdes/verdes verdes_hub=build/release/app/verdes-hub/verdes-hub
    [ -x "$verdes" ] && [ -x "$verdes_hub" ] || die "build the release first: ./setup.sh demo"
    mkdir -p "$data"
    [ -f "$data/hub-ready" ] && return 0
    say "Preparing the demo's district hub (https://127.0.0.1:$demo_port)"
    rm -rf "$hub" "$data/hub-tls" "$data/enrol.venq" "$data/enrol.answer"
    : >"$log"
    fail() { tail -20 "$log" >&2; die "$1 (the whole log: $log)"; }
    mkdir -p -m 700 "$data/hub-tls"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
        -subj "/CN=Verdes demo hub" -addext subjectAltName=IP:127.0.0.1 \
        -keyout "$data/hub-tls/key.pem" -out "$data/hub-tls/cert.pem" >>"$log" 2>&1 \
        || fail "the demo hub's certificate could not be made"
    "$verdes_hub" init "$hub" --district-code 3315 --name "Dinas Sosial Demo (DATA CONTOH)" \
        --url "https://127.0.0.1:$demo_port" --tls-cert "$data/hub-tls/cert.pem" >>"$log" 2>&1 \
        || fail "the demo hub could not be made"
    if [ ! -d "$vault" ]; then
        printf '%s\n' "$demo_passphrase" | "$verdes" demo "$vault" >>"$log" 2>&1 \
            || fail "the demo village could not be made"
    fi
    # The fingerprint that would be read aloud at a real enrolment: the first word after the label.
    local fingerprint
    fingerprint=$("$verdes_hub" status "$hub" 2>>"$log" | sed -n 's/^Fingerprint: \([0-9A-F-]*\).*/\1/p')
    [ -n "$fingerprint" ] || fail "the demo hub's status names no fingerprint"
    printf '%s\n' "$demo_passphrase" | "$verdes" enrol request "$vault" "$data/enrol.venq" >>"$log" 2>&1 \
        && "$verdes_hub" enrol "$hub" "$data/enrol.venq" --answer "$data/enrol.answer" --force >>"$log" 2>&1 \
        && printf '%s\n' "$demo_passphrase" | "$verdes" enrol accept "$vault" "$data/enrol.answer" \
            --hub-fingerprint "$fingerprint" >>"$log" 2>&1 \
        || fail "the demo village could not be enrolled with the demo hub"
    rm -f "$data/enrol.venq" "$data/enrol.answer"
    touch "$data/hub-ready"
}

# Serves the demo hub while this script runs (until the application closes).
start_demo_hub() {
    prepare_demo_hub
    local data
    data=$(demo_data)
    build/release/app/verdes-hub/verdes-hub serve "$data/hub" --listen "127.0.0.1:$demo_port" \
        --tls-cert "$data/hub-tls/cert.pem" --tls-key "$data/hub-tls/key.pem" >"$data/hub.log" 2>&1 &
    local pid=$!
    # shellcheck disable=SC2064 # the pid is known now
    trap "kill $pid 2>/dev/null || true" EXIT
    sleep 0.5
    kill -0 "$pid" 2>/dev/null || { cat "$data/hub.log"; say "The demo hub did not start: batches stay in the outbox."; }
}

cmd=${1:-help}
case "$cmd" in
deps)
    install_deps
    ;;
build)
    install_deps
    configure_build debug
    ;;
demo)
    install_deps
    configure_build release
    start_demo_hub
    say "Opening Verdes on the demo village"
    build/release/app/verdes/verdes --demo
    ;;
demo-prepare)
    # What `demo` does before it opens the window, without installing or building (the smoke stage).
    prepare_demo_hub
    ;;
test)
    packages+=("${packaging_packages[@]}")
    install_deps
    exec "$here/.ci/stages" all
    ;;
*)
    sed -n '5,12p' "$0" | sed 's/^# \{0,1\}//'
    [ "$cmd" = help ] || exit 1
    ;;
esac
