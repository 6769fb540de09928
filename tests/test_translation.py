"""Translators: what each page type hands them, and a French round trip that keeps ids."""

import datetime

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from icm_ebooth.models import (
    BoothPage,
    Contact,
    EventIndexPage,
    EventPage,
    FairPage,
    ProjectExampleIndexPage,
    ProjectExamplePage,
    ResourceLibraryPage,
    TopicPage,
)
from tests.factories import ContactFactory, build_booth, fresh, make_image, publish
from tests.translating import enter_translations, translate_to


def translator_strings(instance):
    """{segment path: source text} of every string a translator is asked for."""
    return {
        segment.path: segment.render_text()
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    }


def paths_without_ids(strings):
    """Segment paths with StreamField block ids replaced, so they can be pinned."""
    import re

    uuid = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
    return sorted({uuid.sub("*", path) for path in strings})


@pytest.fixture(scope="module")
def module_home_fr(module_home):
    return module_home.copy_for_translation(
        Locale.objects.get_or_create(language_code="fr")[0], alias=True
    )


@pytest.fixture(scope="module")
def module_booth(module_home, module_home_fr):
    return build_booth(
        module_home, topics=1, projects=1, events=1, resources=1, contact=ContactFactory()
    )


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


@pytest.fixture
def home_fr(module_home_fr, db):
    return fresh(module_home_fr)


@pytest.fixture
def booth(module_booth, db):
    return fresh(module_booth)


def full_event(booth):
    event = EventPage.objects.descendant_of(booth).first()
    event.summary = "Questions and answers."
    event.access_code = "ABC123"
    event.video_system_address = "1758881946@meet.example.org"
    event.registration_url = "https://example.org/register"
    event.venue = "Room 12, Brussels"
    event.dial_in = [
        ("number", {"country": "BE", "number": "+32 2 894 13 00", "toll_free": False})
    ]
    event.agenda = [
        ("item", {"start_time": datetime.time(14), "end_time": datetime.time(14, 30),
                  "title": "Welcome", "description": "Why ICM matters.", "speakers": "A. Doe"}),
    ]  # fmt: skip
    event.speakers = [
        ("speaker", {"name": "A. Doe", "role": "Policy officer", "organisation": "EACEA",
                     "photo": None}),
    ]  # fmt: skip
    return publish(event)


def test_event_translators_see_prose_only(booth):
    event = full_event(booth)
    strings = translator_strings(event)
    assert paths_without_ids(strings) == [
        "agenda.*.description",
        "agenda.*.speakers",
        "agenda.*.title",
        "slug",
        "speakers.*.name",
        "speakers.*.organisation",
        "speakers.*.role",
        "summary",
        "title",
        "venue",
    ]
    values = " ".join(strings.values())
    for machine in ("175 888 1946", "32668420", "ABC123", "+32 2 894", "Europe/Brussels",
                    "https://", "@meet.example.org", "2021"):  # fmt: skip
        assert machine not in values


def test_booth_translators_see_prose_only(booth):
    booth.notices = [
        ("notice", {"level": "info", "title": "No call in 2021", "text": "<p>Back in 2022.</p>",
                    "show_from": None, "show_until": None}),
    ]  # fmt: skip
    booth.best_practices_intro = "<p>Find examples here.</p>"
    booth.key_document_language = "en"
    booth.call_status = "expected"
    booth.next_call_year = 2022
    booth.logo = make_image("Logo")
    booth.hero_image = make_image("Hero")
    booth.accent_colour = "#0039a6"
    booth.accent_colour_dark = "#8ab4f8"
    publish(booth)
    paths = paths_without_ids(translator_strings(booth))
    assert paths == ["aim", "best_practices_intro", "notices.*.text", "notices.*.title",
                     "slug", "tagline", "title"]  # fmt: skip
    # The brand follows the source booth: a translator may not even choose another logo.
    # The key document's language may differ (each language may have its own leaflet).
    overridable = {
        segment.path
        for segment in extract_segments(booth)
        if isinstance(segment, OverridableSegmentValue)
    }
    assert overridable == {"key_document_language"}, overridable


