"""Visitors in other languages: translated interface, safe translator overrides."""

import datetime
import json

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale

from icm_ebooth.models import Contact, EventPage, TopicPage
from tests.factories import ContactFactory, build_booth, fresh, publish
from tests.translating import translate_to

ATTACK = "javascript:alert(document.domain)"


@pytest.fixture(scope="module")
def module_home_fr(module_home):
    return module_home.copy_for_translation(
        Locale.objects.get_or_create(language_code="fr")[0], alias=True
    )


@pytest.fixture(scope="module")
def module_booth(module_home, module_home_fr):
    booth = build_booth(
        module_home, topics=1, projects=0, events=1, resources=0, contact=ContactFactory()
    )
    translate_to(Contact.objects.get(pk=booth.contact_id), module_home_fr.locale)
    translate_to(booth, module_home_fr.locale)
    return booth


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


@pytest.fixture
def home_fr(module_home_fr, db):
    return fresh(module_home_fr)


@pytest.fixture
def booth(module_booth, db):
    return fresh(module_booth)


def test_translator_override_with_a_script_url_never_renders_as_a_link(client, booth, locale_fr):
    topic = TopicPage.objects.descendant_of(booth).first()
    topic.body = [
        ("text", '<p>Read the <a href="https://example.org/guide">guide</a>.</p>'),
        ("cta", {"heading": "Apply", "text": "Now.", "button_label": "Apply now",
                 "page": None, "url": "https://example.org/apply"}),
    ]  # fmt: skip
    publish(topic)
    french = translate_to(topic, locale_fr, overrides={"body": ATTACK}, fallback=True)
    stored = json.dumps(list(french.body.raw_data))
    # wagtail-localize stores the override as it is ...
    assert "javascript:" in stored
    response = client.get(french.url)
    assert response.status_code == 200
    html = response.content.decode()
    # ... but the page never renders it as a link.
    assert "javascript:" not in html.lower()
    assert "FR Read the" in html


LANGUAGES = ["fr", "de", "pl", "el", "mt", "ga"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_page_renders_its_interface_in_the_visitors_language(booth, language):
    event = EventPage.objects.descendant_of(booth).first()
    request = RequestFactory().get(event.url)
    request.user = AnonymousUser()
    # A week before the event, while its joining details are still shown.
    before = datetime.datetime(2021, 1, 20, tzinfo=datetime.UTC)
    with translation.override(language), time_machine.travel(before, tick=False):
        expected = translation.gettext("Meeting number")
        html = event.serve(request).render().content.decode()
    assert expected != "Meeting number", language
    assert expected in html
    # The document's language is the page's own: its text is English whatever the interface.
    assert '<html lang="en">' in html


def test_language_names_exist_even_where_django_lacks_the_language(settings):
    from icm_ebooth.languages import own_language_name

    settings.LANGUAGES = [*settings.LANGUAGES, ("mt", "Malti")]
    assert own_language_name("fr") == "français"
    assert own_language_name("mt") == "Malti"
