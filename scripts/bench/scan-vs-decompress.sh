#!/usr/bin/env bash
# The cost of `moat scan` (vulnerabilities + secrets) against decompressing the same layers, in one
# run: cold (empty layer cache) and warm (second scan), medians of RUNS runs, wall time and peak RSS.
# usage: scan-vs-decompress.sh OCI_LAYOUT_DIR:TAG DB_FILE     env: RUNS (default 3)
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
root=$(cd "$here/../.." && pwd)
image=${1:?usage: scan-vs-decompress.sh OCI_LAYOUT_DIR:TAG DB_FILE}
db=${2:?usage: scan-vs-decompress.sh OCI_LAYOUT_DIR:TAG DB_FILE}
RUNS=${RUNS:-3}
dir=${image%:*}; tag=${image##*:}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
manifest=$(python3 -c "import json,sys; i=json.load(open('$dir/index.json')); print([m['digest'] for m in i['manifests'] if m.get('annotations',{}).get('org.opencontainers.image.ref.name')=='$tag'][0])")
layers=$(python3 -c "import json; m=json.load(open('$dir/blobs/sha256/${manifest#sha256:}')); print(' '.join(l['digest'].split(':')[1] for l in m['layers']))")
measure() { # label, command...
  local label=$1; shift; local times=()
  for _ in $(seq "$RUNS"); do
    [ "$label" = "moat scan, cold" ] && rm -rf "$work/cache/layers"
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" > /dev/null 2>&1 || true
    times+=("$(cat "$work/t")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" '{w[NR]=$1; m[NR]=$2} END {printf "| %s | %.2f | %d |\n", l, w[int((NR+1)/2)], m[int((NR+1)/2)]/1024}'
}
echo "| $image | wall s (median of $RUNS) | peak RSS MB |"
echo "|---|---:|---:|"
measure "decompress layers (gzip -dc)" sh -c "for l in $layers; do gzip -dc < '$dir/blobs/sha256/'\$l > /dev/null; done"
export MOAT_CACHE_DIR=$work/cache
measure "moat scan, cold" "$root/bin/moat" scan --db "$db" --format json --output "$work/r.json" "oci:$image"
measure "moat scan, warm" "$root/bin/moat" scan --db "$db" --format json --output "$work/r.json" "oci:$image"
