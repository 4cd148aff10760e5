#!/usr/bin/env python3
"""Validate the gazetteer files in data/gazetteer: geonames.tsv, landmarks.tsv, regions.tsv,
features.tsv, demonyms.tsv, directions.tsv, adjectives.tsv and codes.tsv.

Python 3 standard library only.  Usage:

    python3 scripts/check_gazetteer.py [--dir data/gazetteer]

Checks the shipped-data format of data/README.md (UTF-8, LF, `#` provenance header with
`# source:`, `# licence:`, `# date:`; `# built-by:` for the derived geonames.tsv and regions.tsv;
a header row; every row as wide as the header), then per-column rules: unique ids, numeric
lat/lon in range with 4 decimals, codes well formed, `|` lists without empty items, Latin-script
alternate names, landmark/region kinds and source URLs, countries/admin1 known to geonames.tsv,
continent rows (fclass L, empty country), US state abbreviations present, demonym patterns
unique after folding and pointing at a country row.  Prints `file:line: problem` for each error
(at most 20 per file), then counts, and exits 1 on any error.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from provenance import split_header

REPO = Path(__file__).resolve().parents[1]
GEONAMES_COLUMNS = ["id", "name", "alt", "lat", "lon", "fclass", "fcode", "country",
                    "admin1", "admin2", "population"]
LANDMARK_COLUMNS = ["id", "name", "alt", "lat", "lon", "fcode", "country", "admin1", "kind",
                    "source"]
REGION_COLUMNS = LANDMARK_COLUMNS
DEMONYM_COLUMNS = ["pattern", "country"]
KINDS = {"base", "crossing", "airport", "dam", "town", "bridge", "port", "prison", "camp", "other"}
FCLASSES = set("AHLPRSTUV")
MAX_GEONAMES_BYTES = 40_000_000
# A few AP-style state abbreviations that must be alternate names of their admin1 rows.
US_ABBREVIATIONS = {"CA": "Calif.", "WV": "W.Va.", "SC": "S.C.", "NY": "N.Y.", "PA": "Pa.",
                    "TX": "Tex."}
MAX_ERRORS_SHOWN = 20
COORD_RE = re.compile(r"^-?\d{1,3}\.\d{4}$")


class Report:
    def __init__(self, path: Path):
        self.path = path
        self.errors = 0

    def error(self, line: int, msg: str) -> None:
        self.errors += 1
        if self.errors <= MAX_ERRORS_SHOWN:
            print(f"{self.path}:{line}: {msg}")


def is_latin(s: str) -> bool:
    has_alpha = False
    for ch in s:
        if ch in "\u02bc\u02bb\u02bf\u02be\u02b9":
            continue
        if ch.isalpha():
            if not unicodedata.name(ch, "").startswith("LATIN"):
                return False
            has_alpha = True
        elif unicodedata.category(ch).startswith("M") or ch.isdigit() or ch in " -'’‘.,&/`‐–()":
            continue
        else:
            return False
    return has_alpha


def read(path: Path, expected_cols: list[str], rep: Report, need_built_by: bool):
    """Returns (header dict, rows as [(line_no, fields)])."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        rep.error(0, f"not UTF-8: {e}")
        return {}, []
    if "\r" in text:
        rep.error(text[: text.index("\r")].count("\n") + 1, "CR found (LF line endings only)")
    if text.startswith("\ufeff"):
        rep.error(1, "byte-order mark")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header, i = split_header(lines)
    for key in ("source", "licence", "date") + (("built-by",) if need_built_by else ()):
        if not header.get(key):
            rep.error(1, f"provenance header lacks '# {key}:'")
    if "date" in header:
        try:
            dt.date.fromisoformat(header["date"].strip())
        except ValueError:
            rep.error(1, f"'# date:' is not an ISO date: {header['date']!r}")
    if i >= len(lines):
        rep.error(i + 1, "no header row")
        return header, []
    cols = lines[i].split("\t")
    if cols != expected_cols:
        rep.error(i + 1, f"header row {cols} != expected {expected_cols}")
    rows = []
    for n, line in enumerate(lines[i + 1:], start=i + 2):
        fields = line.split("\t")
        if len(fields) != len(expected_cols):
            rep.error(n, f"{len(fields)} fields, header has {len(expected_cols)}")
            continue
        rows.append((n, fields))
    return header, rows


