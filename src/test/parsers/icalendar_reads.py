"""What python3-icalendar reads from an iCalendar file, as JSON on standard output.

Usage: icalendar_reads.py FILE
"""
import json
import sys

import icalendar


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def attendees(e):
    found = e.get("ATTENDEE")
    if found is None:
        return []
    found = found if isinstance(found, list) else [found]
    return [{"value": str(a), "cn": a.params.get("CN")} for a in found]


def main(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    out = {"method": text(calendar, "METHOD"),
           "events": [{"uid": text(e, "UID"), "summary": text(e, "SUMMARY"), "description": text(e, "DESCRIPTION"),
                       "attendees": attendees(e)} for e in calendar.walk("VEVENT")]}
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
