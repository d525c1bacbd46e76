#!/usr/bin/env python3
"""Helpers for compare-trivy.sh and stream-layers.sh: layer lists, timing tables, SBOM and secret recall.

usage: bench_report.py layers OCI_DIR TAG          -> "mediaType<TAB>blob path" per layer
       bench_report.py time-v FILE                 -> "wall_seconds<TAB>max_rss_kb" from /usr/bin/time -v
       bench_report.py table RUNS.tsv              -> markdown timing table (medians) from
                                                      image, label, run, rc, wall, rss_kb, note? lines
       bench_report.py sbom MOAT.cdx.json TRIVY.cdx.json LISTS_DIR [MAX_LISTED]
       bench_report.py secrets MOAT.json TRIVY.json
       bench_report.py jar-truth JARS.txt SBOM.cdx.json...  -> Maven-repository jars named right, per SBOM
"""
import collections
import json
import os
import re
import statistics
import sys
import urllib.parse


def layers(layout, tag):
    with open(os.path.join(layout, "index.json")) as f:
        index = json.load(f)
    manifests = index["manifests"]
    chosen = [m for m in manifests if m.get("annotations", {}).get("org.opencontainers.image.ref.name") == tag]
    if not chosen and len(manifests) == 1:
        chosen = manifests
    if not chosen:
        sys.exit("bench_report: no manifest tagged %s in %s" % (tag, layout))
    manifest = json.load(open(blob(layout, chosen[0]["digest"])))
    for layer in manifest["layers"]:
        print("%s\t%s" % (layer["mediaType"], blob(layout, layer["digest"])))


def blob(layout, digest):
    algo, hexes = digest.split(":", 1)
    return os.path.join(layout, "blobs", algo, hexes)


def time_v(path):
    wall, rss = None, None
    for line in open(path, errors="replace"):
        line = line.strip()
        if line.startswith("Elapsed (wall clock) time"):
            parts = line.rsplit(" ", 1)[1].split(":")
            wall = sum(float(p) * 60 ** i for i, p in enumerate(reversed(parts)))
        elif line.startswith("Maximum resident set size"):
            rss = int(line.rsplit(" ", 1)[1])
    print("%s\t%s" % ("" if wall is None else "%.2f" % wall, "" if rss is None else rss))


def table(path):
    """Median wall and RSS per (image, label); Trivy rows get the start-up of the same image block subtracted."""
    rows = collections.OrderedDict()
    for line in open(path):
        image, label, run, rc, wall, rss = line.rstrip("\n").split("\t")[:6]
        rows.setdefault((image, label.replace("|", "\\|")), []).append((rc, wall, rss))
    medians = {}
    for key, runs in rows.items():
        ok = [(float(w), int(r)) for rc, w, r in runs if rc in ("0", "1") and w and r]
        medians[key] = (statistics.median(w for w, _ in ok), statistics.median(r for _, r in ok)) if ok else None
    out = ["| image | measurement | wall s (median) | peak RSS MB (median) | runs ok | note |",
           "|---|---|---:|---:|---:|---|"]
    for (image, label), runs in rows.items():
        m = medians[(image, label)]
        ok = sum(1 for rc, w, r in runs if rc in ("0", "1") and w)
        failed = sorted({rc for rc, _, _ in runs if rc not in ("0", "1")})
        note = ("failed rc=%s" % ",".join(failed)) if failed else ""
        if "124" in failed:
            note = "timed out (rc=124)"
        if m is None:
            out.append("| %s | %s | - | - | 0/%d | %s |" % (image, label, len(runs), note))
            continue
        wall, rss = m
        start = medians.get((image, "trivy start-up (--version)"))
        if label.startswith("trivy ") and "start-up" not in label and start:
            net = max(wall - start[0], 0.0)
            note = ("%.2f s raw - %.2f s start-up" % (wall, start[0])) + ("; " + note if note else "")
            wall = net
        out.append("| %s | %s | %.2f | %.0f | %d/%d | %s |" % (image, label, wall, rss / 1024.0, ok, len(runs), note))
    print("\n".join(out))


EPOCH = re.compile(r"(?:^|&)epoch=([0-9]+)")


def norm_purl(purl):
    """pkg:type/ns/name@version, unescaped, without qualifiers or subpath; a deb/rpm epoch qualifier joins the version."""
    purl = purl.split("#", 1)[0]
    base, _, quals = purl.partition("?")
    base = urllib.parse.unquote(base)
    epoch = EPOCH.search(quals)
    typ = base[4:].split("/", 1)[0].lower()
    rest = base[4:].split("/", 1)[1] if "/" in base[4:] else ""
    name, _, version = rest.rpartition("@") if "@" in rest else (rest, "", "")
    if epoch and version and ":" not in version and epoch.group(1) != "0":
        version = epoch.group(1) + ":" + version
    if typ == "pypi":
        name = re.sub(r"[-_.]+", "-", name.lower())
    return "pkg:%s/%s%s" % (typ, name, "@" + version if version else "")


def purls(path):
    doc = json.load(open(path))
    found = []

    def walk(components):
        for c in components or []:
            if c.get("purl"):
                found.append(c["purl"])
            walk(c.get("components"))

    walk(doc.get("components"))
    return found


def ptype(p):
    return p[4:].split("/", 1)[0]


