"""The booth metrics report: its numbers match what visitors did, for the right editors."""

import collections
import csv
import datetime
import io
import random
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission

from icm_ebooth import clock
from icm_ebooth.metrics import counting, kinds
from icm_ebooth.metrics.flushing import flush
from icm_ebooth.metrics.report import booth_figures
from icm_ebooth.models import EventPage, ProjectExampleIndexPage, ResourceLibraryPage
from tests.factories import (
    BoothPageFactory,
    ContactFactory,
    build_booth,
    document_resource,
    fresh,
    make_document,
    publish,
)

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0"
JANUARY = [datetime.date(2021, 1, day) for day in range(1, 32)]


@pytest.fixture(scope="module")
def module_booth(module_home):
    return build_booth(
        module_home, topics=1, projects=1, events=1, resources=0, contact=ContactFactory()
    )


@pytest.fixture
def booth(module_booth, db):
    return fresh(module_booth)


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


@pytest.fixture
def event(booth):
    return EventPage.objects.descendant_of(booth).get()


def link_from_library(booth, documents):
    library = ResourceLibraryPage.objects.child_of(booth).get()
    library.resources = [document_resource(document, document.title) for document in documents]
    publish(library)


def request_from(address):
    return RequestFactory().get("/", REMOTE_ADDR=address, HTTP_USER_AGENT=BROWSER)


def generated_month(booth, event, documents, seed=2021):
    """A month of visits made through the counting calls, and what they add up to."""
    finder = ProjectExampleIndexPage.objects.child_of(booth).get()
    rng = random.Random(seed)
    expected = {
        "totals": collections.Counter(),
        "views_by_day": collections.Counter(),
        "visitors_by_day": collections.defaultdict(set),
        "joins": collections.Counter(),
        "views_before": 0,
        "documents": collections.Counter(),
        "searches": collections.Counter(),
    }
    for day in JANUARY:
        for _visit in range(rng.randint(0, 6)):
            minute = rng.randint(8 * 60, 18 * 60)
            moment = datetime.datetime.combine(day, datetime.time(minute // 60, minute % 60))
            moment = moment.replace(tzinfo=BRUSSELS)
            address = f"192.0.2.{rng.randint(1, 25)}"
            action = rng.choice(["booth", "event", "search", "download", "join", "calendar"])
            request = request_from(address)
            with time_machine.travel(moment, tick=False):
                if action == "booth":
                    counting.count_page_view(request, booth.pk, "", frozenset())
                    expected["totals"][kinds.PAGE_VIEW] += 1
                    expected["views_by_day"][day] += 1
                elif action == "event":
                    counting.count_page_view(request, event.pk, "", frozenset())
                    expected["totals"][kinds.PAGE_VIEW] += 1
                    expected["views_by_day"][day] += 1
                    if moment < event.start_at:
                        expected["views_before"] += 1
                elif action == "search":
                    words = rng.choice(["energy", "health", "Energy"])
                    counting.count_page_view(request, finder.pk, f"q={words}", frozenset({"q"}))
                    expected["totals"][kinds.PAGE_VIEW] += 1
                    expected["totals"][kinds.SEARCH] += 1
                    expected["views_by_day"][day] += 1
                    expected["searches"][words.lower()] += 1
                elif action == "download":
                    document = rng.choice(documents)
                    counting.count_download(request, document)
                    expected["totals"][kinds.DOWNLOAD] += 1
                    expected["documents"][document.title] += 1
                elif action == "join":
                    counting.count_event(request, kinds.JOIN, event)
                    expected["totals"][kinds.JOIN] += 1
                    phase = event.phase(moment).name
                    expected["joins"][phase in kinds.IN_JOIN_WINDOW] += 1
                else:
                    counting.count_event(request, kinds.CALENDAR_ADD, event, "google")
                    expected["totals"][kinds.CALENDAR_ADD] += 1
            expected["visitors_by_day"][day].add(address)
        # The day's counts reach the database the way a busy site's would: a batch a day.
        flush()
    # The event's own day: joins in and outside the join window, for certain.
    for moment in (
        datetime.datetime(2021, 1, 27, 13, 50, tzinfo=BRUSSELS),
        datetime.datetime(2021, 1, 27, 14, 30, tzinfo=BRUSSELS),
        datetime.datetime(2021, 1, 27, 17, 0, tzinfo=BRUSSELS),
    ):
        with time_machine.travel(moment, tick=False):
            counting.count_event(request_from("198.51.100.1"), kinds.JOIN, event)
        expected["totals"][kinds.JOIN] += 1
        expected["joins"][event.phase(moment).name in kinds.IN_JOIN_WINDOW] += 1
        expected["visitors_by_day"][datetime.date(2021, 1, 27)].add("198.51.100.1")
    flush()
    return expected


def test_the_report_adds_up_to_what_visitors_did_in_a_generated_month(booth, event):
    documents = [make_document("Guide", "guide.pdf"), make_document("Slides", "slides.pptx")]
    # Linked from the booth's library, so a download without a referer still finds the booth.
    link_from_library(booth, documents)
    expected = generated_month(booth, event, documents)
    figures = booth_figures([booth.pk], JANUARY[0], JANUARY[-1])

    for kind, _label in kinds.KIND_CHOICES:
        assert figures.totals[kind] == expected["totals"][kind], kind
    assert [views for _day, views, _visitors in figures.days] == [
        expected["views_by_day"][day] for day in JANUARY
    ]
    assert [visitors for _day, _views, visitors in figures.days] == [
        len(expected["visitors_by_day"][day]) for day in JANUARY
    ]
    (event_figures,) = figures.events
    assert event_figures.joins_in_window == expected["joins"][True]
    assert event_figures.joins_outside == expected["joins"][False]
    assert event_figures.joins_in_window >= 1 and event_figures.joins_outside >= 1
    assert event_figures.views_before == expected["views_before"]
    assert event_figures.calendar_adds == expected["totals"][kinds.CALENDAR_ADD]
    assert dict(figures.searches) == dict(expected["searches"])
    assert dict(figures.documents) == dict(expected["documents"])
    assert not figures.illustrative


def test_a_download_counts_for_the_booth_that_links_the_document(booth):
    document = make_document("Guide", "guide.pdf")
    link_from_library(booth, [document])
    counting.count_download(request_from("192.0.2.1"), document)
    flush()
    today = timezone.localdate()
    figures = booth_figures([booth.pk], today, today)
    assert figures.documents == [("Guide", 1)]


# The report in the admin


@pytest.fixture
def other_booth(home):
    return publish(BoothPageFactory(parent=home, title="Other booth", slug="other-booth"))


@pytest.fixture
def editor_client(client, django_user_model, booth):
    editors = Group.objects.create(name="Booth editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=editors, page=booth, permission_type="change")
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "secret")
    editor.groups.add(editors)
    client.force_login(editor)
    return client


def count_joins(event, moments):
    for moment in moments:
        with time_machine.travel(moment, tick=False):
            counting.count_event(request_from("192.0.2.7"), kinds.JOIN, event)


def table_rows(html, caption):
    table = next(
        table
        for table in html.select("table")
        if table.caption and table.caption.get_text(strip=True) == caption
    )
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("th, td")]
        for row in table.select("tbody tr")
    ]


