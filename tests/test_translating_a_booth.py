"""Translators: a booth translated with its subtree, through the admin and wagtail-localize.

The booth sits under a plain Wagtail page, as on a site made with ``wagtail start``: Wagtail
routes there one page at a time and trusts each page's count of children. Every request the
editor and the translator make is a real one, and wagtail-localize's publishing, which waits
for the transaction to commit, runs as it does in production.
"""

import json
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client, TestCase, override_settings
from django.urls import reverse
from wagtail.models import Locale, Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from icm_ebooth.models import (
    BoothPage,
    EventIndexPage,
    EventPage,
    ProjectExampleIndexPage,
    ProjectExamplePage,
    TopicPage,
)
from icm_ebooth.tree import descendants_q

PUBLISH = {"action-publish": "action-publish"}


pytestmark = pytest.mark.django_db


def make_plain_home():
    """A plain Wagtail page as the site's home, with French among the site's languages."""
    locale_en = Locale.objects.get_or_create(language_code="en")[0]
    Locale.objects.get_or_create(language_code="fr")
    root = Page.get_first_root_node()
    home = root.add_child(instance=Page(title="Welcome", slug="welcome", locale=locale_en))
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    return home


def add_page(client, parent, model, data):
    """Fill in and publish the admin's "add page" form for a ``model`` page under ``parent``."""
    url = reverse("wagtailadmin_pages:add", args=["icm_ebooth", model._meta.model_name, parent.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, nested_form_data({**data, **PUBLISH}))
    assert response.status_code == 302, response.content.decode()[:3000]
    return model.objects.get(slug=data["slug"], locale=parent.locale)


def compose_booth(client, home):
    """An editor's English booth: a topic, an event index with an event, a project index."""
    booth = add_page(client, home, BoothPage, {
        "title": "Study in Europe", "slug": "study-in-europe",
        "background": streamfield([("text", rich_text("<p>Why mobility matters.</p>"))]),
        "challenges": streamfield([]), "notices": streamfield([]),
    })  # fmt: skip
    add_page(client, booth, TopicPage, {
        "title": "How to apply", "slug": "how-to-apply",
        "introduction": "Steps and deadlines.",
        "body": streamfield([("text", rich_text("<p>Apply through your agency.</p>"))]),
    })  # fmt: skip
    events = add_page(client, booth, EventIndexPage, {
        "title": "Events", "slug": "events", "introduction": "Meet us online.",
    })  # fmt: skip
    add_page(client, events, EventPage, {
        "title": "Live event", "slug": "live-event",
        "date": "2021-01-27", "start_time": "14:00", "end_time": "15:30",
        "time_zone": "Europe/Brussels", "status": "scheduled",
        "dial_in": streamfield([]), "agenda": streamfield([]),
        "speakers": streamfield([]), "body": streamfield([]),
    })  # fmt: skip
    projects = add_page(client, booth, ProjectExampleIndexPage, {
        "title": "Project examples", "slug": "project-examples",
        "introduction": "Projects our partners ran.",
    })  # fmt: skip
    add_page(client, projects, ProjectExamplePage, {
        "title": "Engineering exchange", "slug": "engineering-exchange",
        "project_reference": "2019-1-BE02-KA107-000042", "call_year": "2019",
        "status": "completed", "coordinator_name": "Example University",
        "coordinator_country": "BE", "summary": "Students of engineering spent a term abroad.",
        "partners": inline_formset(
            [{"name": "Université de Dakar", "country": "SN", "organisation_type": "University"}]
        ),
        "body": streamfield([]),
    })  # fmt: skip
    return booth


def submit_for_translation(client, booth, capture_on_commit_callbacks):
    """Translate → tick Français and "Include subtree" → Submit."""
    url = reverse("wagtail_localize:submit_page_translation", args=[booth.pk])
    form = BeautifulSoup(client.get(url).content, "html.parser")
    labels = {label.get_text(" ", strip=True): label for label in form.select("form label")}
    assert "Include subtree (5 pages)" in labels
    french = form.find(id=labels["Français"]["for"])
    assert french["name"] == "locales"
    locale = french["value"]
    with capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [locale], "include_subtree": "on"})
    assert response.status_code == 302
    return booth.get_translation(Locale.objects.get(language_code="fr"))


def translate_and_publish(client, page, capture_on_commit_callbacks):
    """In the translation editor: a French text for every string, then "Publish in Français"."""
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    editor = BeautifulSoup(client.get(edit_url).content, "html.parser")
    props = json.loads(editor.select_one(".js-translation-editor")["data-props"])
    strings = [segment for segment in props["segments"] if segment["type"] == "string"]
    assert strings
    for segment in strings:
        response = client.put(
            segment["editUrl"],
            urlencode({"value": f"FR {segment['source']}"}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in {200, 201}, response.content
    with capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302


@pytest.fixture(scope="module")
def french_booth(django_db_setup, django_db_blocker):
    """The booth an editor composed and a translator published in French, in the admin.

    Built once for the module's tests, which only read it, in a transaction rolled back after
    the module; wagtail-localize's publishing, which waits for a commit, runs at the points it
    would commit.
    """
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        # The booth's standard sections are added through the forms, one by one.
        override_settings(ICM_EBOOTH_BOOTH_SECTIONS=[]),
    ):
        editor = Client()
        editor.force_login(
            get_user_model().objects.create_superuser("booth-editor", "editor@example.com", "x")
        )
        booth = compose_booth(editor, make_plain_home())
        capture = TestCase.captureOnCommitCallbacks
        booth_fr = submit_for_translation(editor, booth, capture)
        french_pages = Page.objects.filter(descendants_q(booth_fr, inclusive=True)).order_by(
            "path"
        )
        assert len(french_pages) == 6
        for page in french_pages:
            translate_and_publish(editor, page, capture)
        yield booth_fr
        transaction.set_rollback(True)


def test_a_visitor_reads_every_page_of_the_french_booth(french_booth):
    visitor = Client()
    for page in Page.objects.filter(descendants_q(french_booth, inclusive=True)).specific():
        assert page.url.startswith("/fr/"), page.url
        response = visitor.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title.startswith("FR ")
        assert page.title in response.content.decode()


def explore_links(client, page):
    """Titles of the rows of ``page``'s explorer listing that lead to their own children."""
    html = client.get(reverse("wagtailadmin_explore", args=[page.pk])).content.decode()
    listing = BeautifulSoup(html, "html.parser")
    return {
        link["aria-label"].removeprefix("Explore child pages of '").removesuffix("'")
        for link in listing.select("td.children a[aria-label]")
    }


def test_the_explorer_leads_into_the_french_booth_and_its_indexes(french_booth, admin_client):
    french_home = french_booth.get_parent()
    assert explore_links(admin_client, french_home) == {"FR Study in Europe"}
    assert explore_links(admin_client, french_booth) == {"FR Events", "FR Project examples"}


def chooser_titles(client, parent):
    """Titles the page chooser lists below ``parent``."""
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[parent.pk]))
    chooser = BeautifulSoup(response.json()["html"], "html.parser")
    return {link.get_text(strip=True) for link in chooser.select("td.title a")}


def test_the_page_chooser_lists_the_pages_below_the_french_booth(french_booth, admin_client):
    events = EventIndexPage.objects.child_of(french_booth).get()
    assert {"FR How to apply", "FR Events", "FR Project examples"} <= chooser_titles(
        admin_client, french_booth
    )
    assert "FR Live event" in chooser_titles(admin_client, events)
