#!/usr/bin/env bash
# Builds a one-layer image of FILES (default 3 million) tiny text files laid out like a Debian system
# (~55 MB of gzip), with the real dpkg status, os-release and debian_version of the fixture bookworm
# base so both scanners find the same OS packages (Trivy needs debian_version to call it Debian).
# No Docker engine: the layer tar is written by gen-many-files-layer.py, added with `umoci raw add-layer`,
# exported with skopeo.
#
# usage: make-many-files-image.sh OUT_DIR
#   env: FILES (default 3000000), FIXTURES (default /tmp/moat-fixtures, for the dpkg status)
# Produces: OUT_DIR/oci (OCI layout, tag "many") and OUT_DIR/many.docker.tar.
# Cached: does nothing when OUT_DIR/many.done records the same FILES. Takes a few minutes.
set -euo pipefail
usage() { sed -n '2,12s/^# \{0,1\}//p' "$0" >&2; exit 2; }
[ $# -eq 1 ] || usage
case "$1" in -h|--help) usage ;; esac
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
FILES=${FILES:-3000000}
FIXTURES=${FIXTURES:-/tmp/moat-fixtures}
mkdir -p "$1" && OUT=$(readlink -f "$1")
stamp="files=$FILES v2"
if [ -f "$OUT/many.done" ] && [ "$(cat "$OUT/many.done")" = "$stamp" ] && [ -f "$OUT/many.docker.tar" ]; then
  echo "many-files image already built in $OUT ($stamp)"; exit 0
fi
for t in umoci skopeo python3; do command -v $t >/dev/null || { echo "make-many-files-image: needs $t" >&2; exit 2; }; done
base=$FIXTURES/rootfs-base
[ -f "$base/var/lib/dpkg/status" ] || { echo "make-many-files-image: no $base/var/lib/dpkg/status; build fixtures first: src/test/fixtures/make-images.sh $FIXTURES" >&2; exit 2; }

work=$(mktemp -d "$OUT/.work.XXXXXX")
trap 'rm -rf "$work"' EXIT
rm -f "$OUT/many.done" "$OUT/many.docker.tar"; rm -rf "$OUT/oci"
echo "writing a layer of $FILES files..."
python3 "$here/gen-many-files-layer.py" --files "$FILES" \
  --include "$base/var/lib/dpkg/status=var/lib/dpkg/status" \
  --include "$(readlink -f "$base/etc/os-release")=etc/os-release" \
  --include "$base/etc/debian_version=etc/debian_version" > "$work/layer.tar"
umoci init --layout "$OUT/oci"
umoci new --image "$OUT/oci:many"
echo "compressing and adding the layer ($(du -h "$work/layer.tar" | cut -f1) uncompressed)..."
umoci raw add-layer --image "$OUT/oci:many" --history.created_by "make-many-files-image.sh $FILES files" "$work/layer.tar"
umoci config --image "$OUT/oci:many" --os linux --architecture amd64 --config.cmd /bin/sh
umoci gc --layout "$OUT/oci"
skopeo copy -q "oci:$OUT/oci:many" "docker-archive:$OUT/many.docker.tar:moat-bench/many:latest"
echo "$stamp" > "$OUT/many.done"
echo "many-files image: $OUT/oci (tag many), $OUT/many.docker.tar ($(du -h "$OUT/many.docker.tar" | cut -f1))"
