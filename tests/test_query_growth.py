"""Listings whose cost once grew with their items: calendar feeds and images without a cache."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from icm_ebooth.models import ResourceLibraryPage
from tests.factories import FairPageFactory, build_booth, make_image, publish

pytestmark = pytest.mark.django_db

NO_CACHE = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


def queries(client, url):
    client.get(url)  # warm-up: renditions are made on the first view
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_booth_calendar_feed_costs_the_same_for_three_and_thirty_events(client, home):
    counts = []
    for size in (3, 30):
        fair = publish(FairPageFactory(parent=home, slug=f"fair-{size}"))
        booth = build_booth(fair, topics=0, projects=0, events=size, resources=0)
        counts.append(queries(client, booth.url + "events.ics"))
    assert counts[0] == counts[1], counts


@override_settings(CACHES=NO_CACHE)
def test_library_images_cost_the_same_for_two_and_twenty_without_a_renditions_cache(client, home):
    counts = []
    for size in (2, 20):
        fair = publish(FairPageFactory(parent=home, slug=f"fair-{size}"))
        booth = build_booth(fair, topics=0, projects=0, events=0, resources=0)
        library = ResourceLibraryPage.objects.child_of(booth).get()
        library.resources = [
            (
                "image",
                {
                    "image": make_image(f"Infographic {n}"),
                    "title": f"Infographic {n}",
                    "description": "A chart.",
                    "alt_text": "A bar chart of mobilities per year",
                    "audience": "everyone",
                    "year": 2021,
                    "topics": [],
                    "featured": False,
                },
            )
            for n in range(size)
        ]
        publish(library)
        counts.append(queries(client, library.url))
    assert counts[0] == counts[1], counts
