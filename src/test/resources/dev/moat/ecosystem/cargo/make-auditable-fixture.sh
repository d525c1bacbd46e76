#!/usr/bin/env bash
# Builds auditable-true: Debian's /usr/bin/true (coreutils) with a .dep-v0 section added by
# objcopy, holding the cargo-auditable JSON (format of the auditable-serde crate) of ripgrep
# 13.0.0's real Cargo.lock, zlib-compressed. No cargo-auditable binary can be had on this
# machine (Debian bookworm does not build with it; crates.io is unreachable), so the section is
# derived from a real lock file rather than written by cargo-auditable itself.
# usage: make-auditable-fixture.sh  (run in this directory; needs python3 >= 3.11, objcopy)
set -euo pipefail
cd "$(dirname "$0")"
python3 - <<'PY'
import json, tomllib, zlib
lock = tomllib.load(open("Cargo.lock", "rb"))["package"]
lock.sort(key=lambda p: (p["name"], p["version"]))
index = {(p["name"], p["version"]): i for i, p in enumerate(lock)}
by_name = {}
for p in lock:
    by_name.setdefault(p["name"], []).append(p["version"])
out = []
for p in lock:
    entry = {"name": p["name"], "version": p["version"],
             "source": "crates.io" if "source" in p else "local"}
    deps = []
    for d in p.get("dependencies", []):
        parts = d.split(" ")
        version = parts[1] if len(parts) > 1 else by_name[parts[0]][0]
        deps.append(index[(parts[0], version)])
    if deps:
        entry["dependencies"] = sorted(deps)
    if p["name"] == "ripgrep":
        entry["root"] = True
    out.append(entry)
data = json.dumps({"packages": out}, separators=(",", ":")).encode()
open("/tmp/dep-v0.zlib", "wb").write(zlib.compress(data, 9))
PY
objcopy --add-section .dep-v0=/tmp/dep-v0.zlib --set-section-flags .dep-v0=noload,readonly /usr/bin/true auditable-true
rm -f /tmp/dep-v0.zlib
