#!/usr/bin/env python3
"""Compact the Office of the Historian's chiefs-of-mission data (HistoryAtState/pocom)
into the two CSV files internal/load/pocom reads.

    python3 scripts/pocom_compact.py ../shared/data/hsg-pocom data/reference

reads   <src>/missions-countries/*.xml   one file per country, every appointment
        <src>/roles-country-chiefs/*.xml the role titles
        <src>/people/*/*.xml             the people
writes  <dst>/pocom-appointments.csv     one row per <chief> of a country's <chiefs> and
                                         <other-nominees>, in file and document order
        <dst>/pocom-people.csv           the people those rows name, by id

Values are copied as they are, with runs of white space in free text made one space;
dates keep the precision the files give (YYYY, YYYY-MM, YYYY-MM-DD). The data are in the
public domain (CC0); see data/reference/README.md. Standard library only.
"""

import csv
import glob
import os
import sys
import xml.etree.ElementTree as ET

APPOINTMENT_COLUMNS = [
    "territory_id", "chief_id", "section", "person_id", "role_id", "role_title",
    "contemporary_territory_id", "appointed", "appointed_note", "started", "started_note",
    "ended", "ended_note", "note", "last_modified",
]
PEOPLE_COLUMNS = [
    "person_id", "forename", "surname", "gen_name", "altnames", "birth", "death",
    "career_type", "last_modified",
]
# What the two parts of a country-mission file mean: <chiefs> served; <other-nominees>
# were nominated or commissioned but did not serve (declined, not confirmed, ...).
SECTIONS = [("chiefs", "chief"), ("other-nominees", "other-nominee")]


def text(elem, path=None):
    """The element's text with its children's (a note may hold <hi>), white space collapsed."""
    e = elem if path is None else elem.find(path)
    if e is None:
        return ""
    return " ".join("".join(e.itertext()).split())


def fail(path, msg):
    sys.exit(f"{path}: {msg}")


def read_roles(src):
    roles = {}
    for path in sorted(glob.glob(os.path.join(src, "roles-country-chiefs", "*.xml"))):
        root = ET.parse(path).getroot()
        rid, title = text(root, "id"), text(root, "names/singular")
        if not rid or not title:
            fail(path, "role without id or singular name")
        roles[rid] = title
    return roles


def read_appointments(src, roles):
    rows = []
    files = sorted(glob.glob(os.path.join(src, "missions-countries", "*.xml")))
    if not files:
        fail(os.path.join(src, "missions-countries"), "no files")
    for path in files:
        root = ET.parse(path).getroot()
        territory = text(root, "territory-id")
        if territory != os.path.basename(path)[: -len(".xml")]:
            fail(path, f"territory-id {territory!r} differs from the file name")
        for container, section in SECTIONS:
            for chief in root.findall(f"{container}/chief"):
                role = text(chief, "role-title-id")
                if role not in roles:
                    fail(path, f"chief {text(chief, 'id')}: unknown role {role!r}")
                rows.append({
                    "territory_id": territory,
                    "chief_id": text(chief, "id"),
                    "section": section,
                    "person_id": text(chief, "person-id"),
                    "role_id": role,
                    "role_title": roles[role],
                    "contemporary_territory_id": text(chief, "contemporary-territory-id"),
                    "appointed": text(chief, "appointed/date"),
                    "appointed_note": text(chief, "appointed/note"),
                    "started": text(chief, "started/date"),
                    "started_note": text(chief, "started/note"),
                    "ended": text(chief, "ended/date"),
                    "ended_note": text(chief, "ended/note"),
                    "note": text(chief, "note"),
                    "last_modified": text(chief, "last-modified-date"),
                })
    return rows


def read_people(src, wanted):
    rows = {}
    for path in sorted(glob.glob(os.path.join(src, "people", "*", "*.xml"))):
        pid = os.path.basename(path)[: -len(".xml")]
        if pid not in wanted:
            continue
        root = ET.parse(path).getroot()
        if text(root, "id") != pid:
            fail(path, f"id {text(root, 'id')!r} differs from the file name")
        rows[pid] = {
            "person_id": pid,
            "forename": text(root, "persName/forename"),
            "surname": text(root, "persName/surname"),
            "gen_name": text(root, "persName/genName"),
            "altnames": " | ".join(text(a) for a in root.findall("persName/altname") if text(a)),
            "birth": text(root, "birth"),
            "death": text(root, "death"),
            "career_type": text(root, "career-type"),
            "last_modified": text(root, "last-modified-date"),
        }
    missing = sorted(wanted - rows.keys())
    if missing:
        fail(os.path.join(src, "people"), f"no file for {len(missing)} people named by appointments: {missing[:5]}")
    return [rows[k] for k in sorted(rows)]


def write(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, dst = sys.argv[1], sys.argv[2]
    appointments = read_appointments(src, read_roles(src))
    people = read_people(src, {r["person_id"] for r in appointments})
    write(os.path.join(dst, "pocom-appointments.csv"), APPOINTMENT_COLUMNS, appointments)
    write(os.path.join(dst, "pocom-people.csv"), PEOPLE_COLUMNS, people)
    print(f"{len(appointments)} appointments, {len(people)} people")


if __name__ == "__main__":
    main()
