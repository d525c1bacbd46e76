#!/usr/bin/env bash
# Times Moat's pure layer streaming against the floor set by the standard tools, on the same layers:
# `moat image ls IMAGE > /dev/null` (decompress, verify, parse tar headers, apply whiteouts) vs
# `gzip -dc` of every layer blob (decompression alone), `gzip -dc | tar -t` (decompression + tar walk)
# and `sha256sum` of the blobs (the digest check Moat also does).
# Wall time and peak RSS from /usr/bin/time -v, medians of RUNS runs.
#
# usage: stream-layers.sh [OCI_LAYOUT_DIR:TAG]
#   default: the fixture app image (~100 MB of gzip layers), copied to a one-image layout in
#   $BENCH_IMAGES/app (default /tmp/moat-bench) from $FIXTURES (default /tmp/moat-fixtures).
#   env: RUNS (default 3), TIMEOUT per command in s (default 600), OUT (default target/bench): stream.md.
# Needs: bin/moat with target/moat.jar built, python3, gzip, zstd, GNU time.
set -euo pipefail
usage() { sed -n '2,12s/^# \{0,1\}//p' "$0" >&2; exit 2; }
case "${1:-}" in -h|--help) usage ;; esac
[ $# -le 1 ] || usage
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
root=$(cd "$here/../.." && pwd)
RUNS=${RUNS:-3}; TIMEOUT=${TIMEOUT:-600}
FIXTURES=${FIXTURES:-/tmp/moat-fixtures}
BENCH_IMAGES=${BENCH_IMAGES:-/tmp/moat-bench}
OUT=${OUT:-$root/target/bench}
report=$here/bench_report.py
[ -x /usr/bin/time ] || { echo "stream-layers: needs GNU time (apt-get install time)" >&2; exit 2; }
[ -f "$root/target/moat.jar" ] || { echo "stream-layers: build Moat first: ./mvnw -q -o -DskipTests package" >&2; exit 2; }
if [ $# -eq 1 ]; then
  ref=$1
else
  [ -f "$FIXTURES/oci/index.json" ] || { echo "stream-layers: no $FIXTURES/oci (src/test/fixtures/make-images.sh $FIXTURES) and no image given" >&2; exit 2; }
  [ -f "$BENCH_IMAGES/app/oci/index.json" ] || skopeo copy -q "oci:$FIXTURES/oci:app" "oci:$BENCH_IMAGES/app/oci:app"
  ref=$BENCH_IMAGES/app/oci:app
fi
layout=${ref%:*}; tag=${ref##*:}
[ -f "$layout/index.json" ] || { echo "stream-layers: no OCI layout at $layout" >&2; exit 2; }

mkdir -p "$OUT"; OUT=$(readlink -f "$OUT")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/moat-stream.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
runs_tsv=$tmp/runs.tsv; : > "$runs_tsv"
source "$here/lib.sh"
python3 "$report" layers "$layout" "$tag" > "$tmp/layers.tsv"
gz=$(cut -f2 "$tmp/layers.tsv" | xargs du -cb | tail -n 1 | cut -f1)
echo "== oci:$layout:$tag: $(wc -l < "$tmp/layers.tsv") layers, $((gz / 1048576)) MB compressed" >&2

measure image "gzip -dc (decompress only)" "$RUNS" : bash -c 'decompress_layers "$1"' _ "$tmp/layers.tsv"
measure image "gzip -dc | tar -t (decompress + tar walk)" "$RUNS" : bash -c 'list_layers "$1"' _ "$tmp/layers.tsv"
measure image "sha256sum of the blobs (digest check)" "$RUNS" : bash -c 'cut -f2 "$1" | xargs sha256sum > /dev/null' _ "$tmp/layers.tsv"
measure image "moat image ls > /dev/null" "$RUNS" : "$root/bin/moat" image ls "oci:$layout:$tag"
measure image "java -version (JVM start-up)" "$RUNS" : bash -c '"${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"/bin/java -Xshare:auto -version'
{
  echo "# Layer streaming: Moat vs gzip ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Image oci:$layout:$tag, $(wc -l < "$tmp/layers.tsv") layers, $((gz / 1048576)) MB compressed;" \
       "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); medians of $RUNS runs."
  echo
  python3 "$report" table "$runs_tsv"
} > "$OUT/stream.md"
cat "$OUT/stream.md"
