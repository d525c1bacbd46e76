#!/usr/bin/env bash
# Builds a ~1.2 GB (uncompressed) image: the fixture bookworm base plus layers of real files found on
# this machine - the local Maven repository (jars, poms), a Python site-packages tree (dist-info
# metadata; the largest native packages left out), Node's global node_modules, and Go binaries
# shipped by Debian. No Docker engine: each layer is a tar added with `umoci raw add-layer`.
#
# usage: make-big-image.sh OUT_DIR
#   env: FIXTURES (default /tmp/moat-fixtures), M2 (default ~/.m2/repository),
#        SITE_PACKAGES (default: the largest pyenv site-packages), FORCE=1 to rebuild
# Produces: OUT_DIR/oci (OCI layout, tag "big"), OUT_DIR/big.docker.tar and OUT_DIR/truth-jars.txt
#   (the jars of the Maven repository layer; their paths give their real coordinates).
# Cached: does nothing when OUT_DIR/big.done exists (FORCE=1 rebuilds). Takes a few minutes.
set -euo pipefail
usage() { sed -n '2,13s/^# \{0,1\}//p' "$0" >&2; exit 2; }
[ $# -eq 1 ] || usage
case "$1" in -h|--help) usage ;; esac
FIXTURES=${FIXTURES:-/tmp/moat-fixtures}
M2=${M2:-$HOME/.m2/repository}
if [ -z "${SITE_PACKAGES:-}" ]; then
  SITE_PACKAGES=$(du -s "$HOME"/.pyenv/versions/*/lib/python3*/site-packages /usr/lib/python3/dist-packages 2>/dev/null \
    | sort -n | tail -n 1 | cut -f2 || true)
fi
mkdir -p "$1" && OUT=$(readlink -f "$1")
if [ -z "${FORCE:-}" ] && [ -f "$OUT/big.done" ] && [ -f "$OUT/big.docker.tar" ]; then
  echo "big image already built in $OUT"; exit 0
fi
for t in umoci skopeo tar; do command -v $t >/dev/null || { echo "make-big-image: needs $t" >&2; exit 2; }; done
[ -f "$FIXTURES/oci/index.json" ] || { echo "make-big-image: no fixture layout $FIXTURES/oci; build it: src/test/fixtures/make-images.sh $FIXTURES" >&2; exit 2; }
[ -d "$M2" ] || { echo "make-big-image: no Maven repository at $M2 (set M2)" >&2; exit 2; }

work=$(mktemp -d "$OUT/.work.XXXXXX")
trap 'rm -rf "$work"' EXIT
rm -f "$OUT/big.done" "$OUT/big.docker.tar"; rm -rf "$OUT/oci"
skopeo copy -q "oci:$FIXTURES/oci:bookworm" "oci:$OUT/oci:big"

# stage SRC DEST: snapshot SRC at DEST under a fresh stage (hard links: instant, and immune to
# concurrent writers such as a Maven build filling ~/.m2), falling back to a copy across filesystems.
stage() {
  mkdir -p "$work/stage/$(dirname "$2")"
  cp -al "$1" "$work/stage/$2" 2>/dev/null || { rm -rf "${work:?}/stage/$2"; cp -a "$1" "$work/stage/$2"; }
}
# add_layer COMMENT [TAR_ARGS...]: tars the stage as one layer and clears it.
add_layer() {
  local comment=$1; shift
  tar --numeric-owner --owner=0 --group=0 --mtime=@1700000000 --sort=name "$@" -C "$work/stage" -cf "$work/layer.tar" .
  umoci raw add-layer --image "$OUT/oci:big" --history.created_by "$comment" "$work/layer.tar"
  echo "  layer: $comment ($(du -h "$work/layer.tar" | cut -f1))"
  rm -rf "$work/stage" "$work/layer.tar"
}

echo "adding layers to the bookworm base..."
stage "$M2" root/.m2/repository
# Ground truth for jar identification: a repository path names each jar's real group:artifact:version.
(cd "$work/stage" && find . -name '*.jar' | sort) > "$OUT/truth-jars.txt"
add_layer "maven repository from $M2"
if [ -n "$SITE_PACKAGES" ] && [ -d "$SITE_PACKAGES" ]; then
  stage "$SITE_PACKAGES" usr/local/lib/python3/site-packages
  # The biggest native packages only add bytes; their dist-info stays, so the inventory is unchanged.
  add_layer "python site-packages from $SITE_PACKAGES" \
    --exclude='./usr/local/lib/python3/site-packages/scipy' --exclude='./usr/local/lib/python3/site-packages/scipy.libs' \
    --exclude='./usr/local/lib/python3/site-packages/sympy' --exclude='./usr/local/lib/python3/site-packages/numpy.libs' \
    --exclude='./usr/local/lib/python3/site-packages/cfnlint' --exclude='./usr/local/lib/python3/site-packages/moto'
fi
[ -d /usr/lib/node_modules ] && stage /usr/lib/node_modules usr/local/lib/node_modules
for b in /usr/bin/skopeo /usr/bin/umoci; do [ -f "$b" ] && stage "$b" "usr/local/bin/$(basename "$b")"; done
[ -d "$work/stage" ] && add_layer "node_modules and Go binaries"
umoci config --image "$OUT/oci:big" --os linux --architecture amd64 --config.cmd /bin/bash
umoci gc --layout "$OUT/oci"
skopeo copy -q "oci:$OUT/oci:big" "docker-archive:$OUT/big.docker.tar:moat-bench/big:latest"
touch "$OUT/big.done"
echo "big image: $OUT/oci (tag big, $(du -sh "$OUT/oci" | cut -f1) compressed), $OUT/big.docker.tar ($(du -h "$OUT/big.docker.tar" | cut -f1))"
