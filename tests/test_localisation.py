"""Visitors in other languages: translated interface, safe translator overrides."""

import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory, TestCase
from django.utils import translation
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringTranslation,
    TranslationSource,
)

from icm_ebooth.models import Contact, EventPage, TopicPage
from tests.factories import ContactFactory, build_booth, publish

ATTACK = "javascript:alert(document.domain)"


def translate_with_overrides(instance, locale, overrides=None):
    """Translate every string (prefix "FR ") and override segments as a translator would."""
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": "FR " + segment.string.data},
        )
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        for path_part, value in (overrides or {}).items():
            if path_part in segment.context.path:
                SegmentOverride.objects.update_or_create(
                    locale=locale,
                    context=segment.context,
                    defaults={"data_json": json.dumps(value)},
                )
    with TestCase.captureOnCommitCallbacks(execute=True):
        page, _ = source.create_or_update_translation(locale, fallback=True)
    page.refresh_from_db()
    return page


@pytest.fixture
def booth(home, home_fr, locale_fr):
    booth = build_booth(
        home, topics=1, projects=0, events=1, resources=0, contact=ContactFactory()
    )
    translate_with_overrides(Contact.objects.get(pk=booth.contact_id), locale_fr)
    translate_with_overrides(booth, locale_fr)
    return booth


def test_translator_override_with_a_script_url_never_renders_as_a_link(client, booth, locale_fr):
    topic = TopicPage.objects.descendant_of(booth).first()
    topic.body = [
        ("text", '<p>Read the <a href="https://example.org/guide">guide</a>.</p>'),
        ("cta", {"heading": "Apply", "text": "Now.", "button_label": "Apply now",
                 "page": None, "url": "https://example.org/apply"}),
    ]  # fmt: skip
    publish(topic)
    french = translate_with_overrides(topic, locale_fr, overrides={"body": ATTACK})
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
    with translation.override(language):
        expected = translation.gettext("Meeting number")
        html = event.serve(request).render().content.decode()
    assert expected != "Meeting number", language
    assert expected in html
    assert f'lang="{language}"' in html


def test_language_names_exist_even_where_django_lacks_the_language(settings):
    from icm_ebooth.translations import language_name

    settings.LANGUAGES = [*settings.LANGUAGES, ("mt", "Malti")]
    assert language_name("fr") == "français"
    assert language_name("mt") == "Malti"
