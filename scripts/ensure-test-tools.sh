#!/usr/bin/env bash
# Installs the system tools the tests drive, from Debian's packages, when they are missing.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v aws >/dev/null 2>&1 || missing+=(awscli)
command -v git >/dev/null 2>&1 || missing+=(git)
# ssh and ssh-keygen: the git-over-SSH tests make a key and clone through the system client.
{ command -v ssh >/dev/null 2>&1 && command -v ssh-keygen >/dev/null 2>&1; } || missing+=(openssh-client)
# The shared-state tests and the proxy e2e run Valkey's twin, nginx with TLS, and openssl.
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
# The deployment guide's test checks its systemd unit with systemd-analyze verify.
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${missing[*]} (Debian packages) for the tests"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
