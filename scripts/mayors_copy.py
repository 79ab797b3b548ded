#!/usr/bin/env python3
"""Copy the European mayors of Wikidata (njanakiev/wikidata-mayors) into the repository,
with its licence, for internal/load/mayors.

    python3 scripts/mayors_copy.py ../shared/data/wikidata-mayors data/reference

reads   <src>/european_mayors.csv and <src>/LICENSE
writes  <dst>/mayors-european.csv      byte for byte (188 KB: small enough to keep whole,
                                       so every line number matches the original)
        <dst>/mayors-european.LICENSE  the MIT licence that must travel with it

The data themselves are Wikidata's (CC0); see data/reference/README.md. Standard
library only.
"""

import csv
import os
import shutil
import sys

COLUMNS = [
    "country", "city", "cityLabel", "population", "mayor", "mayorLabel", "genderLabel", "birth",
    "age", "start_date", "duration", "birth_country", "birth_countryLabel", "birth_city",
    "birth_cityLabel", "city_lon", "city_lat", "birth_city_lon", "birth_city_lat", "distance",
]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, dst = sys.argv[1], sys.argv[2]
    data = os.path.join(src, "european_mayors.csv")
    with open(data, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != COLUMNS:
            sys.exit(f"{data}: unexpected header {header}")
        rows = sum(1 for _ in reader)
    shutil.copyfile(data, os.path.join(dst, "mayors-european.csv"))
    shutil.copyfile(os.path.join(src, "LICENSE"), os.path.join(dst, "mayors-european.LICENSE"))
    print(f"{rows} rows")


if __name__ == "__main__":
    main()
