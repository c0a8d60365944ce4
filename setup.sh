#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Verdes authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The one script a developer or CI runs. It installs what is missing (Debian 12), builds and
#   ./setup.sh demo     opens Verdes on a generated demo village
#   ./setup.sh test     runs the whole test suite (what .ci/run calls)
#   ./setup.sh deps     only installs the build dependencies
#   ./setup.sh build    installs and builds the debug preset
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
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-pdf-dev qt6-translations-l10n
    libqt6svg6 qt6-qpa-plugins libgl-dev
    libsodium-dev
    clang clang-tidy clang-format clang-tools libclang-rt-14-dev llvm
    xvfb xauth x11-utils imagemagick fonts-dejavu-core fonts-noto-core
)
backports_packages=(libsqlcipher-dev)

have_all_packages() {
    local p
    for p in "${packages[@]}" "${backports_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || return 1
    done
}

sqlcipher_major() {
    dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null | sed -E 's/^[0-9]+://; s/^([0-9]+).*/\1/'
}

install_deps() {
    if have_all_packages && [ "$(sqlcipher_major)" -ge 4 ] 2>/dev/null; then
        return 0
    fi
    [ -r /etc/debian_version ] || die "this script expects Debian 12 (bookworm)"
    say "Adding bookworm-backports (SQLCipher 4 lives there)"
    local list=/etc/apt/sources.list.d/verdes-bookworm-backports.list
    if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        echo 'deb http://deb.debian.org/debian bookworm-backports main' | as_root tee "$list" >/dev/null
    fi
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
    say "Opening Verdes on the demo village"
    exec build/release/app/verdes/verdes --demo
    ;;
test)
    install_deps
    exec "$here/.ci/stages" all
    ;;
*)
    sed -n '5,10p' "$0" | sed 's/^# \{0,1\}//'
    [ "$cmd" = help ] || exit 1
    ;;
esac
