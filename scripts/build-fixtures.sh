#!/usr/bin/env bash
# Builds the real fixture images the tests read (Debian bookworm + an app layer with real npm,
# Maven and Go artifacts) into $1, reusing a previous build made by the same script and spec.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: build-fixtures.sh OUT_DIR}
stamp=$(cat "$here"/src/test/fixtures/make-images.sh "$here"/src/test/fixtures/default.spec | sha256sum | cut -c1-16)
if [ -f "$out/.stamp" ] && [ "$(cat "$out/.stamp")" = "$stamp" ] && [ -f "$out/app.docker.tar" ]; then
  exit 0
fi
rm -f "$out/.stamp"
MVN="$here/mvnw" bash "$here/src/test/fixtures/make-images.sh" "$out" >&2
echo "$stamp" > "$out/.stamp"
