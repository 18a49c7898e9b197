"""Reading a network folder's CSV files as on one day, for the reference scripts (no Partnerscope code).

An agency exists when start <= day <= end; a tie is in force when since <= day <= until; a partial
date (YYYY or YYYY-MM) starts on its first day and ends on its last. The default day is the latest
start or since in the folder; "all" (returned as None) keeps everything.
"""
import calendar
import csv


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def first_day(text):
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return tuple(parts)


def last_day(text):
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return (parts[0], 12, 31)
    if len(parts) == 2:
        return (parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return tuple(parts)


def day_of(as_at, agencies, ties):
    """The day to look at: None for "all", the latest start/since for None, else the date given."""
    if as_at == "all":
        return None
    if as_at is not None:
        return first_day(as_at)
    dates = [first_day(a["start"]) for a in agencies if (a.get("start") or "").strip()]
    dates += [first_day(t["since"]) for t in ties if (t.get("since") or "").strip()]
    return max(dates) if dates else None


def exists(agency, day):
    if day is None:
        return True
    start, end = (agency.get("start") or "").strip(), (agency.get("end") or "").strip()
    return (not start or first_day(start) <= day) and (not end or day <= last_day(end))


def in_force(tie, day):
    if day is None:
        return True
    since, until = (tie.get("since") or "").strip(), (tie.get("until") or "").strip()
    return not ((since and first_day(since) > day) or (until and day > last_day(until)))


def text(day):
    return "all" if day is None else "%04d-%02d-%02d" % day
