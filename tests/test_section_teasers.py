"""A section's teaser on the booth is its introduction, which editors set on its content tab."""

import importlib

from bs4 import BeautifulSoup
from django.apps import apps
from django.urls import reverse

from icm_ebooth.models import ProjectExampleIndexPage, ResourceLibraryPage, TopicPage
from tests.factories import (
    BoothPageFactory,
    ProjectExampleIndexPageFactory,
    ResourceLibraryPageFactory,
    TopicPageFactory,
    publish,
)

teaser_migration = importlib.import_module(
    "icm_ebooth.migrations.0006_block_labels_and_section_teasers"
)


def topic_cards(client, booth):
    soup = BeautifulSoup(client.get(booth.url).content, "html.parser")
    return {
        card.h3.get_text(strip=True): card.p.get_text(strip=True) if card.p else ""
        for card in soup.select("#topics .ebooth-card")
    }


def test_the_booth_shows_each_sections_introduction_not_its_search_description(client, home):
    booth = publish(BoothPageFactory(parent=home))
    publish(
        TopicPageFactory(
            parent=booth,
            title="How to apply",
            introduction="Who applies, to whom, and how applications are assessed.",
            search_description="Erasmus+ ICM application guide for search engines.",
        )
    )
    publish(ProjectExampleIndexPageFactory(parent=booth, title="Project examples",
                                           introduction="Illustrative projects."))  # fmt: skip
    publish(ResourceLibraryPageFactory(parent=booth, title="Visual materials",
                                       introduction="Leaflets and slides."))  # fmt: skip
    cards = topic_cards(client, booth)
    assert cards == {
        "How to apply": "Who applies, to whom, and how applications are assessed.",
        "Project examples": "Illustrative projects.",
        "Visual materials": "Leaflets and slides.",
    }


def test_the_topic_form_says_where_the_introduction_is_shown(admin_client, home):
    booth = publish(BoothPageFactory(parent=home))
    topic = publish(TopicPageFactory(parent=booth))
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[topic.pk]))
    soup = BeautifulSoup(response.content, "html.parser")
    content_tab = soup.select_one("#tab-content")
    assert content_tab.select_one("[name=introduction]") is not None
    assert "teaser in the booth's list of main topics" in content_tab.get_text(" ")


def test_upgrading_keeps_the_teasers_booths_showed(home):
    booth = publish(BoothPageFactory(parent=home))
    topic = publish(
        TopicPageFactory(parent=booth, introduction="", search_description="Apply by May.")
    )
    # A draft saved before the upgrade, with the teaser only in its search description.
    topic.search_description = "Apply by 15 May."
    topic.save_revision()
    kept = publish(TopicPageFactory(parent=booth, introduction="Own words.",
                                    search_description="Search text."))  # fmt: skip
    library = publish(ResourceLibraryPageFactory(parent=booth, introduction="",
                                                 search_description="Our leaflets."))  # fmt: skip
    index = publish(ProjectExampleIndexPageFactory(parent=booth, introduction=""))

    teaser_migration.keep_section_teasers(apps, None)

    assert TopicPage.objects.get(pk=topic.pk).introduction == "Apply by May."
    draft = TopicPage.objects.get(pk=topic.pk).get_latest_revision_as_object()
    assert draft.introduction == "Apply by 15 May."
    assert TopicPage.objects.get(pk=kept.pk).introduction == "Own words."
    assert ResourceLibraryPage.objects.get(pk=library.pk).introduction == "Our leaflets."
    assert ProjectExampleIndexPage.objects.get(pk=index.pk).introduction == ""