def test_project_translators_never_see_identifiers_or_amounts(booth):
    project = ProjectExamplePage.objects.descendant_of(booth).first()
    project.action_type = "Higher education mobility"
    project.coordinator_type = "University"
    publish(project)
    strings = translator_strings(project)
    assert paths_without_ids(strings) == [
        "action_type", "coordinator_type", "slug", "summary", "title",
    ]  # fmt: skip
    assert project.project_reference not in " ".join(strings.values())


def test_contact_translators_see_name_role_and_organisation_only(db):
    contact = ContactFactory()
    assert sorted(translator_strings(contact)) == ["name", "organisation", "role"]


@pytest.mark.parametrize(
    "page_class", [TopicPage, ProjectExampleIndexPage, ResourceLibraryPage, EventIndexPage]
)
def test_simple_pages_hand_over_their_text(booth, page_class):
    page = page_class.objects.descendant_of(booth).first()
    paths = paths_without_ids(translator_strings(page))
    assert {"title", "slug"} <= set(paths)
    assert not any("url" in path or "document" in path for path in paths)


def test_library_items_hand_over_their_titles_and_descriptions(booth):
    library = ResourceLibraryPage.objects.descendant_of(booth).first()
    assert paths_without_ids(translator_strings(library)) == [
        "introduction",
        "resources.*.description",
        "resources.*.title",
        "slug",
        "title",
    ]


def test_event_round_trip_to_french_keeps_times_and_block_ids(booth, locale_fr):
    event = full_event(booth)
    # The French tree needs French ancestors (and the contact) before the event.
    translate_to(Contact.objects.get(pk=booth.contact_id), locale_fr)
    translate_to(booth, locale_fr)
    translate_to(EventIndexPage.objects.child_of(booth).get(), locale_fr)
    source, _ = TranslationSource.get_or_create_from_instance(event)
    enter_translations(source, locale_fr)
    french, created = source.create_or_update_translation(locale_fr)
    french.refresh_from_db()
    assert created
    assert french.translation_key == event.translation_key
    assert french.title == f"FR {event.title}"
    assert french.summary == "FR Questions and answers."
    assert french.start_at == event.start_at
    assert french.meeting_number == "175 888 1946"
    assert french.join_url == event.join_url
    assert [block.id for block in french.agenda] == [block.id for block in event.agenda]
    assert french.agenda[0].value["title"] == "FR Welcome"
    assert french.dial_in[0].value["number"] == "+32 2 894 13 00"


def test_source_change_resyncs_without_losing_translations(booth, locale_fr):
    topic = TopicPage.objects.descendant_of(booth).first()
    translate_to(Contact.objects.get(pk=booth.contact_id), locale_fr)
    translate_to(booth, locale_fr)
    source, _ = TranslationSource.get_or_create_from_instance(topic)
    enter_translations(source, locale_fr)
    french, _ = source.create_or_update_translation(locale_fr)

    topic.body = [*[(b.block_type, b.value) for b in topic.body], ("text", "<p>New text.</p>")]
    publish(topic)
    source, _ = TranslationSource.update_or_create_from_instance(topic)
    enter_translations(source, locale_fr)
    french_again, created = source.create_or_update_translation(locale_fr)
    assert not created and french_again.pk == french.pk
    texts = [str(block.value) for block in french_again.body]
    assert any("FR Topic text." in text for text in texts)
    assert any("FR New text." in text for text in texts)


@pytest.mark.parametrize(
    "page_class",
    [BoothPage, TopicPage, ProjectExampleIndexPage, ProjectExamplePage, ResourceLibraryPage,
     EventIndexPage, EventPage],
)  # fmt: skip
def test_every_page_type_renders_as_an_untranslated_alias(client, booth, locale_fr, page_class):
    # Locale synchronisation creates aliases of the whole tree in French.
    booth.copy_for_translation(locale_fr, alias=True)
    for page in booth.get_descendants().order_by("path"):
        page.specific.copy_for_translation(locale_fr, alias=True)
    alias = page_class.objects.filter(locale=locale_fr).get(
        translation_key=page_class.objects.descendant_of(booth, inclusive=True)
        .first()
        .translation_key
    )
    assert alias.alias_of_id is not None
    response = client.get(alias.url)
    assert response.status_code == 200
    assert '<html lang="fr">' in response.content.decode()


