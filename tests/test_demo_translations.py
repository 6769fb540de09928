"""The demo in French and German: wagtail-localize translations a translator finds finished.

The demo is loaded once for the module, inside a transaction rolled back at the end, as in
``test_demo_content.py``.
"""

import datetime
from io import StringIO

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import TestCase
from django.utils.text import slugify
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import (
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from demo_site.demo_content import load_demo_content
from demo_site.demo_content.contacts import ensure_contacts
from demo_site.demo_content.translations import FRENCH_LEAFLET_TITLE, TEXTS, demo_objects
from demo_site.models import HomePage
from icm_ebooth.models import BoothPage, EventPage, ProjectExamplePage, TopicPage
from tests.test_demo_content import snapshot as demo_snapshot

LANGUAGES = ["fr", "de"]


@pytest.fixture
def booth(loaded_demo, db, settings, demo_media_root):
    """The English ICM booth."""
    settings.MEDIA_ROOT = demo_media_root
    return BoothPage.objects.get(slug="international-credit-mobility")


def locale(code):
    return Locale.objects.get(language_code=code)


def translation_of(page, code):
    return page.get_translation(locale(code)).specific


def text_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return BeautifulSoup(response.content, "html.parser")


def demo_sources():
    home = HomePage.objects.get(locale=Locale.get_default())
    return [
        TranslationSource.objects.get_for_instance(instance)
        for instance in demo_objects(home, ensure_contacts())
    ]


@pytest.mark.parametrize("code", LANGUAGES)
def test_booth_has_a_live_translation_with_the_same_translation_key(booth, code):
    translated = translation_of(booth, code)
    assert translated.translation_key == booth.translation_key
    assert translated.live and not translated.has_unpublished_changes
    assert translated.alias_of is None
    assert translated.locale.language_code == code


def test_every_demo_page_exists_live_in_french_and_german(booth):
    english = Page.objects.filter(locale=Locale.get_default(), depth__gt=1)
    for code in LANGUAGES:
        translated = Page.objects.filter(locale=locale(code))
        assert sorted(translated.values_list("translation_key", flat=True)) == sorted(
            english.values_list("translation_key", flat=True)
        )
        assert not translated.filter(live=False).exists()
        assert not translated.filter(alias_of__isnull=False).exists()


@pytest.mark.parametrize(
    ("url", "code", "title"),
    [("/fr/", "fr", "Les e-Booths Erasmus+"), ("/de/", "de", "Erasmus+ e-Booths")],
)
def test_home_page_of_each_language_answers(client, booth, url, code, title):
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == code
    assert soup.h1.get_text(strip=True) == title


def test_french_booth_shows_french_headings_and_prose(client, booth):
    french = translation_of(booth, "fr")
    assert french.url == "/fr/salon-virtuel-erasmus/mobilite-internationale-de-credits/"
    # While the seed's notice is still shown.
    with time_machine.travel(datetime.datetime(2021, 1, 27, 9, tzinfo=datetime.UTC)):
        soup = text_of(client, french)
    assert soup.html["lang"] == "fr"
    assert soup.h1.get_text(strip=True) == "Mobilité internationale de crédits"
    text = soup.get_text(" ", strip=True)
    assert "toutes les candidatures font l'objet d'une évaluation qualitative" in text
    assert "La MIC n'aura pas d'appel en 2021" in text
    assert "Comment candidater" in text
    assert "This e-Booth provides" not in text


def test_german_booth_shows_german_headings_and_prose(client, booth):
    german = translation_of(booth, "de")
    soup = text_of(client, german)
    assert soup.html["lang"] == "de"
    assert soup.h1.get_text(strip=True) == "Internationale Credit-Mobilität"
    text = soup.get_text(" ", strip=True)
    assert "Dieser e-Booth bietet allgemeine Informationen" in text
    assert "Antragstellung" in text


@pytest.mark.parametrize(
    ("code", "teaser"),
    [
        ("fr", "Qui candidate, auprès de qui, et comment les candidatures sont évaluées."),
        ("de", "Wer Anträge stellt, bei wem und wie die Anträge bewertet werden."),
    ],
)
def test_translated_booths_show_the_translated_topic_teasers(client, booth, code, teaser):
    topics = text_of(client, translation_of(booth, code)).find(id="topics")
    assert teaser in topics.get_text(" ", strip=True)


def test_topics_use_the_programme_vocabulary(client, booth):
    how_to_apply = TopicPage.objects.get(slug="how-to-apply")
    french = text_of(client, translation_of(how_to_apply, "fr")).get_text(" ", strip=True)
    german = text_of(client, translation_of(how_to_apply, "de")).get_text(" ", strip=True)
    assert "Le rôle des agences nationales" in french
    assert "accord interinstitutionnel" in french
    assert "Die Rolle der Nationalen Agenturen" in german
    assert "Programmleitfaden" in german


def test_french_event_keeps_the_meeting_details(client, booth):
    event = EventPage.objects.get(slug="live-event-27-january-2021")
    french = translation_of(event, "fr")
    # The morning of the event: an ended event no longer shows how to join.
    with time_machine.travel(datetime.datetime(2021, 1, 27, 9, tzinfo=datetime.UTC)):
        text = text_of(client, french).get_text(" ", strip=True)
    assert "175 888 1946" in text
    assert "32668420" in text
    assert "Mobilité internationale de crédits : événement en direct" in text
    assert (french.start_at, french.time_zone) == (event.start_at, event.time_zone)
    assert french.contact.locale.language_code == "fr"
    assert french.contact.name == "Service d'information MIC"


def test_project_examples_translate_prose_and_keep_identifiers(booth):
    for project in ProjectExamplePage.objects.filter(locale=Locale.get_default()):
        for code in LANGUAGES:
            translated = translation_of(project, code)
            assert translated.summary == TEXTS[code][project.summary]
            assert translated.action_type == TEXTS[code][project.action_type]
            assert translated.project_reference == project.project_reference
            assert translated.eu_grant == project.eu_grant
            assert translated.partner_countries == project.partner_countries
            assert [block.id for block in translated.body] == [block.id for block in project.body]


def test_every_string_segment_has_a_text_in_the_text_modules(booth):
    english = set(
        StringSegment.objects.filter(source__in=demo_sources()).values_list(
            "string__data", flat=True
        )
    )
    for code in LANGUAGES:
        missing = sorted(english - set(TEXTS[code]))
        assert not missing, f"English texts with no {code} translation: {missing}"


def test_every_string_segment_has_a_valid_string_translation(booth):
    for source in demo_sources():
        for code in LANGUAGES:
            translation = Translation.objects.get(source=source, target_locale=locale(code))
            assert translation.enabled
            total, translated = translation.get_progress()
            assert total == translated, (source.object_repr, code)
    assert not StringTranslation.objects.filter(has_error=True).exists()


def test_translated_slugs_are_slugs(booth):
    for code in LANGUAGES:
        for page in Page.objects.filter(locale=locale(code)):
            assert page.slug == slugify(page.slug), page.slug


def test_translator_opens_the_translation_editor(client, booth, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.org", "x"))
    french = translation_of(booth, "fr")
    response = client.get(f"/admin/pages/{french.pk}/edit/")
    assert response.status_code == 200
    title = BeautifulSoup(response.content, "html.parser").title.get_text()
    assert "Translation of International Credit Mobility" in title


def test_french_booth_links_to_the_french_leaflet(client, booth):
    french = translation_of(booth, "fr")
    assert french.key_document.title == FRENCH_LEAFLET_TITLE
    assert french.key_document_language == "fr"
    assert booth.key_document.title == "International credit mobility"
    link = text_of(client, french).select_one(".ebooth-key-document a")
    assert link["href"] == french.key_document.url
    assert link["hreflang"] == "fr"
    with french.key_document.open_file() as handle:
        assert handle.read(5) == b"%PDF-"
    assert translation_of(booth, "de").key_document == booth.key_document


def test_french_leaflet_survives_a_sync_of_the_booth(booth):
    source = TranslationSource.objects.get_for_instance(booth)
    override = SegmentOverride.objects.get(locale=locale("fr"), context__path="key_document")
    assert override.context.object_id == booth.translation_key
    booth.save_revision().publish()
    source, _ = TranslationSource.update_or_create_from_instance(booth)
    with TestCase.captureOnCommitCallbacks(execute=True):
        Translation.objects.get(source=source, target_locale=locale("fr")).save_target()
    french = translation_of(booth, "fr")
    assert french.key_document.title == FRENCH_LEAFLET_TITLE
    assert french.title == "Mobilité internationale de crédits"


def snapshot():
    translated = Page.objects.exclude(locale=Locale.get_default())
    pks = [str(pk) for pk in translated.values_list("pk", flat=True)]
    return {
        "pages": sorted(Page.objects.values_list("pk", "url_path")),
        "revisions": Revision.page_revisions.filter(object_id__in=pks).count(),
        "sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "overrides": SegmentOverride.objects.count(),
    }


def test_loading_again_changes_no_page_document_image_session_date_or_translation(booth):
    before, demo_before = snapshot(), demo_snapshot()
    summary = load_demo_content()
    assert demo_snapshot() == demo_before
    assert snapshot() == before
    assert "Translation (fr): 0 created, 0 updated" in summary
    assert "Translation (de): 0 created, 0 updated" in summary
    assert not [line for line in summary if "no translation" in line]


def test_reset_rebuilds_the_demo_and_its_translations_without_duplicates(booth):
    before, demo_before = snapshot(), demo_snapshot()
    call_command("load_demo", "--reset", stdout=StringIO())
    after, demo_after = snapshot(), demo_snapshot()
    assert len(demo_after["pages"]) == len(demo_before["pages"])
    assert {url for _pk, url in after["pages"]} == {url for _pk, url in before["pages"]}
    assert (demo_after["documents"], demo_after["images"], demo_after["contacts"]) == (
        demo_before["documents"],
        demo_before["images"],
        demo_before["contacts"],
    )
    assert (after["sources"], after["translations"], after["overrides"]) == (
        before["sources"],
        before["translations"],
        before["overrides"],
    )
    booth = BoothPage.objects.get(slug="international-credit-mobility")
    french = translation_of(booth, "fr")
    assert french.live
    assert french.key_document.title == FRENCH_LEAFLET_TITLE
