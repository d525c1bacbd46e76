#!/usr/bin/env bash
# Installs the Debian packages Moat's tests need when they are missing (needs root or sudo).
set -euo pipefail
declare -A provides=(
  [docker-registry]=docker-registry [skopeo]=skopeo [umoci]=umoci [debootstrap]=debootstrap
  [htpasswd]=apache2-utils [openssl]=openssl [zstd]=zstd [npm]=npm [node]=nodejs [curl]=curl
)
missing=()
for tool in "${!provides[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("${provides[$tool]}")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "installing test dependencies: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
