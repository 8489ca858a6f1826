"""What Python's csv module reads from a CSV file, and whether the file begins with a UTF-8 byte order mark.

Usage: csv_reads.py FILE
"""
import codecs
import csv
import io
import json
import sys


def main(path):
    with open(path, "rb") as f:
        data = f.read()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    json.dump({"bom": data.startswith(codecs.BOM_UTF8), "rows": rows}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
