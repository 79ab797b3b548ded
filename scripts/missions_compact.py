#!/usr/bin/env python3
"""Compact the Database of Embassies (Wikidata, CC0) into the CSV Amity ships.

    python3 scripts/missions_compact.py [SRC] [DEST]

SRC defaults to ../shared/data/embassies/database_of_embassies.csv (the `;`-separated CSV
of 2022-11-16 from GitHub database-of-embassies/database-of-embassies), DEST to
data/reference/missions.csv. The output is UTF-8, comma-separated, one mission a line
after a header, in the order of the source, so line N of the output is line N of the
source (the importer's reports name lines that hold in both files):

    qid,operator,operatorQID,country,countryQID,city,cityQID,latitude,longitude,
    type,typeQID,creation,jurisdictions,website

What changes on the way:

  - Wikidata entity URLs become their ids ("http://www.wikidata.org/entity/Q17" -> "Q17");
  - creation loses its time of day, which is always midnight UTC in the source
    ("1993-01-01T00:00:00Z" -> "1993-01-01"); anything else stops the script;
  - jurisdictions keeps the labels (joined by '|', as in the source), not their ids;
  - dropped: the picture columns (picture, pictureAuthor, pictureLicense,
    pictureLicenseURL: Commons images carry their own licences), phone, email, the
    social-media accounts, and address (empty in every row of this version).

Python 3 standard library only.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "..", "shared", "data", "embassies", "database_of_embassies.csv")
DEST = os.path.join(HERE, "..", "data", "reference", "missions.csv")

SOURCE_HEADER = [
    "operator", "operatorQID", "jurisdictions", "jurisdictionQIDs", "country", "countryQID",
    "city", "cityQID", "address", "latitude", "longitude", "phone", "email", "website",
    "facebook", "twitter", "youtube", "picture", "pictureAuthor", "pictureLicense",
    "pictureLicenseURL", "type", "typeQID", "creation", "QID",
]
HEADER = [
    "qid", "operator", "operatorQID", "country", "countryQID", "city", "cityQID",
    "latitude", "longitude", "type", "typeQID", "creation", "jurisdictions", "website",
]
ENTITY = re.compile(r"^http://www\.wikidata\.org/entity/(Q[0-9]+)$")
MIDNIGHT = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})T00:00:00Z$")


def fail(line, field, msg):
    sys.exit(f"{SRC_PATH}:{line}: field {field}: {msg}")


def qid(line, field, value, required):
    if value == "":
        if required:
            fail(line, field, "empty")
        return ""
    m = ENTITY.match(value)
    if not m:
        fail(line, field, f"{value!r} is not a Wikidata entity URL")
    return m.group(1)


def main(argv):
    global SRC_PATH
    SRC_PATH = argv[1] if len(argv) > 1 else SRC
    dest = argv[2] if len(argv) > 2 else DEST
    with open(SRC_PATH, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    header = rows[0]
    # The source ends every line with a ';', so its header names one empty column more
    # than the rows carry.
    if header and header[-1] == "":
        header = header[:-1]
    if header != SOURCE_HEADER:
        sys.exit(f"{SRC_PATH}:1: header is {header}, want {SOURCE_HEADER}")
    col = {name: i for i, name in enumerate(header)}
    out = []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) == len(header) + 1 and row[-1] == "":
            row = row[:-1]
        if len(row) != len(header):
            fail(line, "", f"{len(row)} fields, want {len(header)}")
        if any("\n" in v or "\r" in v for v in row):
            fail(line, "", "a field holds a line break, so lines would no longer match the source's")
        get = lambda name: row[col[name]].strip()
        creation = get("creation")
        if creation:
            m = MIDNIGHT.match(creation)
            if not m:
                fail(line, "creation", f"{creation!r} is not a date at midnight UTC")
            creation = m.group(1)
        out.append([
            qid(line, "QID", get("QID"), True),
            get("operator"),
            qid(line, "operatorQID", get("operatorQID"), True),
            get("country"),
            qid(line, "countryQID", get("countryQID"), True),
            get("city"),
            qid(line, "cityQID", get("cityQID"), False),
            get("latitude"),
            get("longitude"),
            get("type"),
            qid(line, "typeQID", get("typeQID"), True),
            creation,
            get("jurisdictions"),
            get("website"),
        ])
    with open(dest, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(out)
    print(f"{dest}: {len(out)} missions", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
