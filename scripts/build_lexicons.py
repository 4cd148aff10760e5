#!/usr/bin/env python3
"""Build Sitrep's actor and agent lexicons from the PETRARCH2 Phoenix dictionaries.

Reads (development data, never read at run time):
  <shared>/event-coding/petrarch2_Phoenix.{Countries,International,MilNonState}.actors.txt
  <shared>/event-coding/petrarch2_Phoenix.agents.txt
  <shared>/event-coding/petrarch2_Phoenix.discards.txt
  <shared>/event-coding/petrarch2_CAMEO.2.0.txt        (its words feed the common-word filter)
  <shared>/event-coding/halterman_event_location_labeled_text.json.gz, <shared>/articles/FA-KES-Dataset.csv
                                                       (casing statistics only: acronym vs word)
  <shared>/gazetteer/countryInfo.tsv, admin1CodesASCII.txt, cities15000.zip
                                                       (ISO3 -> ISO2, country names, place-name filter)
  data/lexicons/actors-curated.tsv                     (hand-written rows, merged in; they win)

Writes:
  data/lexicons/actors.tsv   pattern name country inter code
  data/lexicons/agents.tsv   pattern role inter
  data/lexicons/LICENSE.petrarch2.txt

Python 3 standard library only.  Usage:
  python3 scripts/build_lexicons.py [--shared /work/shared/data] [--date YYYY-MM-DD] [--report]
"""
from __future__ import annotations

import argparse
import collections
import csv
import datetime
import gzip
import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LEX = REPO / "data" / "lexicons"
DEFAULT_SHARED = REPO.parent / "shared" / "data"

MIT_LINE = ("MIT (PETRARCH2 Phoenix dictionaries, Copyright (c) 2014 Open Event Data Alliance); "
            "see data/lexicons/LICENSE.petrarch2.txt")

# A code whose date ranges all end before this day belongs to the past: such entries are dropped.
CUTOFF = 20000101
# "Now" for open-ended ranges.  The Phoenix dictionaries stop in 2014, so any open-ended range is current.
REF_DATE = 20261128

# --------------------------------------------------------------------------------------------
# CAMEO role -> ACLED interaction code
# --------------------------------------------------------------------------------------------
STATE_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}          # 1 State forces
REBEL_ROLES = {"REB", "INS", "SEP"}                               # 2 Rebel groups
MILITIA_ROLES = {"UAF", "RAD", "CRM", "PTY"}                      # 3 Political militias
PROTEST_ROLES = {"OPP"}                                           # 6 Protesters
EXTERNAL_ROLES = {"IGO", "NGO", "NGM", "MNC"}                     # 8 External/other
# anything else (CVL REF PPL MED EDU HLH LAB AGR BUS ELI REL ENV HRI DEV and religions) -> 7 Civilians

INTER_DOC = [
    "inter (ACLED interaction code) is derived from the CAMEO code:",
    "  international prefix IGO, NGO, NGM, MNC -> 8 External/other; IMG (transnational armed group, e.g. al-Qaeda, IS) -> 2;",
    "  UIS (unidentified state) -> 1; INT/regional prefixes use their role part, bare -> 8;",
    "  country prefix with no role (a country name or demonym: 'Syria', 'Syrian') -> 1;",
    "  first role GOV MIL COP JUD LEG SPY -> 1; REB INS SEP -> 2; UAF RAD CRM PTY -> 3; OPP -> 6",
    "  (OPP with an armed role REB/INS/SEP/UAF/MIL after it -> 2); IGO NGO NGM -> 8;",
    "  any other first role (CVL REF PPL MED EDU HLH LAB AGR BUS ELI REL ENV HRI DEV, religions) -> 7,",
    "  unless a later role is REB/INS/SEP (-> 2) or UAF/RAD (-> 3).",
    "  No CAMEO role maps to 4 (identity militia) or 5 (rioters); curated rows use them.",
    "inter is the actor's home-country value: the extractor turns state forces (1) acting outside their own",
    "  country into 8 (External/other forces), as ACLED does.",
]


def inter_for_roles(roles: list[str]) -> int:
    if not roles:
        return 1
    first, rest = roles[0], roles[1:]
    if first in STATE_ROLES:
        return 1
    if first in REBEL_ROLES or first in ("IMG",):
        return 2
    if first in MILITIA_ROLES:
        return 2 if any(r in REBEL_ROLES for r in rest) else 3
    if first in PROTEST_ROLES:
        return 2 if any(r in REBEL_ROLES | {"UAF", "MIL"} for r in rest) else 6
    if first in ("IGO", "NGO", "NGM"):
        return 8
    if any(r in REBEL_ROLES for r in rest):
        return 2
    if any(r in ("UAF", "RAD") for r in rest):
        return 3
    return 7


# --------------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------------
# CAMEO country codes that are not (current) ISO 3166-1 alpha-3.
CAMEO_ISO3_EXTRA = {
    "ROM": "RO", "ZAR": "CD", "TMP": "TL", "KSV": "XK", "SCG": "RS", "YUG": "RS", "FRY": "RS",
    "SRP": "BA", "KRJ": "HR", "USR": "RU", "SUN": "RU", "DDR": "DE", "CSK": "CZ", "GZA": "PS",
    "WBK": "PS", "FRN": "FR", "GRB": "GB",
}
# Display names where GeoNames' short name differs from common (and ACLED) usage.
COUNTRY_NAME_OVERRIDES = {"PS": "Palestine"}
# CAMEO regions and other non-country prefixes: no country.
CAMEO_REGIONS = {
    "AFR", "ASA", "BLK", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT",
    "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST", "WEU", "CRB", "INT", "KAS",
    "KKL",
}
INTL_PREFIXES = {"IGO", "NGO", "NGM", "MNC", "IMG", "UIS"}
FICTIONAL = {"KNT"}  # Kinakuta: the PETRARCH test country


@dataclass
class Geo:
    iso3_to_iso2: dict[str, str]
    iso2_name: dict[str, str]
    place_names: dict[str, set[str]]   # casefolded place/admin1 name -> ISO2 countries it lies in


