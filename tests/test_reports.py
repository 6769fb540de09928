"""The admin's "Dates to check" report: what the clock has changed on a booth, or soon will."""

import datetime
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse

from icm_ebooth.models import BoothPage, EventIndexPage
from tests.factories import BoothPageFactory, EventPageFactory, build_booth, publish

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
NOW = datetime.datetime(2026, 12, 6, 12, tzinfo=datetime.UTC)
REPORT_URL = reverse("icm_ebooth_dates_to_check")


def notice(title, show_from=None, show_until=None):
    return (
        "notice",
        {
            "level": "info",
            "title": title,
            "text": "<p>Text</p>",
            "show_from": show_from,
            "show_until": show_until,
        },
    )


@pytest.fixture
def booth(home):
    booth = BoothPage.objects.get(pk=build_booth(home, topics=0, projects=0, events=0).pk)
    booth.title = "ICM booth"
    booth.call_status = "expected"
    booth.next_call_year = 2022
    booth.notices = [
        notice("No call in 2021", show_until=datetime.datetime(2021, 11, 25, tzinfo=BRUSSELS)),
        notice("Open day", show_from=NOW + datetime.timedelta(days=3)),
        notice("Far ahead", show_from=NOW + datetime.timedelta(days=60)),
        notice("Always shown"),
    ]
    publish(booth)
    events = EventIndexPage.objects.child_of(booth).get()
    publish(EventPageFactory(parent=events, title="Seed event", date=datetime.date(2021, 1, 27)))
    publish(
        EventPageFactory(
            parent=events,
            title="Information session",
            date=datetime.date(2026, 12, 11),
            start_time=datetime.time(10),
            end_time=datetime.time(11, 30),
        )
    )
    publish(EventPageFactory(parent=events, title="Spring fair", date=datetime.date(2027, 4, 1)))
    return booth


def rows_of(response):
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in html.select("table tbody tr")
    ]


def test_report_lists_per_booth_what_is_past_its_date_and_what_changes_soon(admin_client, booth):
    with time_machine.travel(NOW, tick=False):
        rows = rows_of(admin_client.get(REPORT_URL))
    assert [row[1:3] + row[4:] for row in rows] == [
        ["Event", "Seed event", "Past its date"],
        ["Notice", "No call in 2021", "Past its date"],
        ["Call status", "Next call expected in 2022", "Past its date"],
        ["Notice", "Open day", "Changes soon"],
        ["Event", "Information session", "Changes soon"],
    ]
    assert all(row[0].startswith("ICM booth") for row in rows)
    call = rows[2]
    assert call[3] == "Sunday, January 1, 2023, 00:00 Brussels Time"
    session = rows[4]
    # The join window opens 15 minutes before the start, in the event's own zone.
    assert session[3] == "Friday, December 11, 2026, 09:45 Brussels Time"


def test_report_links_each_booth_to_its_edit_view(admin_client, booth):
    with time_machine.travel(NOW, tick=False):
        response = admin_client.get(REPORT_URL)
    html = BeautifulSoup(response.content, "html.parser")
    edit_url = reverse("wagtailadmin_pages:edit", args=[booth.pk])
    assert html.select_one("table tbody tr td a")["href"] == edit_url


def test_report_is_in_the_reports_menu(admin_client, booth):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert REPORT_URL in response.content.decode()
    assert "Dates to check" in response.content.decode()


def test_report_says_so_when_nothing_needs_checking(admin_client, home):
    publish(build_booth(home, topics=0, projects=0, events=0))
    with time_machine.travel(NOW, tick=False):
        response = admin_client.get(REPORT_URL)
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert "Nothing is past its date or changes within 14 days." in text


def test_report_shows_an_editor_only_the_booths_they_may_edit(client, django_user_model, booth):
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    publish(
        BoothPageFactory(
            parent=booth.get_parent(),
            title="Other booth",
            slug="other-booth",
            call_status="expected",
            next_call_year=2023,
        )
    )
    editors = Group.objects.create(name="Booth editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=editors, page=booth, permission_type="change")
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "secret")
    editor.groups.add(editors)
    client.force_login(editor)
    with time_machine.travel(NOW, tick=False):
        rows = rows_of(client.get(REPORT_URL))
    assert rows and all(row[0].startswith("ICM booth") for row in rows)


def test_report_exports_its_rows(admin_client, booth):
    with time_machine.travel(NOW, tick=False):
        response = admin_client.get(REPORT_URL, {"export": "csv"})
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0] == "Booth,Kind,Title,When,Status"
    assert len(lines) == 6
