#!/usr/bin/env bash
# Installs the Debian 12 packages tacitus needs to build and test.
# Idempotent: does nothing when everything is already installed.
set -euo pipefail
pkgs=(build-essential pkg-config libjson-c-dev libcmocka-dev libsqlite3-dev python3)
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
