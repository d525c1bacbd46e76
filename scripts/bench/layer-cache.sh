#!/usr/bin/env bash
# What the layer cache saves: `moat sbom` of one image with an empty layer cache (cold) and again
# with it filled (warm), alternating, medians of RUNS pairs; with DB set, `moat scan` too.
# The launcher's start-up cache (per jar and command, not per image) is made once before measuring.
# usage: layer-cache.sh [IMAGE]   (default: the fixture app image, Debian bookworm + an app layer)
# env:   RUNS (default 5), DB (a vulnerability database file: also measures `moat scan`)
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
root=$(cd "$here/../.." && pwd)
fixtures=${MOAT_FIXTURES:-$HOME/.cache/moat/test-fixtures}
image=${1:-oci-archive:$fixtures/app.oci.tar}
RUNS=${RUNS:-5}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export MOAT_CACHE_DIR=$work/cache

# seconds COMMAND...: wall time of one run; a failed run stops the benchmark.
seconds() {
  /usr/bin/time -f "%e" -o "$work/t" "$@" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  cat "$work/t"
}
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

# row LABEL COMMAND...: cold and warm medians of the command and their ratio.
row() {
  local label=$1; shift
  "$@" > /dev/null 2>&1 || true   # start-up cache for this command
  : > "$work/cold"; : > "$work/warm"
  for _ in $(seq "$RUNS"); do
    rm -rf "$work/cache/layers"
    seconds "$@" >> "$work/cold"
    seconds "$@" >> "$work/warm"
  done
  local cold warm
  cold=$(median < "$work/cold"); warm=$(median < "$work/warm")
  printf '| %s | %s s | %s s | %.1f× |\n' "$label" "$cold" "$warm" "$(echo "$cold / $warm" | bc -l)"
}

echo "| $(basename "${image#*:}") | cold (empty layer cache), median of $RUNS | warm | cold / warm |"
echo "|---|---:|---:|---:|"
row "moat sbom (CycloneDX)" "$root/bin/moat" sbom --format cyclonedx --output "$work/bom.json" "$image"
if [ -n "${DB:-}" ]; then
  row "moat scan (JSON report)" "$root/bin/moat" scan --db "$DB" --format json --output "$work/report.json" "$image"
fi
