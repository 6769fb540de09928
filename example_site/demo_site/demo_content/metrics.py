"""Illustrative booth metrics for the demo: a made-up January 2021 around the live event.

Nobody visited the demo: these figures are generated, from a fixed seed so that every load
gives the same ones, and stored with ``illustrative=True``, which the report shows as a
notice above them. They follow the shape a real month would have: visits rising before the
live event of 27 January, calendar adds while it is upcoming, most joins in the join window
and a few outside it, and the slides downloaded once it has ended.
"""

import datetime
import random

from icm_ebooth import clock
from icm_ebooth.metrics import kinds
from icm_ebooth.models import DailyCount, DailyVisitors

DAYS = [datetime.date(2021, 1, day) for day in range(1, 32)]
EVENT_DAY = datetime.date(2021, 1, 27)
LANGUAGE_SHARES = (("en", 0.7), ("fr", 0.15), ("de", 0.15))
PAGE_TYPES = {
    "icm_ebooth.boothpage": 1.0,
    "icm_ebooth.topicpage": 0.8,
    "icm_ebooth.projectexampleindexpage": 0.4,
    "icm_ebooth.resourcelibrarypage": 0.3,
}
SEARCHES = {"india": 6, "traineeship": 5, "staff training": 4, "ukraine": 3, "doctoral": 2}
FILTERS = {"region=asia": 9, "mobility=student-studies": 7, "year=2020": 5, "type=document": 4}


def _by_language(rng, total):
    """``total`` split over the demo's languages, as (language, count) pairs."""
    shares = []
    left = total
    for language, share in LANGUAGE_SHARES[:-1]:
        part = round(total * share * rng.uniform(0.8, 1.2))
        part = min(part, left)
        shares.append((language, part))
        left -= part
    shares.append((LANGUAGE_SHARES[-1][0], left))
    return [(language, count) for language, count in shares if count]


def _event_rows(rng, day, event):
    """(kind, phase, key, count) of the live event's page, calendars and joins on ``day``."""
    rows = []
    if day < EVENT_DAY:
        closeness = 1 + (7 - min(7, (EVENT_DAY - day).days))
        rows.append((kinds.PAGE_VIEW, clock.UPCOMING, "", rng.randint(3, 6) * closeness))
        rows.append((kinds.CALENDAR_FILE, clock.UPCOMING, "", rng.randint(0, 2) * closeness))
        rows.append((kinds.CALENDAR_ADD, clock.UPCOMING, "google", rng.randint(0, 2) * closeness))
        rows.append((kinds.CALENDAR_ADD, clock.UPCOMING, "outlook", rng.randint(0, 1) * closeness))
    elif day == EVENT_DAY:
        rows += [
            (kinds.PAGE_VIEW, clock.UPCOMING, "", 96),
            (kinds.PAGE_VIEW, clock.JOINABLE, "", 41),
            (kinds.PAGE_VIEW, clock.LIVE, "", 28),
            (kinds.PAGE_VIEW, clock.ENDED, "", 17),
            (kinds.CALENDAR_FILE, clock.UPCOMING, "", 9),
            (kinds.CALENDAR_ADD, clock.UPCOMING, "google", 6),
            (kinds.CALENDAR_ADD, clock.UPCOMING, "outlook", 4),
            # Joins in the join window, and a few outside it (too early, or after the end).
            (kinds.JOIN, clock.JOINABLE, "", 38),
            (kinds.JOIN, clock.LIVE, "", 74),
            (kinds.JOIN, clock.UPCOMING, "", 7),
            (kinds.JOIN, clock.ENDED, "", 3),
            (kinds.QUESTION, clock.UPCOMING, "", 2),
        ]
    else:
        rows.append((kinds.PAGE_VIEW, clock.ENDED, "", rng.randint(4, 9)))
    return [row for row in rows if row[3]]


def build_illustrative_metrics(booth, live_event, documents):
    """Replace the booth's illustrative figures; return how many daily rows were made.

    ``documents`` are (document, daily downloads before the event, after it) triples.
    """
    DailyCount.objects.filter(booth=booth, illustrative=True).delete()
    DailyVisitors.objects.filter(booth=booth, illustrative=True).delete()
    rng = random.Random(20210127)
    counts, visitors = [], []

    def add(day, kind, count, language="en", **fields):
        counts.append(
            DailyCount(
                booth=booth,
                day=day,
                kind=kind,
                language=language,
                count=count,
                illustrative=True,
                **fields,
            )
        )

    for day in DAYS:
        # Visits grow in the fortnight before the event, peak on its day, then ease off.
        if day < EVENT_DAY:
            level = 1 + max(0, 14 - (EVENT_DAY - day).days) / 7
        elif day == EVENT_DAY:
            level = 4
        else:
            level = 1.5
        weekend = 0.5 if day.weekday() >= 5 else 1
        views = 0
        for page_type, weight in PAGE_TYPES.items():
            total = round(rng.randint(14, 24) * weight * level * weekend)
            views += total
            for language, count in _by_language(rng, total):
                add(day, kinds.PAGE_VIEW, count, language, page_type=page_type)
        for kind, phase, key, count in _event_rows(rng, day, live_event):
            views += count if kind == kinds.PAGE_VIEW else 0
            page_type = "icm_ebooth.eventpage" if kind == kinds.PAGE_VIEW else ""
            add(day, kind, count, event=live_event, phase=phase, key=key, page_type=page_type)
        for document, before, after in documents:
            daily = before if day <= EVENT_DAY else after
            count = round(rng.uniform(0.5, 1.5) * daily * weekend)
            if count:
                add(day, kinds.DOWNLOAD, count, document=document)
        finder = "icm_ebooth.projectexampleindexpage"
        for words, weight in SEARCHES.items():
            count = rng.randint(0, weight)
            if count:
                add(day, kinds.SEARCH, count, page_type=finder, key=words)
        for name, weight in FILTERS.items():
            count = rng.randint(0, weight)
            if count:
                add(day, kinds.FILTER, count, page_type=finder, key=name)
        visitors.append(
            DailyVisitors(
                booth=booth,
                day=day,
                count=round(views * rng.uniform(0.45, 0.6)),
                illustrative=True,
            )
        )
    DailyCount.objects.bulk_create(counts)
    DailyVisitors.objects.bulk_create(visitors)
    return len(counts)
