"""From the buffer to the database: each count resolved to its booth, language and phase.

A flush takes everything buffered at once, finds what each count is about in a few queries
for the whole batch (pages, events, documents, the booths above them), and adds the batch to
``DailyCount`` rows; the day's visitor hashes go to the buffer's day sets, and only how many
were new reaches ``DailyVisitors``. Counts about something that is gone, or outside any
booth, are dropped.
"""

import collections
import datetime
import json
import logging
import time

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import QueryDict
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex

from icm_ebooth import clock
from icm_ebooth.conf import ebooth_settings
from icm_ebooth.metrics import buffer, kinds
from icm_ebooth.models import BoothPage, DailyCount, DailyVisitors, EventPage

logger = logging.getLogger(__name__)

# Query parameters that are neither a search nor a filter.
NOT_FILTERS = frozenset({"page", "sort"})

Row = collections.namedtuple(
    "Row", "booth_id day kind page_type language event_id phase document_id key"
)


def _split_target(target):
    kind, _sep, value = target.partition(":")
    return kind, value


def _language_and_path(path):
    """The language a path starts with (i18n_patterns) and the rest of it."""
    parts = [part for part in path.split("/") if part]
    codes = {code.lower() for code, _name in settings.LANGUAGES}
    if parts and parts[0].lower() in codes:
        return parts[0], "/".join(parts[1:])
    return settings.LANGUAGE_CODE, "/".join(parts)


def _route(host, language, path):
    """The live page that ``path`` (without its language prefix) leads to on ``host``."""
    request = RequestFactory().get("/", HTTP_HOST=host or "localhost")
    with translation.override(language):
        route = Page.route_for_request(request, path)
    if route is None:
        return None
    page = route[0]
    return page if page.live else None


class Resolver:
    """What the counts of one batch are about, read in a few queries for the whole batch."""

    def __init__(self, entries):
        page_ids, event_ids, document_ids = set(), set(), set()
        self._routed = {}
        for target, _language, _detail in entries:
            kind, value = _split_target(target)
            if not value.isdecimal():
                continue
            if kind == "page":
                page_ids.add(int(value))
            elif kind == "event":
                event_ids.add(int(value))
            elif kind == "document":
                document_ids.add(int(value))
        self.booths = sorted(
            BoothPage.objects.select_related("locale").only("pk", "path", "locale"),
            key=lambda booth: len(booth.path),
            reverse=True,
        )
        self.pages = (
            Page.objects.filter(pk__in=page_ids, live=True)
            .select_related("content_type", "locale")
            .only("pk", "path", "live", "content_type", "locale")
            .in_bulk()
        )
        event_type = self._event_type_id()
        event_ids |= {pk for pk, page in self.pages.items() if page.content_type_id == event_type}
        self.events = (
            EventPage.objects.filter(pk__in=event_ids, live=True)
            .select_related("locale")
            .only("pk", "path", "live", "status", "start_at", "end_at", "locale")
            .in_bulk()
        )
        self.documents = get_document_model().objects.only("pk").in_bulk(document_ids)

    @staticmethod
    def _event_type_id():
        from django.contrib.contenttypes.models import ContentType

        return ContentType.objects.get_for_model(EventPage).pk

    def booth_of(self, page):
        for booth in self.booths:
            if page.path.startswith(booth.path):
                return booth
        return None

    def routed(self, host, language, path):
        key = (host, language, path)
        if key not in self._routed:
            self._routed[key] = _route(host, language, path)
        return self._routed[key]

    def _document_booth(self, document, host, referer):
        if referer:
            language, path = _language_and_path(referer)
            page = self.routed(host, language, path)
            booth = self.booth_of(page) if page is not None else None
            if booth is not None:
                return booth
        # No page to go by: the first booth with a page that links the document.
        page_ids = (
            ReferenceIndex.get_references_to(document)
            .filter(base_content_type__app_label="wagtailcore", base_content_type__model="page")
            .values_list("object_id", flat=True)
        )
        for page in Page.objects.filter(pk__in=list(page_ids)).only("pk", "path"):
            booth = self.booth_of(page)
            if booth is not None:
                return booth
        return None

    def where(self, target, language, detail, host=""):
        """(booth, page, event, document) that a count is about; booth None to drop it."""
        kind, value = _split_target(target)
        if kind == "path":
            page = self.routed(value, language, detail)
            if not isinstance(page, EventPage):
                return None, None, None, None
            event = self.events.get(page.pk) or page
            return self.booth_of(page), page, event, None
        if not value.isdecimal():
            return None, None, None, None
        number = int(value)
        if kind == "page":
            page = self.pages.get(number)
            if page is None:
                return None, None, None, None
            return self.booth_of(page), page, self.events.get(number), None
        if kind == "event":
            event = self.events.get(number)
            if event is None:
                return None, None, None, None
            return self.booth_of(event), event, event, None
        if kind == "document":
            document = self.documents.get(number)
            if document is None:
                return None, None, None, None
            host, _sep, referer = detail.partition(" ")
            return self._document_booth(document, host, referer), None, None, document
        return None, None, None, None