def test_translated_contact_is_shown_on_the_french_booth(client, booth, locale_fr):
    translate_to(Contact.objects.get(pk=booth.contact_id), locale_fr)
    french_booth = translate_to(booth, locale_fr)
    response = client.get(french_booth.url)
    assert response.status_code == 200, french_booth.url
    assert "FR Information officer" in response.content.decode()


ROUND_TRIP_TYPES = [BoothPage, TopicPage, ProjectExampleIndexPage, ProjectExamplePage,
                    ResourceLibraryPage, EventIndexPage, EventPage]  # fmt: skip


@pytest.mark.parametrize(
    "model",
    [FairPage, BoothPage, TopicPage, ProjectExampleIndexPage, ProjectExamplePage,
     ResourceLibraryPage, EventIndexPage, EventPage, Contact],
)  # fmt: skip
def test_every_type_declares_what_translators_see(model):
    assert "override_translatable_fields" in model.__dict__, model.__name__


def test_fair_translators_see_its_title_and_introduction(home):
    from tests.factories import FairPageFactory

    fair = publish(FairPageFactory(parent=home))
    assert sorted(translator_strings(fair)) == ["introduction", "slug", "title"]


def test_fair_round_trip(home, home_fr, locale_fr):
    from tests.factories import FairPageFactory

    fair = publish(FairPageFactory(parent=home))
    french = translate_to(fair, locale_fr)
    assert french.title == f"FR {fair.title}"
    assert "FR Meet the programme" in french.introduction
    fair.introduction = "<p>Meet the programme's actions, live.</p>"
    publish(fair)
    french = translate_to(fair, locale_fr)
    assert "FR Meet the programme's actions, live." in french.introduction


def test_contact_round_trip_keeps_reachability_and_survives_resync(locale_fr):
    contact = ContactFactory(role="Information officer")
    french = translate_to(contact, locale_fr)
    assert french.translation_key == contact.translation_key
    assert french.role == "FR Information officer"
    assert (french.email, french.phone, french.website) == (
        contact.email, contact.phone, contact.website,
    )  # fmt: skip
    contact.organisation = "EACEA"
    contact.save()
    french_again = translate_to(contact, locale_fr)
    assert french_again.pk == french.pk
    assert french_again.organisation == "FR EACEA"
    assert french_again.role == "FR Information officer"


def stream_ids(page):
    from wagtail.fields import StreamField

    return {
        field.name: [block.id for block in getattr(page, field.name)]
        for field in page._meta.get_fields()
        if isinstance(field, StreamField)
    }


@pytest.mark.parametrize("page_class", ROUND_TRIP_TYPES, ids=lambda cls: cls.__name__)
def test_round_trip_keeps_structure_and_technical_values_and_survives_resync(
    booth, locale_fr, page_class
):
    from icm_ebooth.sync import locked_fields

    full_event(booth)
    page = page_class.objects.descendant_of(booth, inclusive=True).first()
    translate_to(Contact.objects.get(pk=booth.contact_id), locale_fr)
    for ancestor in page.get_ancestors(inclusive=True).filter(depth__gte=booth.depth):
        french = translate_to(ancestor.specific, locale_fr)
    french = page_class.objects.get(pk=french.pk)

    assert french.translation_key == page.translation_key
    assert french.title == f"FR {page.title}"
    assert stream_ids(french) == stream_ids(page)
    for name in locked_fields(page):
        assert getattr(french, name) == getattr(page, name), name

    page.title = f"{page.title} (updated)"
    publish(page)
    french_again = translate_to(page, locale_fr)
    assert french_again.pk == french.pk
    assert french_again.title == f"FR {page.title}"
    assert stream_ids(french_again) == stream_ids(page)
