"""Bad input: editors see a message on the field; visitors never see an unsafe link or a 500."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.documents import get_document_model

from icm_ebooth.models import BoothPage, Contact, EventPage, ProjectExamplePage
from tests.factories import ContactFactory, EventPageFactory, build_booth, publish

UNSAFE = ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>"]

pytestmark = pytest.mark.django_db


def errors_of(instance):
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return caught.value.message_dict


@pytest.mark.parametrize("url", UNSAFE + ["ftp://example.org/file"])
def test_contact_website_accepts_web_addresses_only(db, url):
    contact = ContactFactory.build(website=url)
    assert "website" in errors_of(contact)


def test_contact_phone_must_look_like_a_phone_number(db):
    contact = ContactFactory.build(phone="call me maybe")
    assert "phone" in errors_of(contact)


@pytest.fixture(scope="module")
def booth(module_home):
    """A small booth the module's tests read or change only within their own savepoint."""
    return build_booth(
        module_home, topics=0, projects=1, events=1, resources=0, contact=ContactFactory()
    )


def test_event_time_in_the_spring_forward_gap_is_refused_with_a_fix(booth):
    event = EventPage.objects.descendant_of(booth).first()
    event.date = datetime.date(2026, 3, 29)
    event.start_time = datetime.time(2, 30)
    event.end_time = datetime.time(4, 0)
    messages = errors_of(event)["start_time"]
    assert "does not exist" in messages[0]


def test_ambiguous_autumn_time_is_refused(booth):
    event = EventPage.objects.descendant_of(booth).first()
    event.date = datetime.date(2026, 10, 25)
    event.start_time = datetime.time(2, 30)
    event.end_time = datetime.time(3, 30)
    assert "start_time" in errors_of(event)


def test_event_ending_before_it_starts_is_refused(booth):
    event = EventPage.objects.descendant_of(booth).first()
    event.end_time = datetime.time(13, 0)
    assert "ends before it starts" in errors_of(event)["end_time"][0]


def test_unknown_time_zone_is_refused(booth):
    event = EventPage.objects.descendant_of(booth).first()
    event.time_zone = "BRU time"
    assert "time_zone" in errors_of(event)


@pytest.mark.parametrize("url", UNSAFE)
def test_event_join_link_must_be_a_web_address(booth, url):
    event = EventPage.objects.descendant_of(booth).first()
    event.join_url = url
    assert "join_url" in errors_of(event)


@pytest.mark.parametrize("reference", ["2019-BE02-KA107-1", "KA107", "2019-1-be02-ka107-012345"])
def test_project_identifier_must_follow_the_results_platform_format(booth, reference):
    project = ProjectExamplePage.objects.descendant_of(booth).first()
    project.project_reference = reference
    assert "project_reference" in errors_of(project)


def test_project_identifier_is_unique_in_a_language(booth):
    original = ProjectExamplePage.objects.descendant_of(booth).first()
    index = original.get_parent()
    twin = ProjectExamplePage(
        title="Twin", slug="twin", project_reference=original.project_reference,
        call_year=2019, coordinator_name="X", coordinator_country="BE",
    )  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        index.add_child(instance=twin)
    assert "project_reference" in caught.value.message_dict


def test_key_action_is_read_from_the_identifier(booth):
    project = ProjectExamplePage.objects.descendant_of(booth).first()
    project.key_action = ""
    project.project_reference = "2022-1-BE02-KA171-HED-000012345"
    project.full_clean()
    assert project.key_action == "KA171"


@pytest.mark.parametrize("url", UNSAFE)
def test_unsafe_urls_stored_another_way_never_render_as_links(client, booth, url):
    # An import, raw JSON or a translation override can bypass form validation.
    event = EventPage.objects.descendant_of(booth).first()
    EventPage.objects.filter(pk=event.pk).update(
        join_url=url, registration_url=url, recording_url=url
    )
    Contact.objects.filter(pk=booth.contact_id).update(website=url)
    ProjectExamplePage.objects.descendant_of(booth).update(project_card_url=url, website=url)
    for page in (booth, event, ProjectExamplePage.objects.descendant_of(booth).first()):
        html = client.get(page.url).content.decode().lower()
        assert "javascript:" not in html
        assert 'href="data:' not in html
        assert 'href=" javascript' not in html


def test_html_typed_into_plain_fields_is_escaped(client, module_home):
    booth = publish(
        BoothPage(title="<script>alert(1)</script>", slug="xss", tagline="<b>bold</b>"),
        parent=module_home,
    )
    html = client.get(booth.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html


def test_deleted_key_document_leaves_the_booth_rendering(client, booth):
    from tests.factories import make_document

    document = make_document("Leaflet", "leaflet.pdf", size=1000)
    booth = BoothPage.objects.get(pk=booth.pk)  # the module's instance stays as it was
    booth.key_document = document
    publish(booth)
    get_document_model().objects.filter(pk=document.pk).delete()
    response = client.get(booth.url)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query", ["?page=abc", "?page=-1", "?page=99999", "?type=%00", "?language=" + "x" * 10000]
)
def test_bad_query_strings_on_listings_never_give_a_500(client, booth, query):
    from icm_ebooth.models import EventIndexPage, ProjectExampleIndexPage, ResourceLibraryPage

    for page_class in (EventIndexPage, ProjectExampleIndexPage, ResourceLibraryPage):
        page = page_class.objects.descendant_of(booth).first()
        if page is None:
            continue
        response = client.get(page.url + query)
        assert response.status_code in (200, 404), (page_class.__name__, query)


def test_unknown_event_format_is_a_404(client, booth):
    event = EventPage.objects.descendant_of(booth).first()
    assert client.get(event.url + "event.xml").status_code == 404
    assert client.get(event.url + "nope/event.ics").status_code == 404
    assert client.get(booth.url + "event.ics").status_code == 404
    assert client.get(event.url + "event.ics").status_code == 200


def test_event_factory_builds_a_valid_event(booth):
    EventPageFactory.build(date=datetime.date(2021, 1, 27)).full_clean(exclude=["path", "depth"])
