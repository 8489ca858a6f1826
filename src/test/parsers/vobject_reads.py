"""What python3-vobject reads from a vCard or iCalendar file, as JSON on standard output.

Usage: vobject_reads.py vcard|ical FILE
"""
import json
import sys

import vobject


def params(line, name):
    return line.params.get(name, [])


def card(c):
    def first(name):
        lines = c.contents.get(name, [])
        return lines[0].value if lines else None

    adr = c.contents.get("adr", [])
    org = first("org")
    return {
        "uid": first("uid"),
        "fn": first("fn"),
        "title": first("title"),
        "org": org if org is None or isinstance(org, list) else [org],
        "note": first("note"),
        "tel": [{"value": t.value, "types": params(t, "TYPE")} for t in c.contents.get("tel", [])],
        "email": [{"value": e.value, "types": params(e, "TYPE")} for e in c.contents.get("email", [])],
        "locality": adr[0].value.city if adr else None,
        "region": adr[0].value.region if adr else None,
        "country": adr[0].value.country if adr else None,
        "categories": first("categories") or [],
    }


def event(e):
    def text(name):
        lines = e.contents.get(name, [])
        return lines[0].value if lines else None

    return {
        "uid": text("uid"),
        "summary": text("summary"),
        "description": text("description"),
        "attendees": [{"value": a.value, "cn": (params(a, "CN") or [None])[0]}
                      for a in e.contents.get("attendee", [])],
    }


def main(kind, path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if kind == "vcard":
        out = [card(c) for c in vobject.readComponents(text)]
    else:
        calendar = vobject.readOne(text)
        method = calendar.contents.get("method", [])
        out = {"method": method[0].value if method else None,
               "events": [event(e) for e in calendar.contents.get("vevent", [])]}
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
