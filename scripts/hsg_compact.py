#!/usr/bin/env python3
"""Compact the Office of the Historian's travels and visits data (HistoryAtState/travels
and HistoryAtState/visits) into the two CSV files internal/load/hsg reads.

    python3 scripts/hsg_compact.py ../shared/data data/reference

reads   <src>/hsg-travels/president-travels/*.xml  one file per President, <trip> records
        <src>/hsg-travels/secretary-travels/*.xml  one file per Secretary of State
        <src>/hsg-visits/data/*.xml                one file per decade, <visit> records
writes  <dst>/hsg-travels.csv   one row per <trip>, files in name order, trips in document order
        <dst>/hsg-visits.csv    one row per <visit>, likewise

Values are copied as they are, with runs of white space made one space (the XML wraps long
remarks over several lines). source_file and source_line say where each record starts in
the original files, so a report can point there; last_modified is the date part of the
record's last-modified (or created) timestamp, from which the importer takes the data
set's version date. The data are in the public domain (CC0); see data/reference/README.md.
Standard library only.
"""

import csv
import glob
import os
import sys
import xml.parsers.expat

TRAVEL_COLUMNS = [
    "id", "role", "who", "name", "start_date", "end_date", "country_id", "country",
    "locale", "remarks", "last_modified", "source_file", "source_line",
]
VISIT_COLUMNS = [
    "id", "start_date", "end_date", "visitor", "from_id", "from", "description",
    "last_modified", "source_file", "source_line",
]


def records(path, record_tag):
    """Yields (line, fields) for each record element of the file: fields maps a child
    element's name to its text (white space collapsed), and "<name>@<attr>" to the child's
    attributes; "@<attr>" are the record element's own attributes."""
    out = []
    state = {"rec": None, "line": 0, "child": None, "buf": []}
    parser = xml.parsers.expat.ParserCreate()

    def start(name, attrs):
        if name == record_tag:
            state["rec"] = {"@" + k: v for k, v in attrs.items()}
            state["line"] = parser.CurrentLineNumber
        elif state["rec"] is not None and state["child"] is None:
            state["child"] = name
            state["buf"] = []
            for k, v in attrs.items():
                state["rec"][name + "@" + k] = v

    def end(name):
        if name == record_tag:
            out.append((state["line"], state["rec"]))
            state["rec"] = None
        elif state["rec"] is not None and name == state["child"]:
            if name in state["rec"]:
                sys.exit(f"{path}:{parser.CurrentLineNumber}: <{name}> given twice in one <{record_tag}>")
            state["rec"][name] = " ".join("".join(state["buf"]).split())
            state["child"] = None

    def chars(data):
        if state["child"] is not None:
            state["buf"].append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    with open(path, "rb") as f:
        try:
            parser.ParseFile(f)
        except xml.parsers.expat.ExpatError as e:
            sys.exit(f"{path}: {e}")
    return out


def modified(rec):
    stamp = rec.get("last-modified-datetime") or rec.get("created-datetime") or ""
    return stamp[:10]


def write(path, columns, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        w.writerows(rows)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: hsg_compact.py <shared/data> <data/reference>")
    src, dst = sys.argv[1], sys.argv[2]

    travels = []
    for sub in ("president-travels", "secretary-travels"):
        for path in sorted(glob.glob(os.path.join(src, "hsg-travels", sub, "*.xml"))):
            rel = sub + "/" + os.path.basename(path)
            for line, r in records(path, "trip"):
                travels.append([
                    r.get("id", ""), r.get("role", ""), r.get("@who", ""), r.get("name", ""),
                    r.get("start-date", ""), r.get("end-date", ""), r.get("country@id", ""),
                    r.get("country", ""), r.get("locale", ""), r.get("remarks", ""),
                    modified(r), rel, line,
                ])
    visits = []
    for path in sorted(glob.glob(os.path.join(src, "hsg-visits", "data", "*.xml"))):
        rel = "data/" + os.path.basename(path)
        for line, r in records(path, "visit"):
            visits.append([
                r.get("id", ""), r.get("start-date", ""), r.get("end-date", ""),
                r.get("visitor", ""), r.get("from@id", ""), r.get("from", ""),
                r.get("description", ""), modified(r), rel, line,
            ])
    if not travels or not visits:
        sys.exit(f"{src}: found {len(travels)} trips and {len(visits)} visits; is this the shared data folder?")
    write(os.path.join(dst, "hsg-travels.csv"), TRAVEL_COLUMNS, travels)
    write(os.path.join(dst, "hsg-visits.csv"), VISIT_COLUMNS, visits)
    print(f"hsg-travels.csv: {len(travels)} trips; hsg-visits.csv: {len(visits)} visits")


if __name__ == "__main__":
    main()
