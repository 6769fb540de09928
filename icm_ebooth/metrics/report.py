"""A booth's figures over a period, from the stored daily counts: what the report shows.

Every figure is a sum of ``DailyCount`` (or ``DailyVisitors``) rows of the booth's language
versions that the editor may change, between two days inclusive. Events are grouped across
languages by their translation key.
"""

import collections
import datetime
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Sum
from wagtail.documents import get_document_model

from icm_ebooth import clock
from icm_ebooth.metrics import kinds
from icm_ebooth.models import DailyCount, DailyVisitors, EventPage

TOP = 10
BEFORE_THE_EVENT = frozenset({clock.UPCOMING, clock.JOINABLE})


@dataclass
class EventFigures:
    """What visitors did about one event (every language version of it)."""

    title: str
    start_at: datetime.datetime | None
    views_before: int = 0
    views_total: int = 0
    calendar_files: int = 0
    calendar_adds: int = 0
    joins_in_window: int = 0
    joins_outside: int = 0

    @property
    def calendar_total(self):
        return self.calendar_files + self.calendar_adds


@dataclass
class BoothFigures:
    """The report of one booth over ``start``..``end`` (days, inclusive)."""

    start: datetime.date
    end: datetime.date
    totals: dict
    visitors: int
    days: list  # (day, page views, unique visitors), one per day of the period
    page_types: list  # (label, count), most first
    languages: list  # (language code, count), most first
    events: list  # EventFigures, soonest first
    documents: list  # (title, count), most first
    searches: list  # (words, count), most first
    filters: list  # ("name=value", count), most first
    illustrative: bool
    rows: list = field(default_factory=list)  # every stored row, for the CSV export

    @property
    def is_empty(self):
        return not any(self.totals.values()) and not self.visitors


def _page_type_label(name):
    app_label, _sep, model = name.partition(".")
    try:
        model_class = ContentType.objects.get_by_natural_key(app_label, model).model_class()
    except ContentType.DoesNotExist:
        model_class = None
    return str(model_class._meta.verbose_name).capitalize() if model_class else name


def _ranked(counter, limit=TOP):
    return sorted(counter.items(), key=lambda item: (-item[1], str(item[0])))[:limit]


def _events(rows):
    by_event = collections.defaultdict(list)
    for row in rows:
        if row["event"] is not None:
            by_event[row["event"]].append(row)
    if not by_event:
        return []
    events = EventPage.objects.filter(pk__in=by_event).only(
        "pk", "title", "translation_key", "start_at", "locale_id"
    )
    figures = {}
    for event in sorted(events, key=lambda event: event.locale_id):
        item = figures.setdefault(event.translation_key, EventFigures(event.title, event.start_at))
        for row in by_event[event.pk]:
            kind, phase, number = row["kind"], row["phase"], row["total"]
            if kind == kinds.PAGE_VIEW:
                item.views_total += number
                if phase in BEFORE_THE_EVENT:
                    item.views_before += number
            elif kind == kinds.CALENDAR_FILE:
                item.calendar_files += number
            elif kind == kinds.CALENDAR_ADD:
                item.calendar_adds += number
            elif kind == kinds.JOIN:
                if phase in kinds.IN_JOIN_WINDOW:
                    item.joins_in_window += number
                else:
                    item.joins_outside += number
    far = datetime.datetime.max.replace(tzinfo=datetime.UTC)
    return sorted(figures.values(), key=lambda item: (item.start_at or far, item.title))


def booth_figures(booth_ids, start, end):
    """The figures of ``booth_ids`` (one booth's language versions), ``start`` to ``end``."""
    counts = DailyCount.objects.filter(booth_id__in=booth_ids, day__range=(start, end))
    rows = list(
        counts.values("day", "kind", "page_type", "language", "event", "phase", "document", "key")
        .annotate(total=Sum("count"))
        .order_by("day", "kind", "page_type", "language", "event", "phase", "document", "key")
    )
    visitors_by_day = dict(
        DailyVisitors.objects.filter(booth_id__in=booth_ids, day__range=(start, end))
        .values_list("day")
        .annotate(total=Sum("count"))
    )
    illustrative = (
        counts.filter(illustrative=True).exists()
        or DailyVisitors.objects.filter(
            booth_id__in=booth_ids, day__range=(start, end), illustrative=True
        ).exists()
    )
    totals = {kind: 0 for kind, _label in kinds.KIND_CHOICES}
    views_by_day = collections.Counter()
    page_types, languages = collections.Counter(), collections.Counter()
    documents, searches = collections.Counter(), collections.Counter()
    filters = collections.Counter()
    for row in rows:
        kind, number = row["kind"], row["total"]
        totals[kind] = totals.get(kind, 0) + number
        if kind == kinds.PAGE_VIEW:
            views_by_day[row["day"]] += number
            page_types[row["page_type"]] += number
            languages[row["language"]] += number
        elif kind == kinds.DOWNLOAD and row["document"] is not None:
            documents[row["document"]] += number
        elif kind == kinds.SEARCH:
            searches[row["key"]] += number
        elif kind == kinds.FILTER:
            filters[row["key"]] += number
    titles = dict(get_document_model().objects.filter(pk__in=documents).values_list("pk", "title"))
    days = []
    day = start
    while day <= end:
        days.append((day, views_by_day[day], visitors_by_day.get(day, 0)))
        day += datetime.timedelta(days=1)
    return BoothFigures(
        start=start,
        end=end,
        totals=totals,
        visitors=sum(visitors_by_day.values()),
        days=days,
        page_types=[(_page_type_label(name), n) for name, n in _ranked(page_types, None)],
        languages=_ranked(languages, None),
        events=_events(rows),
        documents=[(titles.get(pk, str(pk)), n) for pk, n in _ranked(documents)],
        searches=_ranked(searches),
        filters=_ranked(filters),
        illustrative=illustrative,
        rows=rows,
    )
