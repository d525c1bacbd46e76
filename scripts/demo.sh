#!/usr/bin/env bash
# Builds Moat and runs its main job: scan a real image (Debian bookworm + an app layer with real npm,
# Maven and Go artifacts and a planted AWS key) against a database built from real advisories.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
./mvnw -q -B -ntp -DskipTests package
bash scripts/install-test-deps.sh
fixtures=${MOAT_FIXTURES:-$HOME/.cache/moat/test-fixtures}
bash scripts/build-fixtures.sh "$fixtures"
db=${MOAT_DEMO_DB:-$HOME/.cache/moat/demo.db}
advisories=src/test/resources/dev/moat/scan/advisories
bin/moat db build --from "$advisories/ghsa" --from "$advisories/golang" --from "$advisories/kev" --output "$db"
bin/moat scan --db "$db" "oci-archive:$fixtures/app.oci.tar" "$@"
