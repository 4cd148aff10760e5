#!/usr/bin/env python3
"""Validate Sitrep's lexicon files and print counts.

Checks data/lexicons/{actors,actors-curated,agents,weapons,nouns,given-names,common-words}.tsv against the format in
data/README.md: UTF-8, LF line endings, a '#' provenance header with '# source:', '# licence:'
and '# date:' (an ISO date; derived files also '# built-by:' naming an existing script), one
header row with exactly the expected columns, then rows with exactly that many fields.
Per file: inter in 1..8, country two upper-case letters or empty, CAMEO codes upper-case,
weapon classes from the known list, no duplicate patterns (case-insensitive), curated actor
rows present in actors.tsv with the curated values; nouns.tsv: word classes from the known list
(WordClasses in the code), lower-case words, no word twice in one class.

Problems are printed as 'file:line: problem'; the exit status is 1 when there are any.
Python 3 standard library only.  Usage: python3 scripts/check_lexicons.py [--lexicons DIR]
"""
from __future__ import annotations

import argparse
import collections
import datetime
import re
import sys
from pathlib import Path

from provenance import split_header

REPO = Path(__file__).resolve().parent.parent

WEAPON_CLASSES = {"drone", "aircraft", "missile", "rocket", "artillery", "mortar", "explosive", "ied",
                  "suicide", "firearm", "chemical", "naval", "armour", "grenade", "other"}
# the classes Sitrep.Core's WordClasses knows (read from its source, so the two cannot drift apart); the loader rejects any other
NOUN_CLASSES = set(re.findall(r'public const string \w+ = "([a-z-]+)";',
                              (Path(__file__).resolve().parent.parent / "src/Sitrep.Core/Lexicons/WordClasses.cs").read_text(encoding="utf-8")))
ACTOR_COLS = ["pattern", "name", "country", "inter", "code"]
SPECS = {
    "actors.tsv": {"cols": ACTOR_COLS, "derived": True},
    "actors-curated.tsv": {"cols": ACTOR_COLS, "derived": False},
    "agents.tsv": {"cols": ["pattern", "role", "inter"], "derived": True},
    "weapons.tsv": {"cols": ["pattern", "name", "class"], "derived": False},
    # a word may sit in several classes, so duplicates are checked per class, not per file
    "nouns.tsv": {"cols": ["word", "class"], "derived": False, "dupes": "per-class"},
    # derived from npm human-names (MIT); its own notice, not PETRARCH2's
    "given-names.tsv": {"cols": ["name"], "derived": True, "notice": ("MIT (Copyright (c) 2015 Alessandro Minoccheri)", "LICENSE.human-names.txt")},
    # derived from SCOWL as Debian ships it (its own permissive licence)
    "common-words.tsv": {"cols": ["word"], "derived": True, "notice": ("SCOWL", "LICENSE.scowl.txt")},
}
MIT_NOTICE = "MIT (PETRARCH2 Phoenix dictionaries, Copyright (c) 2014 Open Event Data Alliance)"
CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


class Checker:
    def __init__(self):
        self.problems: list[str] = []

    def bad(self, name: str, line: int, msg: str):
        self.problems.append(f"{name}:{line}: {msg}")