def check_common(n, f, rep, ids, alt_latin: bool):
    rid, name, alt, lat, lon = f[0], f[1], f[2], f[3], f[4]
    if rid in ids:
        rep.error(n, f"duplicate id {rid} (first on line {ids[rid]})")
    else:
        ids[rid] = n
    if not name.strip() or name != name.strip():
        rep.error(n, f"empty or padded name {name!r}")
    if "|" in name:
        rep.error(n, "'|' in name")
    if alt:
        items = alt.split("|")
        if any(not x or x != x.strip() for x in items):
            rep.error(n, f"empty or padded item in alt {alt[:60]!r}")
        if alt_latin:
            bad = [x for x in items if not is_latin(x)]
            if bad:
                rep.error(n, f"non-Latin alternate name(s) {bad[:3]}")
    for label, v, lim in (("lat", lat, 90.0), ("lon", lon, 180.0)):
        if not COORD_RE.match(v):
            rep.error(n, f"{label} {v!r} is not a number with 4 decimals")
            continue
        if not -lim <= float(v) <= lim:
            rep.error(n, f"{label} {v} out of range")


def check_geonames(path: Path):
    rep = Report(path)
    header, rows = read(path, GEONAMES_COLUMNS, rep, need_built_by=True)
    ids: dict[str, int] = {}
    groups: Counter = Counter()
    countries: set[str] = set()
    admin1: set[tuple[str, str]] = set()
    us_abbrev_found: set[str] = set()
    for n, f in rows:
        check_common(n, f, rep, ids, alt_latin=True)
        rid, fclass, fcode, cc, a1, a2, pop = f[0], f[5], f[6], f[7], f[8], f[9], f[10]
        if not rid.isdigit():
            rep.error(n, f"id {rid!r} is not a GeoNames id")
        if fclass not in FCLASSES:
            rep.error(n, f"fclass {fclass!r}")
        if not re.fullmatch(r"[A-Z0-9]{2,6}", fcode):
            rep.error(n, f"fcode {fcode!r}")
        if fclass == "L" and fcode in ("CONT", "RGN"):
            if cc or a1 or a2:
                rep.error(n, f"{fcode} row with a country or admin codes")
        elif not re.fullmatch(r"[A-Z]{2}", cc):
            rep.error(n, f"country {cc!r}")
        if not pop.isdigit():
            rep.error(n, f"population {pop!r} is not a non-negative integer")
        if fcode == "ADM1":
            if not a1 or a2:
                rep.error(n, "ADM1 row needs admin1 and no admin2")
            admin1.add((cc, a1))
            groups["admin1 (ADM1)"] += 1
            if cc == "US" and a1 in US_ABBREVIATIONS:
                us_abbrev_found.add(a1)
                if US_ABBREVIATIONS[a1] not in f[2].split("|"):
                    rep.error(n, f"US state {a1} lacks the abbreviation {US_ABBREVIATIONS[a1]!r}")
        elif fclass == "L":
            groups[f"continents/regions ({fcode})"] += 1
        elif fcode == "ADM2":
            if not a1 or not a2:
                rep.error(n, "ADM2 row needs admin1 and admin2")
            groups["admin2 (ADM2)"] += 1
        elif fclass == "A":
            if a1 or a2:
                rep.error(n, "country row with admin codes")
            countries.add(cc)
            groups[f"countries ({fcode})"] += 1
        elif fclass == "P":
            groups[f"places ({fcode})"] += 1
        else:
            groups[f"other ({fclass}.{fcode})"] += 1
    size = path.stat().st_size
    if size > MAX_GEONAMES_BYTES:
        rep.error(0, f"file is {size} bytes, over the {MAX_GEONAMES_BYTES} budget")
    n_places = sum(v for k, v in groups.items() if k.startswith("places"))
    if rows and us_abbrev_found != set(US_ABBREVIATIONS):
        rep.error(0, f"US states missing: {sorted(set(US_ABBREVIATIONS) - us_abbrev_found)}")
    for label, count, minimum in (("countries", len(countries), 240),
                                  ("continents", groups["continents/regions (CONT)"], 7),
                                  ("admin1", groups["admin1 (ADM1)"], 3000),
                                  ("places", n_places, 150000)):
        if count < minimum:
            rep.error(0, f"only {count} {label} rows (expected >= {minimum})")
    print(f"{path}: {len(rows)} rows, {size / 1e6:.2f} MB, date {header.get('date', '?')}")
    for k in sorted(groups, key=lambda k: (k.split()[0], -groups[k])):
        if not k.startswith("places") or groups[k] >= 100:
            print(f"  {k:28s} {groups[k]:7d}")
    small = sum(v for k, v in groups.items() if k.startswith("places") and v < 100)
    if small:
        print(f"  {'places (other fcodes)':28s} {small:7d}")
    print(f"  {'places total':28s} {n_places:7d}")
    return rep, countries, admin1


