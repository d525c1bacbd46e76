# Shared by the benchmark scripts (sourced). Expects: $tmp (a temp dir), $runs_tsv, $report, $TIMEOUT.

# measure IMAGE LABEL N PREP CMD...: runs PREP (a function name, or :) then CMD under GNU time, N times;
# appends "image, label, run, rc, wall s, peak RSS KB" to $runs_tsv. rc 1 counts as success (findings).
measure() {
  local image=$1 label=$2 n=$3 prep=$4; shift 4
  local i rc tv
  for ((i = 1; i <= n; i++)); do
    "$prep"
    rc=0
    /usr/bin/time -v -o "$tmp/time.txt" timeout "$TIMEOUT" "$@" > "$tmp/stdout" 2> "$tmp/stderr" || rc=$?
    if [ "$rc" -gt 1 ]; then echo "  $label run $i: rc=$rc: $(tail -n 3 "$tmp/stderr" | tr '\n' ' ' | cut -c1-300)" >&2; fi
    tv=$(python3 "$report" time-v "$tmp/time.txt")
    printf '%s\t%s\t%s\t%s\t%s\n' "$image" "$label" "$i" "$rc" "$tv" >> "$runs_tsv"
    printf '  %-36s run %d: rc=%s wall=%ss rss=%sKB\n' "$label" "$i" "$rc" "${tv%%$'\t'*}" "${tv##*$'\t'}" >&2
  done
}

# decompress_layers LAYERS_TSV: decompresses every layer blob listed by `bench_report.py layers` to /dev/null.
decompress_layers() {
  local media path
  while IFS=$'\t' read -r media path; do
    case "$media" in
      *zstd*) zstd -dcq "$path" > /dev/null ;;
      *gzip*) gzip -dc "$path" > /dev/null ;;
      *) cat "$path" > /dev/null ;;
    esac
  done < "$1"
}

# list_layers LAYERS_TSV: decompresses every layer and lists its tar entries (what a file walk must at least do).
list_layers() {
  local media path
  while IFS=$'\t' read -r media path; do
    case "$media" in
      *zstd*) zstd -dcq "$path" | tar -tf - > /dev/null ;;
      *gzip*) gzip -dc "$path" | tar -tf - > /dev/null ;;
      *) tar -tf "$path" > /dev/null ;;
    esac
  done < "$1"
}
export -f decompress_layers list_layers