def _details(page, kind, detail):
    """(kind, key) rows a count gives: a page view may also be a search and some filters."""
    if kind != kinds.PAGE_VIEW:
        return [(kind, detail if kind in (kinds.CALENDAR_ADD,) else "")]
    rows = [(kinds.PAGE_VIEW, "")]
    parameters = page.specific_class.query_parameters if page.specific_class else None
    if parameters is None or not detail:
        return rows
    query = parameters.canonical(QueryDict(detail))
    if parameters.search and parameters.is_search(query):
        words = " ".join(query.get(parameters.search, "").lower().split())
        rows.append((kinds.SEARCH, words[:200]))
    for name, value in query.items():
        if name != parameters.search and name not in NOT_FILTERS:
            rows.append((kinds.FILTER, f"{name}={value}"[:200]))
    return rows


def _rows(resolver, hits):
    rows = collections.Counter()
    for text, number in hits.items():
        try:
            minute, kind, target, language, detail = json.loads(text)
            moment = datetime.datetime.fromisoformat(minute).replace(tzinfo=datetime.UTC)
        except (ValueError, TypeError):
            continue
        booth, page, event, document = resolver.where(target, language, detail)
        if booth is None:
            continue
        phase = ""
        if event is not None:
            phase = clock.event_phase(event.status, event.start_at, event.end_at, moment).name
        if page is not None:
            language = page.locale.language_code
        elif not language:
            language = booth.locale.language_code
        page_type = (
            f"{page.content_type.app_label}.{page.content_type.model}" if page is not None else ""
        )
        for row_kind, key in _details(page, kind, detail):
            row = Row(
                booth.pk,
                timezone.localdate(moment),
                row_kind,
                page_type if row_kind in (kinds.PAGE_VIEW, kinds.SEARCH, kinds.FILTER) else "",
                language,
                event.pk if event is not None else None,
                phase,
                document.pk if document is not None else None,
                key,
            )
            rows[row] += number
    return rows


def _write_counts(rows):
    for row, number in rows.items():
        fields = row._asdict()
        matching = DailyCount.objects.filter(illustrative=False, **fields)
        # Two flushes at once may both create a row: the report adds rows up, so a second
        # row with the same fields is harmless.
        if not matching.update(count=F("count") + number):
            DailyCount.objects.create(count=number, **fields)


def _write_visitors(resolver, members):
    hashes = collections.defaultdict(set)
    for text in members:
        try:
            day, target, language, detail, visitor = json.loads(text)
            day = datetime.date.fromisoformat(day)
        except (ValueError, TypeError):
            continue
        booth = resolver.where(target, language, detail)[0]
        if booth is not None:
            hashes[(day, booth.pk)].add(visitor)
    for (day, booth_id), day_hashes in hashes.items():
        new = buffer.call("add_day_visitors", day, booth_id, sorted(day_hashes))
        if not new:
            continue
        if not DailyVisitors.objects.filter(booth_id=booth_id, day=day).update(
            count=F("count") + new
        ):
            try:
                with transaction.atomic():
                    DailyVisitors.objects.create(booth_id=booth_id, day=day, count=new)
            except IntegrityError:
                DailyVisitors.objects.filter(booth_id=booth_id, day=day).update(
                    count=F("count") + new
                )


def flush():
    """Write everything buffered to the database; return how many counts were written.

    A buffer or database that fails loses this batch, logged, and raises nothing.
    """
    try:
        hits, members = buffer.call("drain")
    except buffer.Unavailable:
        return 0
    if not hits and not members:
        return 0
    try:
        entries = {tuple(json.loads(text)[2:5]) for text in hits}
        entries |= {tuple(json.loads(text)[1:4]) for text in members}
        resolver = Resolver(entries)
        with transaction.atomic():
            _write_counts(_rows(resolver, hits))
        _write_visitors(resolver, members)
    except buffer.Unavailable:
        return 0
    except Exception:
        logger.exception("Booth metrics could not be written; this batch of counts is lost.")
        return 0
    return sum(hits.values())


def flush_if_due():
    """Flush when this process has buffered enough counts, or for long enough."""
    try:
        pending = buffer.current().pending
    except Exception:  # noqa: BLE001 - a misconfigured cache must not fail the request
        return
    if not pending.count:
        return
    seconds = ebooth_settings.METRICS_FLUSH_AFTER_SECONDS
    since = pending.since
    old = bool(seconds) and since is not None and time.monotonic() - since >= seconds
    if pending.count >= ebooth_settings.METRICS_FLUSH_AFTER_COUNTS or old:
        flush()