def check_landmarks(path: Path, countries: set[str], admin1: set[tuple[str, str]], prefix: str = "L", least: int = 250,
                    multi_country: bool = False, kinds_allowed: set[str] = KINDS):
    rep = Report(path)
    header, rows = read(path, LANDMARK_COLUMNS, rep, need_built_by=False)
    ids: dict[str, int] = {}
    kinds: Counter = Counter()
    by_cc: Counter = Counter()
    fcodes: Counter = Counter()
    for n, f in rows:
        check_common(n, f, rep, ids, alt_latin=True)
        rid, fcode, cc, a1, kind, src = f[0], f[5], f[6], f[7], f[8], f[9]
        if not re.fullmatch(prefix + r"\d{4}", rid):
            rep.error(n, f"id {rid!r} is not {prefix} + 4 digits")
        if not re.fullmatch(r"[A-Z]{2,5}", fcode):
            rep.error(n, f"fcode {fcode!r}")
        if countries and cc not in countries and not (multi_country and cc == ""):
            rep.error(n, f"country {cc!r} not in geonames.tsv")
        if a1 and admin1 and (cc, a1) not in admin1:
            rep.error(n, f"admin1 {cc}.{a1} not in geonames.tsv")
        if kind not in kinds_allowed:
            rep.error(n, f"kind {kind!r} not one of {sorted(kinds_allowed)}")
        if not re.fullmatch(r"https://\S+", src):
            rep.error(n, f"source {src!r} is not an https URL")
        kinds[kind] += 1
        by_cc[cc] += 1
        fcodes[fcode] += 1
    if len(rows) < least:
        rep.error(0, f"only {len(rows)} rows (expected >= {least})")
    size = path.stat().st_size
    print(f"{path}: {len(rows)} rows, {size / 1e3:.1f} kB, date {header.get('date', '?')}")
    print("  kinds:     " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print("  fcodes:    " + ", ".join(f"{k} {v}" for k, v in fcodes.most_common()))
    print("  countries: " + ", ".join(f"{k} {v}" for k, v in by_cc.most_common()))
    return rep


def check_regions(path: Path, countries: set[str], admin1: set[tuple[str, str]]):
    rep = Report(path)
    header, rows = read(path, REGION_COLUMNS, rep, need_built_by=True)
    ids: dict[str, int] = {}
    fcodes: Counter = Counter()
    names: dict[str, int] = {}
    for n, f in rows:
        check_common(n, f, rep, ids, alt_latin=True)
        rid, name, fcode, cc, a1, kind, src = f[0], f[1], f[5], f[6], f[7], f[8], f[9]
        if not re.fullmatch(r"R\d{4}", rid):
            rep.error(n, f"id {rid!r} is not R + 4 digits")
        if not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", fcode):
            rep.error(n, f"fcode {fcode!r}")
        if cc and countries and cc not in countries:
            rep.error(n, f"country {cc!r} not in geonames.tsv")
        if a1 and (not cc or (admin1 and (cc, a1) not in admin1)):
            rep.error(n, f"admin1 {cc}.{a1} not in geonames.tsv")
        if kind != "region":
            rep.error(n, f"kind {kind!r} is not 'region'")
        if not re.fullmatch(r"https://\S+", src):
            rep.error(n, f"source {src!r} is not an https URL")
        key = fold(name)
        if key in names:
            rep.error(n, f"name {name!r} already on line {names[key]}")
        names[key] = n
        fcodes[fcode] += 1
    if len(rows) < 100:
        rep.error(0, f"only {len(rows)} regions (expected >= 100)")
    print(f"{path}: {len(rows)} rows, {path.stat().st_size / 1e3:.1f} kB, "
          f"date {header.get('date', '?')}")
    print("  fcodes:    " + ", ".join(f"{k} {v}" for k, v in fcodes.most_common()))
    return rep


def check_demonyms(path: Path, countries: set[str]):
    rep = Report(path)
    header, rows = read(path, DEMONYM_COLUMNS, rep, need_built_by=False)
    seen: dict[str, int] = {}
    by_cc: Counter = Counter()
    for n, (pattern, cc) in rows:
        if not pattern.strip() or pattern != pattern.strip() or "|" in pattern:
            rep.error(n, f"empty, padded or listed pattern {pattern!r}")
        elif not is_latin(pattern):
            rep.error(n, f"non-Latin pattern {pattern!r}")
        key = fold(pattern)
        if key in seen:
            rep.error(n, f"pattern {pattern!r} already on line {seen[key]} (one country per form)")
        seen[key] = n
        if not re.fullmatch(r"[A-Z]{2}", cc) or (countries and cc not in countries):
            rep.error(n, f"country {cc!r} is not a country row of geonames.tsv")
        by_cc[cc] += 1
    if len(rows) < 300 or len(by_cc) < 150:
        rep.error(0, f"only {len(rows)} demonyms for {len(by_cc)} countries "
                     "(expected >= 300 for >= 150)")
    print(f"{path}: {len(rows)} rows for {len(by_cc)} countries, date {header.get('date', '?')}")
    return rep


def check_adjectives(path: Path, demonyms: Path, admin1: set[tuple[str, str]]):
    rep = Report(path)
    header, rows = read(path, ["pattern", "admin1"], rep, need_built_by=True)
    _, country_rows = read(demonyms, DEMONYM_COLUMNS, Report(demonyms), need_built_by=False)
    country_forms = {fold(p) for _, (p, _) in country_rows}
    seen: dict[str, int] = {}
    for n, (pattern, key) in rows:
        if not pattern.strip() or pattern != pattern.strip() or "|" in pattern or not is_latin(pattern):
            rep.error(n, f"bad pattern {pattern!r}")
        f = fold(pattern)
        if f in seen:
            rep.error(n, f"pattern {pattern!r} already on line {seen[f]} (one area per form)")
        if f in country_forms:
            rep.error(n, f"pattern {pattern!r} is a country's demonym in demonyms.tsv")
        seen[f] = n
        cc, _, a1 = key.partition(".")
        if admin1 and (cc, a1) not in admin1:
            rep.error(n, f"admin1 {key!r} is not a first-level area of geonames.tsv")
    print(f"{path}: {len(rows)} rows, date {header.get('date', '?')}")
    return rep


def check_codes(path: Path, countries: set[str], admin1: set[tuple[str, str]]):
    rep = Report(path)
    header, rows = read(path, ["code", "place"], rep, need_built_by=True)
    seen: set[tuple[str, str]] = set()
    for n, (code, key) in rows:
        if not re.fullmatch(r"[A-Z]{2,3}", code):
            rep.error(n, f"code {code!r} is not 2-3 capital letters")
        cc, _, a1 = key.partition(".")
        if a1 and admin1 and (cc, a1) not in admin1:
            rep.error(n, f"place {key!r} is not a first-level area of geonames.tsv")
        if not a1 and countries and cc not in countries:
            rep.error(n, f"place {key!r} is not a country of geonames.tsv")
        if (code, key) in seen:
            rep.error(n, f"{code} {key} listed twice")
        seen.add((code, key))
    print(f"{path}: {len(rows)} rows, date {header.get('date', '?')}")
    return rep


DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central"}


def check_directions(path: Path, countries: set[str]):
    rep = Report(path)
    header, rows = read(path, ["country", "direction", "lat", "lon"], rep, need_built_by=True)
    seen: set[tuple[str, str]] = set()
    for n, (cc, d, lat, lon) in rows:
        if not re.fullmatch(r"[A-Z]{2}", cc) or (countries and cc not in countries):
            rep.error(n, f"country {cc!r} is not a country row of geonames.tsv")
        if d not in DIRECTIONS:
            rep.error(n, f"direction {d!r} is none of {sorted(DIRECTIONS)}")
        if (cc, d) in seen:
            rep.error(n, f"{cc} {d} listed twice")
        seen.add((cc, d))
        try:
            if not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
                rep.error(n, f"coordinates out of range: {lat},{lon}")
        except ValueError:
            rep.error(n, f"not numbers: {lat},{lon}")
    if len({cc for cc, _ in seen}) < 200:
        rep.error(0, f"directions for only {len({cc for cc, _ in seen})} countries (expected >= 200)")
    print(f"{path}: {len(rows)} rows, date {header.get('date', '?')}")
    return rep


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=str(REPO / "data" / "gazetteer"))
    args = ap.parse_args(argv)
    d = Path(args.dir)
    reports = []
    countries: set[str] = set()
    admin1: set[tuple[str, str]] = set()
    for name in ("geonames.tsv", "landmarks.tsv", "regions.tsv", "demonyms.tsv"):
        if not (d / name).is_file():
            print(f"{d / name}:0: missing")
            return 1
    rep, countries, admin1 = check_geonames(d / "geonames.tsv")
    reports.append(rep)
    reports.append(check_landmarks(d / "landmarks.tsv", countries, admin1))
    if (d / "features.tsv").is_file():
        reports.append(check_landmarks(d / "features.tsv", countries, admin1, prefix="N", least=300, multi_country=True,
                                       kinds_allowed={"region", "other"}))
    reports.append(check_regions(d / "regions.tsv", countries, admin1))
    reports.append(check_demonyms(d / "demonyms.tsv", countries))
    if (d / "directions.tsv").is_file():
        reports.append(check_directions(d / "directions.tsv", countries))
    if (d / "codes.tsv").is_file():
        reports.append(check_codes(d / "codes.tsv", countries, admin1))
    if (d / "adjectives.tsv").is_file():
        reports.append(check_adjectives(d / "adjectives.tsv", d / "demonyms.tsv", admin1))
    errors = sum(r.errors for r in reports)
    print("OK" if errors == 0 else f"FAILED: {errors} error(s)")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