def load_geo(shared: Path) -> Geo:
    iso3_to_iso2: dict[str, str] = {}
    iso2_name: dict[str, str] = {}
    with open(shared / "gazetteer" / "countryInfo.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            iso2, iso3, name = cols[0], cols[1], cols[4]
            iso3_to_iso2[iso3] = iso2
            iso2_name[iso2] = name
    for k, v in CAMEO_ISO3_EXTRA.items():
        iso3_to_iso2.setdefault(k, v)
    iso2_name.update(COUNTRY_NAME_OVERRIDES)
    places: dict[str, set[str]] = collections.defaultdict(set)
    with open(shared / "gazetteer" / "admin1CodesASCII.txt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3:
                cc = cols[0].split(".")[0]
                places[cols[1].casefold()].add(cc)
                places[cols[2].casefold()].add(cc)
    with zipfile.ZipFile(shared / "gazetteer" / "cities15000.zip") as z:
        name = [n for n in z.namelist() if n.endswith(".txt")][0]
        with z.open(name) as raw:
            for line in io.TextIOWrapper(raw, encoding="utf-8"):
                cols = line.split("\t")
                places[cols[1].casefold()].add(cols[8])
                places[cols[2].casefold()].add(cols[8])
    return Geo(iso3_to_iso2, iso2_name, places)


SUBNATIONAL = {"GZA": "PS", "WBK": "PS", "SRP": "BA"}   # CAMEO sub-country codes used after a country


def split_code(code: str, geo: Geo) -> tuple[str, str, list[str]]:
    """CAMEO code -> (prefix kind, ISO2 country or '', role chunks).

    A dependent territory after the country code ('USAPRI' Puerto Rico, 'DNKFRO' Faroe Islands)
    gives the territory's own ISO2 code; kind is then 'territory' ('subnational' for Gaza etc.)."""
    pre, rest = code[:3], code[3:]
    chunks = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    if pre in INTL_PREFIXES:
        country = ""
        if pre in ("MNC", "NGO") and chunks and chunks[0] in geo.iso3_to_iso2:
            country = geo.iso3_to_iso2[chunks[0]]
            chunks = chunks[1:]
        return pre, country, chunks
    if pre in geo.iso3_to_iso2:
        country = geo.iso3_to_iso2[pre]
        if chunks and chunks[0] in SUBNATIONAL:
            return "subnational", country, chunks[1:]
        if chunks and chunks[0] != "MUS" and chunks[0] in geo.iso3_to_iso2:
            return "territory", geo.iso3_to_iso2[chunks[0]], chunks[1:]
        return "country", country, chunks
    if pre in CAMEO_REGIONS:
        return "region", "", chunks
    return "role", "", [pre] + chunks      # role-only code such as [MED] or [ELI]


def inter_for_code(code: str, geo: Geo) -> tuple[str, int]:
    kind, country, roles = split_code(code, geo)
    if kind in ("IGO", "NGO", "NGM", "MNC"):
        return country, 8
    if kind == "IMG":
        return country, 2
    if kind == "UIS":
        return country, 1
    if kind == "region" and not roles:
        return country, 8
    return country, inter_for_roles(roles)


# --------------------------------------------------------------------------------------------
# Corpus statistics: is a token a common lower-case word, or an acronym?
# --------------------------------------------------------------------------------------------
@dataclass
class Casing:
    lower: collections.Counter = field(default_factory=collections.Counter)   # 'change'
    title: collections.Counter = field(default_factory=collections.Counter)   # 'Change' (not sentence-initial)
    upper: collections.Counter = field(default_factory=collections.Counter)   # 'NATO'
    dict_words: set[str] = field(default_factory=set)                          # from CAMEO verb/agent files

    def is_common_word(self, word: str) -> bool:
        w = word.casefold()
        if w in HAND_COMMON:
            return True
        lo, ti, up = self.lower[w], self.title[w], self.upper[w]
        if lo >= 3 and lo >= ti + up:
            return True
        if w in self.dict_words and lo >= 1 and lo * 3 >= ti + up:
            return True
        return False

    def looks_acronym(self, token: str) -> bool | None:
        w = token.casefold()
        up, ti, lo = self.upper[w], self.title[w], self.lower[w]
        if up >= 2 and up > ti + lo:
            return True
        if ti + lo >= 2 and ti + lo > up:
            return False
        return None


# Common English words that show up as single-word actor names (kept out whatever the corpus says).
HAND_COMMON = {
    "agent", "change", "youth", "paradise", "senate", "tigers", "zero", "falcon", "moron", "doris", "sur", "naze",
    "hope", "unity", "justice", "freedom", "liberty", "progress", "alliance", "union", "congress",
    "parliament", "government", "cabinet", "police", "army", "navy", "state", "states", "nation",
    "people", "party", "front", "movement", "council", "court", "church", "mission", "group",
    "apple", "shell", "total", "target", "orange", "gap", "amazon", "oracle", "visa", "ford",
    "general", "national", "international", "united", "royal", "federal", "republic", "kingdom",
    "empire", "capital", "crown", "palace", "house", "white", "black", "red", "green", "blue",
    "times", "post", "guardian", "independent", "observer", "mirror", "sun", "star", "globe",
    "herald", "tribune", "telegraph", "express", "nation", "world", "voice", "echo", "daily",
    "mail", "news", "press", "herald", "chronicle", "monitor", "standard", "economist",
    "ministry", "minister", "president", "king", "queen", "prince", "princess", "pope",
    "bush", "brown", "may", "rice", "gates", "powell", "clinton", "major", "wolf", "lamb",
    "new", "old", "north", "south", "east", "west", "central", "middle", "upper", "lower",
    "base", "camp", "hill", "valley", "river", "lake", "sea", "bay", "gulf", "island", "islands",
    "coast", "desert", "mountain", "mountains", "port", "city", "town", "village",
    "care", "save", "oxygen", "light", "hands", "friends", "heart", "life", "future", "vision",
    "action", "aid", "relief", "rescue", "help", "peace", "dialogue", "development", "health",
    "alert", "concern", "trust", "plan", "solidarity", "resistance", "revolution",
    "guard", "guards", "defence", "defense", "security", "intelligence", "forces", "force",
    "victory", "glory", "dawn", "storm", "thunder", "lightning", "sword", "shield", "arrow",
    "martyrs", "brigade", "battalion", "division", "regiment", "legion", "knights",
    "and", "the", "of", "for", "in", "on", "to", "a", "an", "is", "it", "as", "at", "by", "or",
    "be", "we", "he", "she", "us", "no", "so", "do", "go", "me", "my", "up", "if", "am",
}

FUNCTION_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "by", "a", "an", "with", "from"}

# Phoenix surface forms that are common phrases or generic words in news text (checked by hand
# against FA-KES and the Halterman corpus), and given names used alone for one person.
NOISY_PATTERNS = {
    "aid group", "holy men", "direct action", "immediate action", "popular justice", "popular resistance",
    "social resistance", "peace action", "new order", "black star", "black hand", "burning path",
    "green cells", "triple a", "west wing", "shared interest", "northern forum", "order ii", "order the",
    "anarchists the", "vital voices", "action faction", "d company", "gravity co", "foreign owned vessel",
    "group of death", "al-aqsa", "al aksa", "al aqsa", "foundation", "cornerstone", "avengers", "mavericks",
    "boogeymen", "emetic", "yahweh", "inevitables", "international solidarity", "fighters for freedom",
    "autonomous cells", "clandestine rebels", "martyrs of democracy", "sons of the south",
    "movement of hope", "we will win", "olive development and", "al-jihad", "zealand", "aussie",
    "gaza city",
}
GIVEN_NAMES = {
    "abdullah", "albert", "muhannad", "fahd", "hamzah", "salauddin", "shahin", "muhammed", "mohammed",
    "muhammad", "mohamed", "mohammad", "ahmed", "ahmad", "ali", "hassan", "hussein", "husain", "omar",
    "umar", "khalid", "khaled", "faisal", "sultan", "nasser", "abbas", "ibrahim", "ismail", "yusuf",
    "youssef", "mahmoud", "mustafa", "karim", "rashid", "said", "salim", "tariq", "ziad", "walid",
    "hamid", "hamad", "ayman", "osama", "usama", "jamal", "kamal", "adel", "nabil", "samir", "bashir",
    "charles", "john", "david", "george", "william", "james", "michael", "peter", "paul", "joseph",
    "mary", "elizabeth", "philip", "harry", "henry", "juan", "jose", "carlos", "abdul", "abu",
}

# Casefolded words that stay lower-case inside names ("Bashar al-Assad", "Army of Islam").
LOWER_WORDS = {
    "of", "the", "and", "for", "in", "on", "at", "to", "by", "with", "from", "a", "an",
    "de", "du", "des", "la", "le", "les", "del", "della", "di", "da", "do", "dos", "das",
    "van", "von", "der", "den", "y", "e", "et", "und", "bin", "ibn", "al", "el", "ul", "wal",
    "wa", "fi", "li", "ad", "ar", "as", "ash", "at", "az", "ed", "en", "ez", "an",
}


def load_casing(shared: Path, agent_words: set[str]) -> Casing:
    cs = Casing()
    texts: list[str] = []
    hp = shared / "event-coding" / "halterman_event_location_labeled_text.json.gz"
    if hp.exists():
        with gzip.open(hp, "rt", encoding="utf-8") as f:
            for rec in json.load(f):
                texts.append(rec.get("text", ""))
    fp = shared / "articles" / "FA-KES-Dataset.csv"
    if fp.exists():
        with open(fp, encoding="utf-8", errors="replace", newline="") as f:
            for row in csv.DictReader(f):
                texts.append(row.get("article_content", ""))
    word_re = re.compile(r"[A-Za-z][A-Za-z'\-]*")
    for text in texts:
        for m in word_re.finditer(text):
            tok = m.group(0).strip("'-")
            if not tok:
                continue
            before = text[max(0, m.start() - 3):m.start()]
            initial = m.start() == 0 or re.search(r'[.!?:"\n]\s*$', before) is not None
            for part in tok.split("-"):
                if not part:
                    continue
                w = part.casefold()
                if part.isupper() and len(part) > 1:
                    cs.upper[w] += 1
                elif part[0].isupper():
                    if not initial:
                        cs.title[w] += 1
                elif part.islower():
                    cs.lower[w] += 1
    verbs = shared / "event-coding" / "petrarch2_CAMEO.2.0.txt"
    words: set[str] = set(agent_words)
    with open(verbs, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#", 1)[0]
            for w in re.findall(r"[A-Z]{3,}", line):
                words.add(w.casefold())
    cs.dict_words = words
    return cs


# --------------------------------------------------------------------------------------------
# Text normalisation and casing
# --------------------------------------------------------------------------------------------
def phrase_words(raw: str) -> list[str]:
    """'AL-QAEDA_IN_IRAQ_' -> ['AL-QAEDA', 'IN', 'IRAQ']."""
    s = re.sub(r"[\[\]{}]", "", raw).replace("_", " ").replace("\t", " ")
    s = re.sub(r"\s+", " ", s).strip().strip(",;")
    return s.split(" ") if s else []


def cap_simple(part: str) -> str:
    if not part:
        return part
    p = part.lower()
    out = p[0].upper() + p[1:]
    # O'Kennedy, D'Escoto
    m = re.match(r"^([od])'(\w)(.*)$", p)
    if m and len(p) > 3:
        out = m.group(1).upper() + "'" + m.group(2).upper() + m.group(3)
    # McNamara
    if p.startswith("mc") and len(p) > 3 and p[2].isalpha():
        out = "Mc" + p[2].upper() + p[3:]
    return out


class Caser:
    def __init__(self, casing: Casing):
        self.casing = casing

    def is_acronym(self, tok: str, single: bool, initials: str, guess_short: bool = True) -> bool:
        letters = re.sub(r"[^A-Za-z]", "", tok)
        if not letters:
            return False
        if tok.startswith("(") and tok.endswith(")"):
            return True
        if tok.count(".") >= 2 and len(letters) <= 5:
            return True                     # U.N., U.S.A. (but not Jr., Gen.)
        if len(letters) == 1:
            return True                     # initials: 'H.'

        if re.search(r"\d", tok) and not re.fullmatch(r"\d+(st|nd|rd|th)", tok, re.I):
            return True
        if ("/" in tok or "&" in tok) and all(len(x) <= 5 for x in re.split(r"[/&-]", tok)):
            return True
        if not any(c in "AEIOUYaeiouy" for c in letters) and len(letters) >= 2:
            if letters.lower() in ("mr", "mrs", "dr", "st", "sr", "jr", "ms", "lt", "gen", "col", "ltd", "bros"):
                return False
            return True
        if single and initials and len(letters) >= 2 and letters.upper() == initials:
            return True                     # 'CAR' for Central African Republic
        if single:
            verdict = self.casing.looks_acronym(letters)
            if verdict is not None:
                return verdict
        else:
            # inside a longer name ('Men Sam An', 'UN Security Council') only clear corpus evidence counts
            w = letters.casefold()
            up, other = self.casing.upper[w], self.casing.title[w] + self.casing.lower[w]
            if up >= 3 and other == 0:
                return True
            if other > 0:
                return False
        if initials and len(letters) >= 2 and letters.upper() == initials:
            return True
        if guess_short and single and len(letters) <= 4:
            return True                     # unseen short organisation names: 'IAEA', 'DPKO'
        vowels = sum(c in "AEIOUaeiou" for c in letters)
        if single and len(letters) <= 8 and vowels / len(letters) <= 0.25:
            return True                     # unpronounceable: 'UNHCR', 'OHCHR', 'AJJDC'
        return False

    def case_words(self, words: list[str], initials: str = "", guess_short: bool = True) -> str:
        out = []
        single = len(words) == 1
        for i, w in enumerate(words):
            if not w.isupper() and any(c.islower() for c in w):
                out.append(w)               # already mixed-case in the source
                continue
            if re.fullmatch(r"\d+(st|nd|rd|th)", w, re.I):
                out.append(w.lower())       # 1st, 20th
                continue
            if self.is_acronym(w, single, initials, guess_short):
                out.append(w.upper())
                continue
            parts = re.split(r"([-/])", w)
            seps = parts[1::2]
            parts = parts[0::2]
            cased = []
            for j, p in enumerate(parts):
                pl = p.lower()
                if 0 < j < len(parts) - 1 and pl in ("e", "i", "ul", "ud", "ur", "wal", "wa", "fi", "li", "bin",
                                                      "ibn", "de", "al", "el", "ad", "ar", "as", "ash", "az",
                                                      "ed", "ez", "an", "at"):
                    cased.append(pl)            # Lashkar-e-Taiba, Jaish-ul-Muslimin
                elif pl in ("al", "el", "ul", "ad", "ar", "as", "ash", "az", "ed", "ez", "an", "at") \
                        and j < len(parts) - 1:
                    cased.append(pl if (i > 0 or len(parts) > 1) else cap_simple(p))
                elif pl in LOWER_WORDS and i > 0 and len(parts) == 1 and i < len(words) - 1:
                    cased.append(pl)
                else:
                    cased.append(cap_simple(p))
            joined = cased[0]
            for sep, part in zip(seps, cased[1:]):
                joined += sep + part
            out.append(joined)
        return " ".join(out)


def initials_of(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w.casefold() not in LOWER_WORDS and w[0].isalpha()).upper()


# --------------------------------------------------------------------------------------------
# TABARI/PETRARCH actor dictionary parsing
# --------------------------------------------------------------------------------------------
CODE_RE = re.compile(r"\[([^\]\}\[]*)[\]\}]")


@dataclass
class CodeSpec:
    code: str
    start: int
    end: int
    dated: bool


@dataclass
class Entry:
    primary: str
    synonyms: list[str]
    codes: list[CodeSpec]
    source: str
    line: int


def parse_date(s: str) -> int | None:
    s = s.strip()
    if re.fullmatch(r"\d{8}", s):
        return int(s)
    if re.fullmatch(r"\d{6}", s):
        yy = int(s[:2])
        return (2000 + yy if yy < 30 else 1900 + yy) * 10000 + int(s[2:])
    return None


def parse_codes(text: str) -> list[CodeSpec]:
    out = []
    for m in CODE_RE.finditer(text):
        inner = m.group(1).strip()
        if not inner:
            continue
        parts = inner.split(None, 1)
        code = parts[0].strip().lstrip("~").rstrip("~")
        spec = parts[1].replace(" ", "") if len(parts) > 1 else ""
        if not spec:
            out.append(CodeSpec(code, 0, 99999999, False))
        elif spec.startswith(">"):
            d = parse_date(spec[1:])
            out.append(CodeSpec(code, d or 0, 99999999, True))
        elif spec.startswith("<"):
            d = parse_date(spec[1:])
            out.append(CodeSpec(code, 0, d or 0, True))
        elif "-" in spec:
            a, b = spec.split("-", 1)
            da, db = parse_date(a), parse_date(b)
            out.append(CodeSpec(code, da or 0, db if db is not None else 99999999, True))
        else:
            out.append(CodeSpec(code, 0, 99999999, False))
    return out


def split_names(text: str) -> list[str]:
    """A name field may hold several '+'-joined synonyms ('+TAIOAN_ +TAWIAN_')."""
    text = text.strip()
    if text.startswith("+"):
        text = text[1:]
    parts = re.split(r"\s*\+\s*", text)
    return [p.strip() for p in parts if p.strip().strip("_")]


def parse_actor_file(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    group: list[Entry] = []            # entries waiting for (or sharing) the next code line
    group_has_codes = False

    def flush():
        nonlocal group, group_has_codes
        for e in group:
            if e.codes:
                entries.append(e)
        group = []
        group_has_codes = False

    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n").split("#", 1)[0]
            if line.startswith("<") or line.strip().startswith("<!"):
                continue
            stripped = line.strip()
            if not stripped:
                if raw.split("#", 1)[0].strip() == "" and not raw.lstrip().startswith("#"):
                    # a truly blank line closes a group still waiting for its code
                    if group and not group_has_codes:
                        flush()
                continue
            codes = parse_codes(stripped)
            name_part = CODE_RE.sub(" ", stripped).strip()
            if stripped.startswith("+"):
                names = split_names(name_part)
                if not group:
                    continue
                group[-1].synonyms.extend(names)
                if codes:
                    for e in group:
                        e.codes.extend(codes)
                    group_has_codes = True
            elif not name_part:
                # code-only line: applies to every entry of the open group
                if group:
                    for e in group:
                        e.codes.extend(codes)
                    group_has_codes = True
            else:
                names = split_names(name_part)
                if not names:
                    continue
                if codes or group_has_codes:
                    flush()
                e = Entry(names[0], names[1:], list(codes), path.name, lineno)
                group.append(e)
                if codes:
                    group_has_codes = True
        flush()
    return entries


def current_code(codes: list[CodeSpec]) -> str | None:
    """Code in force now; None when the entry only belongs to the past (or is explicitly null)."""
    active = [c for c in codes if c.dated and c.start <= REF_DATE <= c.end]
    if active:
        best = max(active, key=lambda c: c.start)
        return None if best.code == "---" else best.code
    dated = [c for c in codes if c.dated]
    undated = [c for c in codes if not c.dated]
    if dated and max(c.end for c in dated) < CUTOFF:
        return None
    if undated:
        return None if undated[0].code == "---" else undated[0].code
    if dated:
        best = max(dated, key=lambda c: c.end)
        return None if best.code == "---" else best.code
    return None


# --------------------------------------------------------------------------------------------
# Actor lexicon
# --------------------------------------------------------------------------------------------
@dataclass
class Row:
    pattern: str
    name: str
    country: str
    inter: int
    code: str
    origin: str          # file:line or 'curated'
    block: int = -1      # id of the Phoenix entry the row came from
    primary: bool = False  # the row is the entry's primary name


# Names and demonyms of countries that do not start like the country's name ("British", "Dutch").
COUNTRY_ALIASES = {
    "america", "american", "americans", "british", "britain", "great britain", "briton", "britons",
    "brits", "dutch", "holland", "swiss", "spanish", "french", "danish", "dane", "danes", "finnish",
    "irish", "burma", "burmese", "filipino", "filipinos", "laotian", "malagasy", "hellenic",
    "zionist entity", "zionist regime", "persia",
}
# Words too generic to tie a synonym to its country ('North' in 'North Korea').
GENERIC_NAME_WORDS = {"north", "south", "east", "west", "eastern", "western", "northern", "southern",
                      "central", "republic", "democratic", "united", "kingdom", "people's", "peoples",
                      "islamic", "federal", "arab", "saint", "new", "great", "state", "states", "island",
                      "islands", "and", "the", "of", "union", "federation", "socialist", "popular"}

PLACE_WORDS = {"province", "county", "district", "region", "governorate", "prefecture", "oblast",
               "island", "islands", "city", "state", "valley", "heights", "river", "lake", "peninsula",
               "territory", "territories", "mountains", "mountain", "sea", "gulf", "bay", "coast",
               "desert", "plateau", "strait", "canal", "airport", "port", "harbor", "harbour", "park"}


def clean_pattern_words(words: list[str]) -> tuple[list[str], list[str]]:
    """Strip a leading 'the', split off parenthesised acronyms: returns (words, extra acronyms)."""
    extra = []
    keep = []
    for w in words:
        m = re.fullmatch(r"\(([^()]+)\)", w)
        if m:
            inner = m.group(1).strip(".,")
            if re.fullmatch(r"[A-Z0-9&/\-.]{3,}", inner) and not inner.isdigit():
                extra.append(inner)
            continue
        if "(" in w or ")" in w:
            continue
        keep.append(w.strip(",;:"))
    keep = [w for w in keep if w]
    if keep:
        keep[0] = keep[0].lstrip("'\"-")
        keep[-1] = keep[-1].rstrip("\"-")
    keep = [w for w in keep if w]
    while keep and keep[0].casefold() == "the":
        keep = keep[1:]
    return keep, extra


class ActorBuilder:
    def __init__(self, geo: Geo, casing: Casing, discards: set[str]):
        self.geo = geo
        self.casing = casing
        self.caser = Caser(casing)
        self.discards = discards
        self.dropped: dict[str, list[str]] = collections.defaultdict(list)
        self.names_seen: dict[str, str] = {}

    def drop(self, why: str, what: str):
        self.dropped[why].append(what)

    def keep_pattern(self, pat: str, words: list[str], is_country_block: bool, is_primary: bool,
                     country_names: set[str], country: str = "", kind: str = "") -> bool:
        key = pat.casefold()
        letters = re.sub(r"[^A-Za-z]", "", pat)
        if len(letters) < 2:
            self.drop("too short / no letters", pat)
            return False
        if key in self.discards:
            self.drop("listed in Phoenix discards", pat)
            return False
        if key in NOISY_PATTERNS:
            self.drop("noisy phrase (hand list)", pat)
            return False
        if len(words) == 1 and key in GIVEN_NAMES:
            self.drop("given name alone", pat)
            return False
        if all(w.casefold() in FUNCTION_WORDS for w in words):
            self.drop("function words only", pat)
            return False
        if len(words) == 1:
            acronym = pat.isupper()
            if not acronym and "-" not in pat and self.casing.is_common_word(letters):
                self.drop("common English word", pat)
                return False
            if not acronym and len(letters) <= 2:
                self.drop("too short", pat)
                return False
            if acronym and len(letters) == 2 and letters.lower() not in ("un", "us", "eu", "uk", "au") \
                    and not re.search(r"\d", pat):
                # two-letter acronyms match far too much ("IT", "AM", "PM")
                self.drop("two-letter acronym", pat)
                return False
        if is_country_block and is_primary and kind != "subnational" \
                and country in self.geo.place_names.get(key, ()) \
                and key != self.geo.iso2_name.get(country, "").casefold():
            self.drop("place name (gazetteer)", pat)
            return False
        if is_country_block and not is_primary and key not in country_names:
            if not self.country_variant(pat, words, country_names):
                self.drop("country-entry synonym unlike the country's name (a place)", pat)
                return False
            if country in self.geo.place_names.get(key, ()):
                self.drop("place name (gazetteer)", pat)
                return False
            if any(w.casefold() in PLACE_WORDS for w in words) \
                    and not any(n in key for n in country_names):
                self.drop("place name (keyword)", pat)
                return False
        return True

    @staticmethod
    def country_variant(pat: str, words: list[str], country_names: set[str]) -> bool:
        """Is a synonym of a country entry a variant of the country's name or a demonym
        ('Syrian', 'Syrie', 'U.S.', 'British') rather than a place in it ('Raqqa', 'Jersey')?"""
        key = pat.casefold()
        if key in COUNTRY_ALIASES:
            return True
        letters = re.sub(r"[^A-Za-z]", "", pat)
        if pat.isupper() and len(letters) <= 5:
            return True                    # 'USA', 'U.S.', 'DRC', 'CAR'
        anchors = {re.sub(r"[^a-z]", "", a) for n in country_names for a in n.split()}
        anchors = {a for a in anchors if len(a) >= 3 and a not in GENERIC_NAME_WORDS}
        for w in key.split():
            w = re.sub(r"[^a-z]", "", w)
            if len(w) < 3 or w in GENERIC_NAME_WORDS:
                continue
            for a in anchors:
                n = min(4, len(w), len(a))
                if w[:n] == a[:n]:
                    return True
        return False

    def entry_rows(self, e: Entry, block_id: int) -> list[Row]:
        code = current_code(e.codes)
        if code is None:
            self.drop("code only before 2000 / null", e.primary)
            return []
        code = code.upper()
        pre = code[:3]
        if pre in FICTIONAL:
            return []
        if not re.fullmatch(r"[A-Z]{3}([A-Z]{3})*", code):
            self.drop("malformed code", f"{e.primary} [{code}]")
            return []
        country, inter = inter_for_code(code, self.geo)
        kind, _, roles = split_code(code, self.geo)
        # a country, dependent territory or sub-national polity entry: its synonyms are often places
        is_country_block = kind in ("country", "territory", "subnational") and not roles
        country_names: set[str] = set()
        if is_country_block and country in self.geo.iso2_name:
            country_names.add(self.geo.iso2_name[country].casefold())

        pwords, pextra = clean_pattern_words(phrase_words(e.primary))
        if not pwords:
            return []
        init = initials_of(pwords)
        guess = not is_country_block       # country names and their variants are words, not acronyms
        if is_country_block and kind != "subnational" and country in self.geo.iso2_name:
            name = self.geo.iso2_name[country]
        else:
            name = self.caser.case_words(pwords, init, guess)
        country_names.add(self.caser.case_words(pwords, init, guess).casefold())

        rows = []
        surfaces: list[tuple[list[str], bool]] = [(pwords, True)]
        surfaces += [([x], False) for x in pextra]
        for syn in e.synonyms:
            w, extra = clean_pattern_words(phrase_words(syn))
            if w:
                surfaces.append((w, False))
            surfaces += [([x], False) for x in extra]
        seen = set()
        for words, is_primary in surfaces:
            pat = self.caser.case_words(words, init, guess)
            key = pat.casefold()
            if key in seen:
                continue
            seen.add(key)
            if not self.keep_pattern(pat, words, is_country_block, is_primary, country_names, country, kind):
                continue
            rows.append(Row(pat, name, country, inter, code, f"{e.source}:{e.line}", block_id, is_primary))
        return rows


def dedupe(rows: list[Row], builder: ActorBuilder) -> list[Row]:
    """One row per pattern (case-insensitive).  Same-pattern rows that disagree on the actor:
    curated wins; then an entry's own primary name; then a single country entry ('American' is the
    USA, not American Samoa); a single-word pattern shared by actors of
    different countries is ambiguous and dropped; else the shortest code wins, then file order
    (MilNonState, Countries, International)."""
    by_key: dict[str, list[Row]] = collections.OrderedDict()
    for r in rows:
        by_key.setdefault(r.pattern.casefold(), []).append(r)
    out = []
    for key, rs in by_key.items():
        cur = [r for r in rs if r.origin == "curated"]
        if cur:
            out.append(cur[0])
            continue
        distinct = {(r.name, r.code) for r in rs}
        if len(distinct) == 1:
            out.append(rs[0])
            continue
        prim = [r for r in rs if r.primary]
        if len({(r.name, r.code) for r in prim}) == 1:
            out.append(prim[0])
            continue
        bare = [r for r in rs if len(r.code) == 3 and r.code not in ("UAF", "IGO", "NGO", "MNC", "MED")]
        if len({r.code for r in bare}) == 1:
            out.append(bare[0])            # a country name or demonym beats territories and persons
            continue
        countries = {r.country for r in rs}
        if " " not in key and len(countries) > 1:
            builder.drop("ambiguous single word (several actors)", rs[0].pattern)
            continue
        # same country: the most generic code wins ('American' -> USA, not USAASM), then file order
        out.append(min(enumerate(rs), key=lambda ir: (len(ir[1].code), ir[0]))[1])
    return out


def unify_names(rows: list[Row]) -> None:
    """Entries for the same actor spelled apart ('Bashar al Assad' / 'Bashar al-Assad',
    'U.N. Security Council' / 'UN Security Council') get one name: a curated name if any, else the
    most frequent spelling (hyphenated first)."""
    groups: dict[tuple[str, str], list[Row]] = collections.defaultdict(list)
    for r in rows:
        groups[(re.sub(r"[\s\-.']", "", r.name.casefold()), r.code)].append(r)
    for rs in groups.values():
        names = collections.Counter(r.name for r in rs)
        if len(names) < 2:
            continue
        cur = [r.name for r in rs if r.origin == "curated"]
        best = cur[0] if cur else max(names, key=lambda n: (names[n], "-" in n, n))
        for r in rs:
            r.name = best


# --------------------------------------------------------------------------------------------
# Agents
# --------------------------------------------------------------------------------------------
UNCOUNTABLE = {"police", "personnel", "infantry", "artillery", "soldiery", "clergy", "military",
               "intelligence", "enforcement", "staff", "people", "aircraft", "craft", "gendarmerie",
               "gendarmery", "security", "media", "press", "electorate", "population", "youth",
               "civil society", "boat people", "mafia", "maffia", "cavalry", "gangdom", "gangland",
               "organized crime", "rabble", "the poor", "hasidim", "children", "women", "men",
               "townspeople", "law enforcement", "weaponry", "leadership", "insurgency"}
IRREGULAR = {"man": "men", "woman": "women", "child": "children", "person": "persons",
             "thief": "thieves", "wife": "wives", "life": "lives", "chief": "chiefs",
             "staff": "staff", "foot": "feet", "mouse": "mice", "criterion": "criteria",
             "mafioso": "mafiosi", "hasid": "hasidim", "alumnus": "alumni"}
# Agent nouns that are places, events, adjectives or too vague to name an actor.
AGENT_DROP = {
    "deputy", "carrier", "retired", "actor", "community", "village", "settlement", "small town",
    "neighborhood", "neighbourhood", "religion", "islamic", "jewish", "naval", "hardline islamic",
    "military led", "naturalized", "insurgence", "insurgency", "rebellion", "revolt", "uprising",
    "low level insurgency", "ethnic insurgency", "armed insurgency", "barracks", "military base",
    "naval base", "fighting position", "mortar position", "weapons storage facility", "police post",
    "police district", "prison", "prison house", "state prison", "correctional institution",
    "security check", "central jail of", "central jail authority", "prisons department",
    "rebel base", "rebel source", "intelligence", "intelligence information",
    "intelligence activity", "intelligence operation", "echelon", "phalanx", "military presence",
    "military machine", "war machine", "chief's office", "guard command", "c in cof", "c in c of",
    "officers in command", "school", "high school", "middle school", "college", "university",
    "state university", "schoolhouse", "kindergarden", "kindergarten", "preschool", "conservatory",
    "airliner", "commercial jet", "jetliner", "passenger airliner", "passenger jet", "native",
    "national", "customer", "engineer", "chief engineer", "mother", "girl", "infant", "hunter",
    "electorate", "rabble", "the poor", "victims", "taxpayers", "elector", "constituent",
    "monastery", "monastary", "diocese", "capital ship", "battlewagon", "weekend warrior",
    "strategic service", "defense service", "control forces", "home reserve", "military clique",
    "muslim hospital", "sunni", "tenant", "retired", "first family", "vip", "looter", "cabinet meeting",
    "f 16", "f 16 jet", "tv", "mp", "hospital", "clinic", "medical center", "health center", "infrastructure",
}
# Corrections to Phoenix roles and inter values for agent nouns (role, inter).
AGENT_FIX = {
    "unidentified gunman": ("UAF", 3), "unidentified gunmen": ("UAF", 3),
    "rioter": ("OPP", 5), "mob": ("CVL", 5), "pillager": ("CRM", 5), "plunderer": ("CRM", 5),
    "raider": ("UAF", 3), "suicide bomber": ("UAF", 3), "security force": ("MIL", 1),
    "assailant": ("UAF", 3), "islamic militant": ("UAFMUS", 3),
}
# Agent nouns Phoenix lacks (curated by Sitrep developers; singular forms, plurals are generated).
AGENT_EXTRA = [
    ("attacker", "UAF", 3), ("armed man", "UAF", 3), ("unknown gunman", "UAF", 3),
    ("unidentified attacker", "UAF", 3), ("unidentified assailant", "UAF", 3),
    ("armed assailant", "UAF", 3), ("masked gunman", "UAF", 3), ("sniper", "UAF", 3),
    ("paramilitary", "MIL", 1), ("security personnel", "MIL", 1), ("security officer", "COP", 1),
    ("policeman", "COP", 1), ("policewoman", "COP", 1), ("police officer", "COP", 1),
    ("gendarme", "COP", 1), ("riot police", "COP", 1), ("soldier", "MIL", 1), ("troops", "MIL", 1),
    ("trooper", "MIL", 1), ("army", "MIL", 1), ("forces", "MIL", 1), ("armed forces", "MIL", 1),
    ("government forces", "MIL", 1), ("government troops", "MIL", 1), ("pro-government forces", "MIL", 1),
    ("regime forces", "MIL", 1), ("border guard", "MIL", 1), ("special forces", "MIL", 1),
    ("warplane", "MIL", 1), ("fighter jet", "MIL", 1), ("helicopter gunship", "MIL", 1),
    ("rebel", "REB", 2), ("insurgent", "REB", 2), ("rebel fighter", "REB", 2), ("guerrilla", "REB", 2),
    ("separatist", "REB", 2), ("jihadist", "UAFMUS", 3), ("islamist militant", "UAFMUS", 3),
    ("militant", "UAF", 3), ("fighter", "UAF", 3), ("gunman", "UAF", 3), ("militiaman", "UAF", 3),
    ("militia", "UAF", 3), ("pro-government militia", "UAF", 3), ("vigilante", "UAF", 3),
    ("terrorist", "UAF", 3), ("bandit", "CRM", 3), ("kidnapper", "CRM", 3), ("gang member", "CRM", 3),
    ("cartel", "CRM", 3), ("pirate", "CRM", 3), ("smuggler", "CRM", 3),
    ("tribal militia", "UAF", 4), ("ethnic militia", "UAF", 4), ("clan militia", "UAF", 4),
    ("communal militia", "UAF", 4), ("tribesman", "UAF", 4), ("clansman", "UAF", 4),
    ("tribal fighter", "UAF", 4), ("clan fighter", "UAF", 4), ("herder", "AGR", 4),
    ("herdsman", "AGR", 4), ("self-defence group", "UAF", 4), ("self-defense group", "UAF", 4),
    ("rioter", "OPP", 5), ("looter", "CRM", 5), ("mob", "CVL", 5), ("angry mob", "CVL", 5),
    ("protester", "OPP", 6), ("protestor", "OPP", 6), ("demonstrator", "OPP", 6),
    ("marcher", "OPP", 6), ("striker", "LAB", 6), ("activist", "OPP", 6),
    ("civilian", "CVL", 7), ("resident", "CVL", 7), ("villager", "CVL", 7), ("farmer", "AGR", 7),
    ("journalist", "MED", 7), ("reporter", "MED", 7), ("photographer", "MED", 7),
    ("displaced person", "REF", 7), ("refugee", "REF", 7), ("child", "CVL", 7),
    ("worshipper", "REL", 7), ("pilgrim", "REL", 7), ("student", "EDU", 7), ("teacher", "EDU", 7),
    ("doctor", "HLH", 7), ("nurse", "HLH", 7), ("medic", "HLH", 7), ("paramedic", "HLH", 7),
    ("health worker", "HLH", 7), ("rescue worker", "HLH", 7), ("rescuer", "HLH", 7),
    ("aid worker", "NGO", 8), ("humanitarian worker", "NGO", 8), ("peacekeeper", "IGO", 8),
    ("peacekeeping force", "IGO", 8), ("un peacekeeper", "IGO", 8), ("monitor", "IGO", 8),
    ("foreign fighter", "UAF", 3), ("mercenary", "UAF", 8), ("contractor", "BUS", 8),
    ("shepherd", "AGR", 7), ("fisherman", "AGR", 7), ("passenger", "CVL", 7), ("motorist", "CVL", 7),
    ("counter-protester", "OPP", 6), ("counter-demonstrator", "OPP", 6), ("crowd", "CVL", 5),
    ("miner", "CVL", 7), ("hunter", "CVL", 7), ("mourner", "CVL", 7), ("trader", "CVL", 7),
]


PLURAL_SPLIT = {"of", "in", "for", "to", "at", "on", "de", "with", "from", "and"}


def pluralize(phrase: str) -> str | None:
    """Plural of an agent phrase: the head noun is the last word, or the word before the first
    preposition ('head of state' -> 'heads of state').  None when there is no plural."""
    if phrase in UNCOUNTABLE or phrase.endswith("."):
        return None
    words = phrase.split(" ")
    head = len(words) - 1
    for i, w in enumerate(words[1:], 1):
        if w in PLURAL_SPLIT:
            head = i - 1
            break
    last = words[head]
    if "." in last or last in UNCOUNTABLE or last.endswith("craft") or last.endswith("people"):
        return None
    if last in IRREGULAR:
        pl = IRREGULAR[last]
    elif last.endswith("man") and not last.endswith(("human", "german", "shaman", "talisman")):
        pl = last[:-3] + "men"
    elif last.endswith("men") or last.endswith("ies") or last.endswith("ae"):
        return None
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return None                       # already plural ("armed forces", "marines")
    elif last.endswith("is") and len(last) > 4:
        pl = last[:-2] + "es"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        pl = last + "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        pl = last[:-1] + "ies"
    else:
        pl = last + "s"
    return " ".join(words[:head] + [pl] + words[head + 1:])


def parse_agents(path: Path) -> tuple[list[tuple[str, str | None, str, int]], set[str]]:
    """-> [(phrase, explicit plural or None or '' for 'no plural', role, line)], all words."""
    subs: dict[str, list[str]] = {}
    out = []
    words: set[str] = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.*)", line)
            if m:
                subs[m.group(1)] = [s.strip() for s in m.group(2).split(",") if s.strip()]
                continue
            cm = re.search(r"\[([^\]\}]*)[\]\}]", line)
            if not cm:
                continue
            role = cm.group(1).strip().replace("~", "")
            body = line[:cm.start()].strip()
            plural: str | None = None
            pm = re.search(r"\{([^}]*)\}", body)
            if pm:
                plural = pm.group(1).strip()         # '' means: no plural
                body = (body[:pm.start()] + body[pm.end():]).strip()
            variants = [body]
            for key, vals in subs.items():
                nv = []
                for v in variants:
                    if key not in v:
                        nv.append(v)
                        continue
                    idx = v.index(key)
                    before = v[idx - 1] if idx > 0 else " "
                    after = v[idx + len(key)] if idx + len(key) < len(v) else " "
                    if before.isalpha() and after.isalpha():
                        nv.append(v.replace(key, key.strip("!"), 1))    # AD!MINIST!RATIVE
                    else:
                        for val in vals:
                            nv.append(v.replace(key, val, 1))
                variants = nv
            # stems ('DEFENCE_MINIST' matches minister/ministry): expand to the full words
            stemmed = []
            for v in variants:
                m2 = re.fullmatch(r"(.*?)(MINIST|INDUSTR)_*", v.strip())
                if m2:
                    full = {"MINIST": ["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"],
                            "INDUSTR": ["INDUSTRY", "INDUSTRIES"]}[m2.group(2)]
                    stemmed += [m2.group(1) + f for f in full]
                else:
                    stemmed.append(v)
            variants = stemmed
            expanded = len(variants) > 1
            for v in variants:
                phrase = " ".join(phrase_words(v)).lower()
                if not phrase:
                    continue
                for w in phrase.split():
                    words.add(w)
                pl = plural if not expanded else ""
                if plural:
                    pl = " ".join(phrase_words(plural)).lower()
                out.append((phrase, pl, role, lineno))
    return out, words


def build_agents(agent_src: list, discards: set[str]) -> tuple[list[tuple[str, str, int]], dict]:
    rows: dict[str, tuple[str, str, int]] = collections.OrderedDict()
    dropped = collections.defaultdict(list)

    def add(pat: str, role: str, inter: int, override: bool = False):
        key = pat.casefold()
        if key in rows and not override:
            return
        rows[key] = (pat, role, inter)

    for phrase, plural, role, lineno in agent_src:
        if not role or not re.fullmatch(r"[A-Z]{3}([A-Z]{3})*", role):
            dropped["no/bad role"].append(phrase)
            continue
        if phrase in AGENT_DROP or phrase in discards:
            dropped["place, event, adjective or vague"].append(phrase)
            continue
        phrase = re.sub(r"^(a|an) ", "", phrase)
        if "," in phrase or len(re.sub(r"[^a-z]", "", phrase)) < (2 if re.search(r"\d", phrase) else 3):
            dropped["malformed"].append(phrase)
            continue
        roles = [role[i:i + 3] for i in range(0, len(role), 3)]
        inter = 8 if roles[0] in ("IGO", "NGO") else inter_for_roles(roles)
        if phrase in AGENT_FIX:
            role, inter = AGENT_FIX[phrase]
        elif re.search(r"\bminist(er|ers|ry|ries)\b", phrase) and not role.startswith("GOV"):
            role, inter = "GOV" + role, 1          # '!MINIST! OF_ENVIRONMENT [~ENV]
        add(phrase, role, inter)
        if plural is None:
            pl = pluralize(phrase)
        else:
            pl = plural or None
        if pl and pl != phrase and pl not in AGENT_DROP:
            fix = AGENT_FIX.get(pl)
            add(pl, fix[0] if fix else role, fix[1] if fix else inter)
    for phrase, role, inter in AGENT_EXTRA:
        add(phrase, role, inter, override=True)
        pl = pluralize(phrase)
        if pl and pl != phrase:
            add(pl, role, inter, override=True)
    return list(rows.values()), dropped


# --------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------
def read_tsv(path: Path) -> tuple[list[str], list[str], list[list[str]]]:
    """-> (header comment lines, column names, rows)."""
    comments, cols, rows = [], [], []
    with open(path, encoding="utf-8", newline="") as f:
        for line in f:
            line = line.rstrip("\n")
            if not cols and line.startswith("#"):
                comments.append(line)
                continue
            if not cols:
                cols = line.split("\t")
                continue
            if not line:
                continue
            rows.append(line.split("\t"))
    return comments, cols, rows


def write_tsv(path: Path, header: list[str], cols: list[str], rows: list[list[str]]):
    for r in rows:
        for v in r:
            if "\t" in v or "\n" in v or "\r" in v:
                raise ValueError(f"{path.name}: bad field {v!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(h + "\n")
        f.write("\t".join(cols) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def load_discards(path: Path) -> set[str]:
    out = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#", 1)[0].strip().lstrip("+").strip()
            if line and not line.isdigit():
                out.add(" ".join(phrase_words(line)).casefold())
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared data folder")
    ap.add_argument("--date", default=datetime.date.today().isoformat(), help="build date for the headers")
    ap.add_argument("--report", action="store_true", help="print dropped patterns by reason")
    args = ap.parse_args(argv)
    shared: Path = args.shared
    ec = shared / "event-coding"

    geo = load_geo(shared)
    discards = load_discards(ec / "petrarch2_Phoenix.discards.txt")
    agent_src, agent_words = parse_agents(ec / "petrarch2_Phoenix.agents.txt")
    casing = load_casing(shared, agent_words)
    builder = ActorBuilder(geo, casing, discards)

    # --- Phoenix actors
    files = ["petrarch2_Phoenix.MilNonState.actors.txt", "petrarch2_Phoenix.Countries.actors.txt",
             "petrarch2_Phoenix.International.actors.txt"]
    rows: list[Row] = []
    n_entries = 0
    for fn in files:
        for e in parse_actor_file(ec / fn):
            n_entries += 1
            rows.extend(builder.entry_rows(e, n_entries))

    # --- curated rows: they win on their pattern; one that equals a Phoenix entry's primary name
    #     renames that whole entry (all its synonyms take the curated name, country, inter and code)
    cur_comments, cur_cols, cur_rows = read_tsv(LEX / "actors-curated.tsv")
    if cur_cols != ["pattern", "name", "country", "inter", "code"]:
        raise SystemExit(f"actors-curated.tsv: unexpected columns {cur_cols}")
    curated = [Row(r[0], r[1], r[2], int(r[3]), r[4], "curated") for r in cur_rows]
    cur_by_key = {c.pattern.casefold(): c for c in curated}
    override_blocks: dict[int, Row] = {}
    for r in rows:
        c = cur_by_key.get(r.pattern.casefold())
        if c is None or not r.primary or r.block in override_blocks:
            continue
        kind, _, roles = split_code(r.code, geo)
        if kind in ("country", "territory", "subnational") and not roles:
            continue                       # never rename a whole country entry
        override_blocks[r.block] = c
    renamed = 0
    for r in rows:
        c = override_blocks.get(r.block)
        if c is not None:
            r.name, r.country, r.inter, r.code = c.name, c.country, c.inter, c.code
            renamed += 1
    all_rows = dedupe(curated + rows, builder)
    unify_names(all_rows)
    all_rows.sort(key=lambda r: (r.pattern.casefold(), r.pattern))

    n_cur = sum(1 for r in all_rows if r.origin == "curated")
    header = [
        "# source: PETRARCH2 Phoenix actor dictionaries (Phoenix.Countries.actors.txt, "
        "Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt; "
        "https://github.com/openeventdata/petrarch2) plus data/lexicons/actors-curated.tsv",
        f"# licence: {MIT_LINE}",
        "# licence-curated: rows from data/lexicons/actors-curated.tsv are CC BY 4.0 (Sitrep developers)",
        f"# date: {args.date}",
        "# built-by: scripts/build_lexicons.py",
        "# columns: pattern = surface form (natural case; match case-insensitively, except all-caps "
        "acronyms of up to 5 letters, which match case-sensitively); name = canonical actor name; "
        "country = ISO 3166-1 alpha-2 of the actor's home country (empty: international/transnational); "
        "inter = ACLED interaction code 1..8; code = CAMEO actor code",
        "# inter codes: 1 State forces, 2 Rebel groups, 3 Political militias, 4 Identity militias, "
        "5 Rioters, 6 Protesters, 7 Civilians, 8 External/other forces",
    ] + ["# " + s for s in INTER_DOC] + [
        "# selection: one row per surface form, synonyms share their entry's name; the code in force now is "
        "used (open-ended date range, else the undated default); entries whose dated codes all end before "
        "2000 are dropped (current leaders missing from Phoenix are curated).",
        "# country entries keep the country's names, spelling variants and demonyms (a synonym must share a "
        "4-letter prefix with the country's name, or be an acronym or a listed alias such as 'British') and "
        "lose their cities, provinces and landmarks (also checked against GeoNames cities15000/admin1); "
        "dependent territories (USAPRI, DNKFRO) get their own ISO2 code.",
        "# dropped: common English words (corpus casing + CAMEO verb words + hand list), two-letter acronyms "
        "other than UN/US/EU/UK/AU, given names used alone, Phoenix discards, a hand list of noisy phrases "
        "('Direct Action', 'Aid Group'), single words shared by actors of different countries; a leading "
        "'the' is removed; spellings of one entry's name are unified ('Bashar al Assad' -> 'Bashar al-Assad').",
        f"# curated rows ({n_cur}) override Phoenix rows with the same pattern; a curated pattern equal to a "
        "Phoenix entry's primary name renames that entry (its synonyms take the curated name, country, inter, code).",
        "# known problems: Phoenix is 2014-era (Phoenix-only actors keep 2014 roles, e.g. former ministers as "
        "GOV); many minor officials are listed; casing of rare acronyms is guessed; some organisation names "
        "are ordinary phrases; Taliban are coded 2 (state forces since Aug 2021).",
    ]
    write_tsv(LEX / "actors.tsv", header, ["pattern", "name", "country", "inter", "code"],
              [[r.pattern, r.name, r.country, str(r.inter), r.code] for r in all_rows])

    # --- agents
    agent_rows, agent_dropped = build_agents(agent_src, discards)
    agent_rows.sort(key=lambda r: r[0])
    aheader = [
        "# source: PETRARCH2 Phoenix agents dictionary (Phoenix.agents.txt; "
        "https://github.com/openeventdata/petrarch2) plus a few curated nouns in scripts/build_lexicons.py",
        f"# licence: {MIT_LINE}",
        "# licence-curated: the curated nouns listed in scripts/build_lexicons.py (AGENT_EXTRA) are CC BY 4.0 "
        "(Sitrep developers)",
        f"# date: {args.date}",
        "# built-by: scripts/build_lexicons.py",
        "# columns: pattern = lower-case agent noun phrase (singular and plural forms are separate rows); "
        "role = CAMEO agent code (MIL, GOV, COP, REB, UAF, CVL, ...); inter = ACLED interaction code 1..8",
        "# inter codes: 1 State forces, 2 Rebel groups, 3 Political militias, 4 Identity militias, "
        "5 Rioters, 6 Protesters, 7 Civilians, 8 External/other forces",
    ] + ["# " + s for s in INTER_DOC[:8]] + [
        "# corrections: rioters, looters, mobs -> 5; unidentified gunmen -> UAF 3; curated nouns add "
        "identity-militia words (tribesmen, clan militia, herders -> 4) and aid workers/peacekeepers -> 8.",
        "# plurals: Phoenix relies on automatic plurals; they are generated here (+s, +es, y->ies, "
        "-man->-men, irregulars) except for {} entries and uncountable nouns.",
        "# known problems: Phoenix agents include weapons and vehicles as MIL ('warplane', 'F-16'), kept "
        "because they imply a military actor; places, events and adjectives were removed.",
    ]
    write_tsv(LEX / "agents.tsv", aheader, ["pattern", "role", "inter"],
              [[p, r, str(i)] for p, r, i in agent_rows])

    # --- licence
    lic = (ec / "petrarch2_LICENSE.MIT.txt").read_text(encoding="utf-8")
    (LEX / "LICENSE.petrarch2.txt").write_text(
        "The files data/lexicons/actors.tsv and data/lexicons/agents.tsv are derived from the\n"
        "PETRARCH2 Phoenix dictionaries (https://github.com/openeventdata/petrarch2), whose headers\n"
        "read \"Copyright (c) 2014 Open Event Data Alliance\". Their licence follows.\n\n" + lic.rstrip("\n") + "\n\n"
        "The PETRARCH2 CAMEO verb dictionary (source of data/lexicons/plover-verbs.tsv, built by scripts/build_plover_verbs.py) is\n"
        "Copyright (c) 2015 Open Event Data Alliance, under the same MIT licence.\n",
        encoding="utf-8")

    print(f"phoenix entries parsed: {n_entries}; actor rows before merge: {len(rows)}; "
          f"curated: {len(curated)} (renamed {renamed} Phoenix rows)")
    print(f"actors.tsv: {len(all_rows)} rows; agents.tsv: {len(agent_rows)} rows")
    for why, items in sorted(builder.dropped.items()):
        print(f"  actors dropped, {why}: {len(items)}")
        if args.report:
            print("    " + "; ".join(sorted(set(items))[:400]))
    for why, items in sorted(agent_dropped.items()):
        print(f"  agents dropped, {why}: {len(items)}")
        if args.report:
            print("    " + "; ".join(sorted(set(items))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
