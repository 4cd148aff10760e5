#!/usr/bin/env python3
"""Build Sitrep's list of common English words (data/lexicons/common-words.tsv) from SCOWL, as Debian ships it.

Reads (development data, never read at run time):
  SCOWL word lists (Kevin Atkinson, permissive licence, see LICENSE.scowl.txt) from the Debian packages
  wamerican-small (/usr/share/dict/american-english-small: the common words) and wamerican
  (/usr/share/dict/american-english: also the proper nouns of general English), either installed or fetched with
  `apt-get download` into a temporary folder.

Writes:
  data/lexicons/common-words.tsv     word   (lower-case, ASCII letters only)
  data/lexicons/LICENSE.scowl.txt    the SCOWL copyright and permission notice, as Debian's copyright file gives it

A word is kept when the small list writes it in lower case and neither list writes it capitalised: "early", "still",
"seven", "light" are kept; "reading", "mobile", "nice", "buffalo", "china" are not (English also writes them as proper
nouns: Reading, Mobile, Nice, Buffalo, China). The recogniser reads such a word alone at a clause's start ("Early on
Monday", "Seven children were killed", "Still, he warned") as the word, not as a small town that bears it
(Early, Texas; Cevins, France, whose alternate name is Seven).

Python 3 standard library and dpkg-deb only.  Usage:
  python3 scripts/build_common_words.py [--small FILE] [--large FILE] [--copyright FILE] [--date YYYY-MM-DD]
"""
from __future__ import annotations

import argparse
import datetime
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LEX = REPO / "data" / "lexicons"
DICT = Path("/usr/share/dict")
DEBS = ("wamerican-small", "wamerican")


def fetch(tmp: Path) -> tuple[Path, str]:
    """Downloads and unpacks the two Debian packages into tmp; returns the unpacked root and the packages' versions."""
    root = tmp / "root"
    versions = []
    try:
        subprocess.run(["apt-get", "download", *DEBS], cwd=tmp, check=True, capture_output=True)
        for deb in sorted(tmp.glob("*.deb")):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, capture_output=True)
            info = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version"], check=True, capture_output=True, text=True).stdout.split()
            versions.append(f"{info[1]} {info[3]}")
    except (OSError, subprocess.CalledProcessError, IndexError) as e:
        raise SystemExit(f"could not fetch {', '.join(DEBS)} with apt-get download ({e}): install them or pass --small/--large/--copyright")
    return root, ", ".join(versions)


def installed_versions() -> str:
    """The installed packages' versions, as dpkg records them ("" where dpkg does not know them)."""
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Version}\n", *DEBS], check=True, capture_output=True, text=True).stdout
        return ", ".join(line for line in out.splitlines() if line.strip())
    except (OSError, subprocess.CalledProcessError):
        return ""


def words(path: Path) -> set[str]:
    with open(path, encoding="utf-8", errors="strict") as f:
        return {line.strip() for line in f if line.strip()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=Path, help="SCOWL small list (default: american-english-small)")
    ap.add_argument("--large", type=Path, help="SCOWL list with proper nouns (default: american-english)")
    ap.add_argument("--copyright", type=Path, help="Debian copyright file of wamerican (the SCOWL licence)")
    ap.add_argument("--date", default=datetime.date.today().isoformat(), help="build date for the header")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as t:
        small, large, notice = args.small, args.large, args.copyright
        versions = "files given on the command line"
        if small is None or large is None or notice is None:
            installed = [DICT / "american-english-small", DICT / "american-english", Path("/usr/share/doc/wamerican/copyright")]
            if all(p.exists() for p in installed):
                versions = installed_versions() or "installed packages"
            else:
                root, versions = fetch(Path(t))
                installed = [root / "usr/share/dict/american-english-small", root / "usr/share/dict/american-english",
                             root / "usr/share/doc/wamerican/copyright"]
            small, large, notice = small or installed[0], large or installed[1], notice or installed[2]
        common, every = words(small), words(large) | words(small)
        licence = notice.read_text(encoding="utf-8")
    # (Title Case only: an acronym, "BASIC", is no proper noun of the word)
    proper = {w.lower() for w in every if w[:1].isupper() and not w.isupper()}
    kept = sorted(w for w in common if w.isascii() and w.isalpha() and w.islower() and w not in proper)
    if len(kept) < 10_000:
        raise SystemExit(f"only {len(kept)} words: {small} does not look like SCOWL's small list")
    header = [
        "# source: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson, http://wordlist.aspell.net/) as Debian's "
        f"wamerican-small (american-english-small: the words) and wamerican (american-english: capitalised forms) ship it ({versions})",
        "# licence: SCOWL's permissive licence (copyright notices and permission in data/lexicons/LICENSE.scowl.txt)",
        f"# date: {args.date}",
        "# built-by: scripts/build_common_words.py",
        "# use: lower-case English words that English never writes capitalised (not 'reading', 'nice', 'china'): alone at a "
        "clause's start ('Early on Monday', 'Seven children'), such a word is the word, not a small town of that name",
        "word",
    ]
    LEX.mkdir(parents=True, exist_ok=True)
    (LEX / "common-words.tsv").write_text("\n".join(header + kept) + "\n", encoding="utf-8")
    (LEX / "LICENSE.scowl.txt").write_text(licence, encoding="utf-8")
    print(f"common-words.tsv: {len(kept)} words (of {len(common)} in the small list; {len(proper)} capitalised forms left out)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
