# Sourced by the scripts: picks a JDK 21+ for Maven (the machine default may be older).
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      export JAVA_HOME=$candidate
      break
    fi
  done
fi
[ -n "${JAVA_HOME:-}" ] || { echo "moat: needs a JDK 21 or newer (set JAVA_HOME)" >&2; exit 2; }
export PATH="$JAVA_HOME/bin:$PATH"