def load(path: Path, spec: dict, ck: Checker):
    """-> (header dict, [(line, fields)]) or None when the file cannot be read at all."""
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as e:
        ck.bad(name, 0, f"cannot read: {e}")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        ck.bad(name, 0, f"not UTF-8: {e}")
        return None
    if "\r" in text:
        ck.bad(name, text[:text.index("\r")].count("\n") + 1, "CR character (line endings must be LF)")
    if text and not text.endswith("\n"):
        ck.bad(name, text.count("\n") + 1, "file does not end with a newline")
    if text.startswith("\ufeff"):
        ck.bad(name, 1, "byte-order mark")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header, i = split_header(lines)
    for key in ("source", "licence", "date"):
        if not header.get(key):
            ck.bad(name, 1, f"provenance header lacks '# {key}:'")
    if header.get("date"):
        try:
            datetime.date.fromisoformat(header["date"])
        except ValueError:
            ck.bad(name, 1, f"'# date:' is not an ISO date: {header['date']!r}")
    if spec["derived"]:
        built = header.get("built-by", "")
        if not built:
            ck.bad(name, 1, "derived file lacks '# built-by:'")
        elif not (REPO / built.split()[0]).exists():
            ck.bad(name, 1, f"'# built-by:' names a missing script: {built}")
        lic = header.get("licence", "")
        notice, licence_file = spec.get("notice", (MIT_NOTICE, "LICENSE.petrarch2.txt"))
        if notice not in lic or licence_file not in lic:
            ck.bad(name, 1, f"licence line lacks the notice {notice!r} and {licence_file}")
        elif not (path.parent / licence_file).exists():
            ck.bad(name, 1, f"{licence_file} is missing")
    if i >= len(lines):
        ck.bad(name, i + 1, "no column header row")
        return header, []
    cols = lines[i].split("\t")
    if cols != spec["cols"]:
        ck.bad(name, i + 1, f"columns are {cols}, expected {spec['cols']}")
    rows = []
    for j in range(i + 1, len(lines)):
        ln = j + 1
        line = lines[j]
        if line.startswith("#"):
            ck.bad(name, ln, "comment line after the header row")
            continue
        fields = line.split("\t")
        if len(fields) != len(spec["cols"]):
            ck.bad(name, ln, f"{len(fields)} fields, expected {len(spec['cols'])}")
            continue
        for f in fields:
            if f != f.strip():
                ck.bad(name, ln, f"field with leading/trailing spaces: {f!r}")
        if not fields[0]:
            ck.bad(name, ln, "empty pattern")
        rows.append((ln, fields))
    return header, rows


def check_dupes(name: str, rows, ck: Checker):
    seen: dict[str, int] = {}
    for ln, f in rows:
        key = f[0].casefold()
        if key in seen:
            ck.bad(name, ln, f"duplicate pattern {f[0]!r} (first on line {seen[key]})")
        else:
            seen[key] = ln


def check_inter(name: str, ln: int, value: str, ck: Checker) -> int | None:
    if not re.fullmatch(r"[1-8]", value):
        ck.bad(name, ln, f"inter {value!r} not in 1..8")
        return None
    return int(value)


