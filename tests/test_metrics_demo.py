"""The demo's booth metrics: generated figures for the live event, labelled illustrative."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from demo_site.demo_content.metrics import build_illustrative_metrics
from icm_ebooth.models import BoothPage, DailyCount, EventPage


@pytest.fixture
def demo(loaded_demo, db, settings, demo_media_root):
    settings.MEDIA_ROOT = demo_media_root


@pytest.fixture
def icm_booth(demo):
    return BoothPage.objects.get(slug="international-credit-mobility", locale__language_code="en")


def test_the_report_shows_the_live_events_illustrative_figures(admin_client, icm_booth):
    response = admin_client.get(reverse("icm_ebooth_booth_metrics_booth", args=[icm_booth.pk]))
    html = BeautifulSoup(response.content, "html.parser")
    text = html.get_text(" ", strip=True)
    assert "Illustrative figures: generated for the demonstration" in text
    events = next(
        table
        for table in html.select("table")
        if table.caption and table.caption.get_text(strip=True) == "Events"
    )
    cells = [cell.get_text(strip=True) for cell in events.select("tbody tr")[0].select("th, td")]
    # Joins in the join window (38 open to join + 74 live), and 10 outside it.
    assert cells[0] == "International Credit Mobility: live event"
    assert cells[3:] == ["112", "10"]
    assert len(html.select("svg[role=img]")) == 3


def test_generating_the_figures_again_replaces_them(icm_booth):
    event = EventPage.objects.get(slug="live-event-27-january-2021", locale=icm_booth.locale)
    before = DailyCount.objects.filter(booth=icm_booth, illustrative=True).count()
    assert before
    build_illustrative_metrics(icm_booth, event, [])
    assert DailyCount.objects.filter(booth=icm_booth, illustrative=True).count() < before
    assert not DailyCount.objects.filter(booth=icm_booth, illustrative=False).exists()
