"""Links stored by other means than the admin's forms (an import, the shell, an older row).

The forms refuse a ``javascript:`` link, but values written by code skip them: every output
checks each link again with the same rule, so no unsafe one reaches a visitor or a calendar.
"""

import datetime
import json
import zoneinfo
from urllib.parse import unquote

import pytest
import time_machine
from bs4 import BeautifulSoup

from icm_ebooth.models import Contact, EventIndexPage, EventPage
from tests.factories import (
    ContactFactory,
    EventPageFactory,
    build_booth,
    fresh,
    make_document,
    publish,
)

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
SAFE_JOIN_URL = "https://meet.example.org/j/1758881946"
# Every variant carries "pwned", which no output may contain.
UNSAFE_LINKS = [
    "javascript:alert('pwned')",
    "JaVaScRiPt:alert('pwned')",
    "  javascript:alert('pwned')",
    "java\tscript:alert('pwned')",
    "java\nscript:alert('pwned')",
    "\x01javascript:alert('pwned')",
    "data:text/html;charset=utf-8,<script>pwned()</script>",
    "DATA:text/html,pwned",
    "vbscript:msgbox('pwned')",
    "VBScript:msgbox('pwned')",
]
# Before the event (registration, "add to calendar"), inside the join window, after it
# (slides and recording).
MOMENTS = {
    "upcoming": datetime.datetime(2021, 1, 20, 10, tzinfo=BRUSSELS),
    "live": datetime.datetime(2021, 1, 27, 14, 30, tzinfo=BRUSSELS),
    "ended": datetime.datetime(2021, 1, 27, 16, tzinfo=BRUSSELS),
}


@pytest.fixture(scope="module")
def module_booth(module_home):
    return build_booth(
        module_home, topics=0, projects=0, events=0, resources=0, contact=ContactFactory()
    )


@pytest.fixture
def booth(module_booth, db):
    return fresh(module_booth)


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


@pytest.fixture
def event(booth):
    index = EventIndexPage.objects.child_of(booth).get()
    return publish(
        EventPageFactory(
            parent=index,
            title="Live event - Join us",
            slug="live-event",
            contact=Contact.objects.get(pk=booth.contact_id),
            registration_url="https://register.example.org/icm",
            recording_url="https://video.example.org/icm",
            slides=make_document("Slides", "slides.pptx", size=2_000_000),
        )
    )


def store_unsafe_links(event, link):
    """Write ``link`` the way an import or the shell does: no form, no validators."""
    EventPage.objects.filter(pk=event.pk).update(
        join_url=link, registration_url=link, recording_url=link
    )
    Contact.objects.filter(pk=event.contact_id).update(website=link)


def everything_a_visitor_or_calendar_gets(client, booth, event):
    """The decoded text of each page, calendar file, calendar link and JSON-LD block."""
    outputs = {}
    for page in (booth, event.get_parent(), event):
        response = client.get(page.url)
        assert response.status_code == 200
        html = response.content.decode()
        outputs[page.url] = html
        soup = BeautifulSoup(html, "html.parser")
        for link in soup.find_all("a", href=True):
            href = link["href"]
            if "/_ebooth/" in href:
                # A redirect that counts the click: what matters is where it leads.
                href = client.get(href).get("Location", "")
            # Google and Outlook links carry the description and location in their query.
            outputs[f"{page.url} link {href[:40]}"] = unquote(href)
        for script in soup.find_all("script", type="application/ld+json"):
            outputs[f"{page.url} JSON-LD"] = json.dumps(json.loads(script.string))
    api_url = f"/api/v2/pages/{event.pk}/"
    response = client.get(api_url)
    assert response.status_code == 200
    outputs[api_url] = response.content.decode()
    for url in (event.url + "event.ics", booth.url + "events.ics"):
        response = client.get(url)
        assert response.status_code == 200
        # Unfolded, so that a word split over two lines is found.
        outputs[url] = response.content.decode().replace("\r\n ", "")
    return outputs


@pytest.mark.parametrize("link", UNSAFE_LINKS)
def test_an_unsafe_stored_link_appears_in_no_output(client, booth, event, link):
    store_unsafe_links(event, link)
    leaks = []
    for moment, instant in MOMENTS.items():
        with time_machine.travel(instant, tick=False):
            outputs = everything_a_visitor_or_calendar_gets(client, booth, event)
        leaks += [(moment, name) for name, text in outputs.items() if "pwned" in text.lower()]
    assert leaks == []


def test_a_safe_join_link_still_reaches_every_output(client, booth, event):
    with time_machine.travel(MOMENTS["upcoming"], tick=False):
        outputs = everything_a_visitor_or_calendar_gets(client, booth, event)
    for name in (event.url, event.url + "event.ics", booth.url + "events.ics"):
        assert SAFE_JOIN_URL in outputs[name], name
    assert SAFE_JOIN_URL in outputs[f"{event.url} JSON-LD"]
    assert SAFE_JOIN_URL in outputs[f"/api/v2/pages/{event.pk}/"]
    calendar_links = [text for name, text in outputs.items() if "calendar" in text[:40]]
    assert calendar_links and all(SAFE_JOIN_URL in text for text in calendar_links)


def test_without_a_safe_join_link_the_page_offers_no_empty_join_section(client, booth, event):
    store_unsafe_links(event, "javascript:alert('pwned')")
    EventPage.objects.filter(pk=event.pk).update(
        meeting_number="", video_system_code="", dial_in=[]
    )
    with time_machine.travel(MOMENTS["ended"], tick=False):
        html = BeautifulSoup(client.get(event.url).content, "html.parser")
    assert "How to join" not in html.get_text()
    assert "Watch the recording" not in html.get_text()