def check_actors(name: str, rows, ck: Checker) -> collections.Counter:
    inter = collections.Counter()
    for ln, (pat, nm, country, it, code) in rows:
        if not nm:
            ck.bad(name, ln, "empty name")
        if country and not COUNTRY_RE.match(country):
            ck.bad(name, ln, f"country {country!r} is not two upper-case letters or empty")
        v = check_inter(name, ln, it, ck)
        if v is not None:
            inter[v] += 1
        if not CODE_RE.match(code):
            ck.bad(name, ln, f"code {code!r} is not a CAMEO code (upper-case letters in groups of three)")
    return inter


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lexicons", type=Path, default=REPO / "data" / "lexicons")
    args = ap.parse_args(argv)
    ck = Checker()
    loaded = {}
    for fn, spec in SPECS.items():
        res = load(args.lexicons / fn, spec, ck)
        if res is not None:
            loaded[fn] = res[1]
            if spec.get("dupes") != "per-class":
                check_dupes(fn, res[1], ck)

    report = []
    for fn in ("actors.tsv", "actors-curated.tsv"):
        if fn in loaded:
            inter = check_actors(fn, loaded[fn], ck)
            countries = {f[2] for _, f in loaded[fn] if f[2]}
            names = {f[1] for _, f in loaded[fn]}
            report.append(f"{fn}: {len(loaded[fn])} rows, {len(names)} actors, {len(countries)} countries; "
                          "inter " + " ".join(f"{k}:{inter[k]}" for k in sorted(inter)))
    if "agents.tsv" in loaded:
        inter = collections.Counter()
        for ln, (pat, role, it) in loaded["agents.tsv"]:
            if not CODE_RE.match(role):
                ck.bad("agents.tsv", ln, f"role {role!r} is not a CAMEO agent code")
            if pat != pat.lower():
                ck.bad("agents.tsv", ln, f"pattern {pat!r} is not lower-case")
            v = check_inter("agents.tsv", ln, it, ck)
            if v is not None:
                inter[v] += 1
        report.append(f"agents.tsv: {len(loaded['agents.tsv'])} rows; inter "
                      + " ".join(f"{k}:{inter[k]}" for k in sorted(inter)))
    if "weapons.tsv" in loaded:
        classes = collections.Counter()
        for ln, (pat, nm, cls) in loaded["weapons.tsv"]:
            if not nm:
                ck.bad("weapons.tsv", ln, "empty name")
            if cls not in WEAPON_CLASSES:
                ck.bad("weapons.tsv", ln, f"class {cls!r} not one of {sorted(WEAPON_CLASSES)}")
            classes[cls] += 1
        names = {f[1] for _, f in loaded["weapons.tsv"]}
        report.append(f"weapons.tsv: {len(loaded['weapons.tsv'])} rows, {len(names)} weapons; classes "
                      + " ".join(f"{k}:{classes[k]}" for k in sorted(classes)))

    if "nouns.tsv" in loaded:
        classes = collections.Counter()
        seen: dict[tuple[str, str], int] = {}
        for ln, (word, cls) in loaded["nouns.tsv"]:
            if cls not in NOUN_CLASSES:
                ck.bad("nouns.tsv", ln, f"class {cls!r} not one of {sorted(NOUN_CLASSES)}")
            # the stages compare against lower-cased token keys: a capital would never match
            if word != word.lower():
                ck.bad("nouns.tsv", ln, f"word {word!r} is not lower-case")
            if (word, cls) in seen:
                ck.bad("nouns.tsv", ln, f"duplicate word {word!r} in class {cls!r} (first on line {seen[word, cls]})")
            else:
                seen[word, cls] = ln
            classes[cls] += 1
        for cls in sorted(NOUN_CLASSES - set(classes)):
            ck.bad("nouns.tsv", 0, f"no words of class {cls!r}")
        report.append(f"nouns.tsv: {len(loaded['nouns.tsv'])} rows; classes "
                      + " ".join(f"{k}:{classes[k]}" for k in sorted(classes)))

    if "given-names.tsv" in loaded:
        for ln, (nm,) in loaded["given-names.tsv"]:
            # the recogniser looks up one token
            if not nm.isalpha():
                ck.bad("given-names.tsv", ln, f"name {nm!r} is not one word of letters")
        report.append(f"given-names.tsv: {len(loaded['given-names.tsv'])} names")

    if "common-words.tsv" in loaded:
        seen_words: dict[str, int] = {}
        previous = ""
        for ln, (w,) in loaded["common-words.tsv"]:
            # the recogniser compares lower-case token keys
            if not (w.isascii() and w.isalpha() and w.islower()):
                ck.bad("common-words.tsv", ln, f"word {w!r} is not one lower-case word of ASCII letters")
            elif w in seen_words:
                ck.bad("common-words.tsv", ln, f"duplicate word {w!r} (first on line {seen_words[w]})")
            else:
                seen_words[w] = ln
            # (the build script writes them sorted: an unsorted file was edited by hand)
            if w < previous:
                ck.bad("common-words.tsv", ln, f"word {w!r} out of order after {previous!r} (rebuild with scripts/build_common_words.py)")
            previous = w
        if len(seen_words) < 10_000:
            ck.bad("common-words.tsv", 0, f"only {len(seen_words)} words: not SCOWL's small list")
        notice = args.lexicons / "LICENSE.scowl.txt"
        if notice.exists() and "Kevin Atkinson" not in notice.read_text(encoding="utf-8", errors="replace"):
            ck.bad("LICENSE.scowl.txt", 0, "does not hold SCOWL's copyright notice (Kevin Atkinson)")
        report.append(f"common-words.tsv: {len(loaded['common-words.tsv'])} words")

    # curated rows must have been merged into actors.tsv unchanged
    if "actors.tsv" in loaded and "actors-curated.tsv" in loaded:
        merged = {f[0].casefold(): f for _, f in loaded["actors.tsv"]}
        for ln, f in loaded["actors-curated.tsv"]:
            m = merged.get(f[0].casefold())
            if m is None:
                ck.bad("actors-curated.tsv", ln, f"{f[0]!r} missing from actors.tsv (rebuild with "
                       "scripts/build_lexicons.py)")
            elif m != f:
                ck.bad("actors-curated.tsv", ln, f"{f[0]!r} differs in actors.tsv: {m}")
    if not (args.lexicons / "LICENSE.petrarch2.txt").exists():
        ck.bad("LICENSE.petrarch2.txt", 0, "missing (the derived files carry the MIT notice)")

    for r in report:
        print(r)
    for fn in SPECS:
        p = args.lexicons / fn
        if p.exists():
            print(f"{fn}: {p.stat().st_size:,} bytes")
    for p in ck.problems[:200]:
        print(p, file=sys.stderr)
    if len(ck.problems) > 200:
        print(f"... and {len(ck.problems) - 200} more problems", file=sys.stderr)
    print("OK" if not ck.problems else f"FAILED: {len(ck.problems)} problems")
    return 0 if not ck.problems else 1


if __name__ == "__main__":
    sys.exit(main())
