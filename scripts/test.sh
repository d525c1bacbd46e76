#!/usr/bin/env bash
# Runs every Moat test from a fresh clone: installs the Debian packages the tests need, builds the
# fixture images, then runs unit and integration tests (which start their own registries).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/install-test-deps.sh
fixtures=${MOAT_FIXTURES:-$HOME/.cache/moat/test-fixtures}
bash scripts/build-fixtures.sh "$fixtures"
./mvnw -B -ntp verify -Dmoat.fixtures="$fixtures" "$@"
