#!/usr/bin/env bash
# Runs Moat's JMH benchmarks (classes named *Benchmark under src/test/java).
# usage: scripts/bench/jmh.sh [JMH ARGS...]   e.g.  scripts/bench/jmh.sh LookupBenchmark -f 1 -wi 2 -i 3
# Benchmarks that need data read system properties: -Dmoat.fixtures=DIR (images), -Dmoat.bench.db=FILE (a full DB).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/env.sh
./mvnw -q -B -ntp -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
exec java ${JMH_JAVA_OPTS:-} -cp "$cp" org.openjdk.jmh.Main "$@"