def test_an_editor_sees_only_the_booths_they_may_edit(editor_client, booth, other_booth):
    index = BeautifulSoup(
        editor_client.get(reverse("icm_ebooth_booth_metrics")).content, "html.parser"
    )
    titles = [link.get_text(strip=True) for link in index.select("main li a")]
    assert booth.title in titles and "Other booth" not in titles
    forbidden = editor_client.get(reverse("icm_ebooth_booth_metrics_booth", args=[other_booth.pk]))
    # Wagtail's admin answers a refusal with a redirect to its dashboard.
    assert forbidden.status_code == 302
    assert forbidden["Location"] == reverse("wagtailadmin_home")


def test_the_report_shows_joins_in_the_window_apart_from_the_others(editor_client, booth, event):
    count_joins(
        event,
        [
            datetime.datetime(2021, 1, 27, 13, 50, tzinfo=BRUSSELS),
            datetime.datetime(2021, 1, 27, 14, 10, tzinfo=BRUSSELS),
            datetime.datetime(2021, 1, 27, 18, 0, tzinfo=BRUSSELS),
        ],
    )
    url = reverse("icm_ebooth_booth_metrics_booth", args=[booth.pk])
    response = editor_client.get(url, {"start": "2021-01-01", "end": "2021-01-31"})
    html = BeautifulSoup(response.content, "html.parser")
    assert table_rows(html, "Events") == [[event.title, "0", "0", "2", "1"]]
    svg = html.select("svg[role=img]")
    assert len(svg) == 2
    for chart in svg:
        labelled_by = chart["aria-labelledby"].split()
        assert all(chart.find(id=name) for name in labelled_by)
    totals = dict(table_rows(html, "Totals"))
    assert totals["Join clicks"] == "3"


def test_the_report_exports_its_numbers_as_csv(editor_client, booth, event):
    count_joins(event, [datetime.datetime(2021, 1, 27, 14, 10, tzinfo=BRUSSELS)])
    url = reverse("icm_ebooth_booth_metrics_booth", args=[booth.pk])
    response = editor_client.get(
        url, {"start": "2021-01-27", "end": "2021-01-27", "export": "csv"}
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:2] == ["Day", "Kind"]
    joins = [row for row in rows[1:] if row[1] == "Join clicks"]
    assert joins == [["2021-01-27", "Join clicks", "", "en", event.title, "Live now", "", "", "1"]]
    assert ["2021-01-27", "Unique visitors", "", "", "", "", "", "", "1"] in rows


def test_a_bad_period_is_a_field_error_not_a_failure(editor_client, booth):
    url = reverse("icm_ebooth_booth_metrics_booth", args=[booth.pk])
    backwards = editor_client.get(url, {"start": "2021-02-01", "end": "2021-01-01"})
    assert backwards.status_code == 200
    assert "The end of the period must be on or after its start." in backwards.content.decode()
    nonsense = editor_client.get(url, {"start": "soon", "end": "2021-01-01"})
    assert nonsense.status_code == 200
    assert "Enter a valid date." in nonsense.content.decode()


def test_the_phase_names_the_report_uses_are_the_clocks():
    assert {clock.JOINABLE, clock.LIVE} == kinds.IN_JOIN_WINDOW