def sbom(moat_path, trivy_path, lists_dir, max_listed=40):
    moat_raw, trivy_raw = purls(moat_path), purls(trivy_path)
    moat, trivy = {norm_purl(p) for p in moat_raw}, {norm_purl(p) for p in trivy_raw}
    types = sorted({ptype(p) for p in moat | trivy})
    raw_m = collections.Counter(ptype(norm_purl(p)) for p in moat_raw)
    raw_t = collections.Counter(ptype(norm_purl(p)) for p in trivy_raw)
    print("| purl type | Moat components | Trivy components | Moat distinct | Trivy distinct | both | only Moat | only Trivy |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for t in types + ["**all**"]:
        sel = (lambda p: True) if t == "**all**" else (lambda p, t=t: ptype(p) == t)
        m, tr = {p for p in moat if sel(p)}, {p for p in trivy if sel(p)}
        rm = sum(raw_m.values()) if t == "**all**" else raw_m[t]
        rt = sum(raw_t.values()) if t == "**all**" else raw_t[t]
        print("| %s | %d | %d | %d | %d | %d | %d | %d |" % (t, rm, rt, len(m), len(tr), len(m & tr), len(m - tr), len(tr - m)))
    os.makedirs(lists_dir, exist_ok=True)
    for side, only in (("moat", moat - trivy), ("trivy", trivy - moat)):
        with open(os.path.join(lists_dir, "only-%s.txt" % side), "w") as f:
            f.writelines(p + "\n" for p in sorted(only))
        print()
        print("Only %s (%d; full list: %s/only-%s.txt):" % ("Moat" if side == "moat" else "Trivy", len(only), lists_dir, side))
        print()
        for p in sorted(only)[:int(max_listed)]:
            print("- `%s`" % p)
        if len(only) > int(max_listed):
            print("- ... %d more" % (len(only) - int(max_listed)))


M2_JAR = re.compile(r"^/?(?:.*/)?\.m2/repository/(.+)/([^/]+)/([^/]+)/\2-\3(?:-[^/]*)?\.jar$")


def file_paths(component):
    for p in component.get("properties") or []:
        if p.get("name") in ("moat:FilePath", "aquasecurity:trivy:FilePath"):
            yield "/" + p["value"].lstrip("/")


def jar_truth(jars_path, *sboms):
    """Per jar of a Maven repository tree in the image, whether each SBOM names its real coordinates.

    The path /…/.m2/repository/G/A/V/A-V.jar is ground truth for G:A:V. A jar counts as identified when some
    maven component at that path has exactly those coordinates; misidentified when components sit at that
    path but none has them (shaded jars that only embed others' pom.properties land here too); generic when
    only a non-maven purl sits there; missing when nothing does.
    """
    truth = {}
    for line in open(jars_path):
        path = "/" + line.strip().lstrip("./").lstrip("/")
        m = M2_JAR.match(path)
        if m:
            truth[path] = (m.group(1).replace("/", "."), m.group(2), m.group(3))
    print("| SBOM | jars in image | identified (exact G:A:V) | misidentified | generic only | not reported |")
    print("|---|---:|---:|---:|---:|---:|")
    examples = {}
    for sbom_path in sboms:
        at = collections.defaultdict(list)

        def walk(components):
            for c in components or []:
                if c.get("purl"):
                    for fp in file_paths(c):
                        at[fp].append(norm_purl(c["purl"]))
                walk(c.get("components"))

        walk(json.load(open(sbom_path)).get("components"))
        counts = collections.Counter()
        for path, (g, a, v) in truth.items():
            found = at.get(path, [])
            want = "pkg:maven/%s/%s@%s" % (g, a, v)
            maven = [p for p in found if p.startswith("pkg:maven/")]
            if want in found:
                counts["ok"] += 1
            elif maven:
                counts["wrong"] += 1
                examples.setdefault(sbom_path, []).append("%s -> %s" % (want, ", ".join(sorted(set(maven))[:2])))
            elif found:
                counts["generic"] += 1
            else:
                counts["missing"] += 1
        print("| %s | %d | %d | %d | %d | %d |" % (os.path.basename(sbom_path), len(truth), counts["ok"], counts["wrong"],
                                                   counts["generic"], counts["missing"]))
    for sbom_path, ex in examples.items():
        print()
        print("Misidentified by %s (%d; real -> reported), first 25:" % (os.path.basename(sbom_path), len(ex)))
        print()
        for e in sorted(ex)[:25]:
            print("- `%s`" % e)


def moat_secrets(path):
    doc = json.load(open(path))
    return {(s.get("ruleId", ""), s.get("path", "").lstrip("/")) for s in doc.get("secrets", [])}


def trivy_secrets(path):
    doc = json.load(open(path))
    found = set()
    for result in doc.get("Results") or []:
        for s in result.get("Secrets") or []:
            found.add((s.get("RuleID", ""), result.get("Target", "").lstrip("/")))
    return found


def secrets(moat_path, trivy_path):
    moat, trivy = moat_secrets(moat_path), trivy_secrets(trivy_path)
    mp, tp = {p for _, p in moat}, {p for _, p in trivy}
    print("| | Moat | Trivy | both (same path) | only Moat | only Trivy |")
    print("|---|---:|---:|---:|---:|---:|")
    print("| findings (rule, path) | %d | %d | %d | %d | %d |" % (len(moat), len(trivy), len(moat & trivy), len(moat - trivy), len(trivy - moat)))
    print("| files with findings | %d | %d | %d | %d | %d |" % (len(mp), len(tp), len(mp & tp), len(mp - tp), len(tp - mp)))
    print()
    print("| finding | Moat | Trivy |")
    print("|---|:-:|:-:|")
    for rule, path in sorted(moat | trivy, key=lambda x: (x[1], x[0]))[:60]:
        print("| `%s` `/%s` | %s | %s |" % (rule, path, "x" if (rule, path) in moat else "", "x" if (rule, path) in trivy else ""))


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    {"layers": layers, "time-v": time_v, "table": table, "sbom": sbom, "secrets": secrets, "jar-truth": jar_truth}[cmd](*args)


if __name__ == "__main__":
    main()
