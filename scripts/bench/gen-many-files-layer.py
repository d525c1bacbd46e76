#!/usr/bin/env python3
"""Writes an uncompressed tar layer of N tiny text files laid out like a Debian system, to stdout.

Content is varied but secret-free (words from a fixed vocabulary, seeded), so runs are reproducible.
Extra real files (e.g. dpkg status, os-release) can be added with --include SRC=DEST.
usage: gen-many-files-layer.py --files 3000000 [--include /abs/src=etc/os-release ...] > layer.tar
"""
import argparse
import io
import random
import sys
import tarfile

WORDS = """the of and to in is that for it as with was on be by this are or at from an which not have
package version depends provides description maintainer section priority optional required standard
library shared runtime module function return value config setting default option path directory file
system service daemon user group permission network socket address port interface device driver kernel
build install remove upgrade configure archive source binary release stable testing unstable security
update locale message translation language string format number date time zone calendar output input
error warning notice debug info trace level handler logger stream buffer reader writer parser encoder
decoder charset unicode ascii utf latin table index entry record field column row query cursor commit
manual page command argument flag usage example synopsis options environment variables exit status
copyright license public general free software foundation redistribute modify terms conditions warranty
python perl shell bash awk sed grep find sort uniq cut paste join split head tail cat echo printf test
""".split()
TOPS = [
    ("usr/share/doc", ["README", "changelog", "copyright", "NEWS", "TODO", "AUTHORS"]),
    ("usr/share/locale", ["messages.po", "domain.txt", "LC_MESSAGES.txt"]),
    ("usr/lib/python3/dist-packages", ["__init__.py", "util.py", "core.py", "compat.py", "helpers.py"]),
    ("usr/share/man", ["intro.1", "conf.5", "admin.8", "lib.3"]),
    ("usr/share/perl5", ["Base.pm", "Util.pm", "Config.pm"]),
    ("usr/share/i18n", ["charmap", "locale.def"]),
    ("etc/defaults.d", ["conf", "rules", "list"]),
    ("var/lib/misc", ["state", "index", "stamp"]),
]


def phrases(rng, count):
    """Short lines for one directory: files of a package repeat boilerplate, which keeps the layer small."""
    return [(" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 9))) + "\n").encode()
            for _ in range(count)]


def add_dir(tar, name, seen):
    parts = name.split("/")
    for i in range(1, len(parts) + 1):
        d = "/".join(parts[:i])
        if d not in seen:
            seen.add(d)
            ti = tarfile.TarInfo(d)
            ti.type = tarfile.DIRTYPE
            ti.mode = 0o755
            ti.mtime = 1700000000
            tar.addfile(ti)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=3_000_000)
    ap.add_argument("--per-dir", type=int, default=100)
    ap.add_argument("--phrases", type=int, default=4)
    ap.add_argument("--include", action="append", default=[])
    args = ap.parse_args()
    rng = random.Random(20261201)
    out = io.BufferedWriter(sys.stdout.buffer, buffer_size=1 << 20)
    seen = set()
    with tarfile.open(fileobj=out, mode="w|", format=tarfile.GNU_FORMAT) as tar:
        for spec in args.include:
            src, dest = spec.split("=", 1)
            add_dir(tar, dest.rsplit("/", 1)[0], seen)
            ti = tar.gettarinfo(src, arcname=dest)
            ti.uid = ti.gid = 0
            ti.uname = ti.gname = "root"
            with open(src, "rb") as f:
                tar.addfile(ti, f)
        written, d = 0, 0
        while written < args.files:
            top, names = TOPS[d % len(TOPS)]
            pkg = "%s%d" % (rng.choice(WORDS), d)
            sub = "%s/%s/%s" % (top, pkg, rng.choice(["", "data", "lib", "share", "doc"])) if d % 3 else "%s/%s" % (top, pkg)
            sub = sub.rstrip("/")
            add_dir(tar, sub, seen)
            n = min(args.per_dir, args.files - written)
            pool = phrases(rng, args.phrases)  # per directory: varied image-wide, repetitive nearby
            for i in range(n):
                data = pool[rng.randrange(len(pool))]
                ti = tarfile.TarInfo("%s/%d-%s" % (sub, i, names[i % len(names)]))
                ti.size = len(data)
                ti.mode = 0o644
                ti.mtime = 1700000000
                ti.uname = ti.gname = "root"
                tar.addfile(ti, io.BytesIO(data))
            written += n
            tar.members.clear()  # a stream needs no index; keeping one would cost ~1 GB for 3M files
            d += 1
    out.flush()


if __name__ == "__main__":
    main()
