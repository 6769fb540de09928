"""The example site's API (Wagtail's v2 endpoints) as a headless client uses it.

Every page type answers with all its fields, in every language; documents and images in
private collections are left out of what it gives; no query string makes it fail. The demo
is loaded once for the module, as in ``test_demo_content.py``.
"""

import json
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, PageViewRestriction

from icm_ebooth.models import (
    BoothPage,
    EventIndexPage,
    EventPage,
    FairPage,
    ProjectExampleIndexPage,
    ProjectExamplePage,
    ResourceLibraryPage,
    TopicPage,
)
from tests.factories import (
    ContactFactory,
    EventPageFactory,
    ProjectExamplePageFactory,
    build_booth,
    make_document,
    publish,
)
from tests.hostile import HOSTILE_SEARCHES

LANGUAGES = ["en", "fr", "de"]
# The demo's fullest page of each type the package defines, by its English slug.
PAGES = [
    (FairPage, "erasmus-virtual-fair"),
    (BoothPage, "international-credit-mobility"),
    (TopicPage, "how-to-apply"),
    (ProjectExampleIndexPage, "project-examples"),
    (ProjectExamplePage, "agronomy-western-balkans"),
    (ResourceLibraryPage, "visual-materials"),
    (EventIndexPage, "events"),
    (EventPage, "live-event-27-january-2021"),
]
PAGE_IDS = [page_class.__name__ for page_class, _slug in PAGES]
LEAFLET_TITLE = "International credit mobility"
SLIDES_TITLE = "International Credit Mobility: slides of the live event of 27 January 2021"


@pytest.fixture
def demo(loaded_demo, db, settings, demo_media_root):
    settings.MEDIA_ROOT = demo_media_root


def demo_page(page_class, slug, language_code):
    english = page_class.objects.get(slug=slug, locale=Locale.get_default())
    return english.get_translation(Locale.objects.get(language_code=language_code)).specific


def api(client, path, **params):
    response = client.get(f"/api/v2/{path}?{urlencode(params)}")
    assert response.status_code == 200, (path, params, response.content[:500])
    return response.json()


def staff_only(*media):
    collection = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    for item in media:
        item.collection = collection
        item.save()


@pytest.mark.parametrize("language_code", LANGUAGES)
@pytest.mark.parametrize(("page_class", "slug"), PAGES, ids=PAGE_IDS)
def test_every_page_type_gives_all_its_fields(client, demo, page_class, slug, language_code):
    page = demo_page(page_class, slug, language_code)
    detail = api(client, f"pages/{page.pk}/", fields="*")
    assert detail["title"] == page.title
    assert detail["meta"]["locale"] == language_code
    declared = {field.name for field in page_class.api_fields}
    assert declared <= detail.keys()
    listing = api(client, "pages/", type=page_class._meta.label, fields="*", locale=language_code)
    assert page.pk in [item["id"] for item in listing["items"]]
    assert all(declared <= item.keys() for item in listing["items"])


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_pages_give_their_contact_in_their_language(client, demo, language_code):
    booth = demo_page(BoothPage, "international-credit-mobility", language_code)
    contact = api(client, f"pages/{booth.pk}/", fields="contact")["contact"]
    assert contact["name"]
    assert contact["locale"] == language_code
    assert contact["email"].count("@") == 1


def test_project_examples_give_country_codes(client, demo):
    example = demo_page(ProjectExamplePage, "agronomy-western-balkans", "en")
    data = api(client, f"pages/{example.pk}/", fields="*")
    assert data["partner_countries"] == [country.code for country in example.partner_countries]
    assert data["coordinator_country"] == example.coordinator_country.code


@pytest.mark.parametrize("language_code", LANGUAGES)
@pytest.mark.parametrize("rich_text_format", ["db_html", "html", "markdown"])
def test_private_documents_are_in_no_page_data(client, demo, language_code, rich_text_format):
    leaflet = get_document_model().objects.get(title=LEAFLET_TITLE)
    slides = get_document_model().objects.get(title=SLIDES_TITLE)
    staff_only(leaflet, slides)
    for page_class, slug in PAGES:
        page = demo_page(page_class, slug, language_code)
        text = json.dumps(
            api(client, f"pages/{page.pk}/", fields="*", rich_text_format=rich_text_format)
        )
        for document in (leaflet, slides):
            assert f"/documents/{document.pk}/" not in text, page.url
            assert f'"document": {document.pk}' not in text, page.url
    library = demo_page(ResourceLibraryPage, "visual-materials", language_code)
    resources = api(client, f"pages/{library.pk}/", fields="resources")["resources"]
    assert resources
    assert not [item for item in resources if item["value"].get("document") is None
                and item["type"] in ("document", "slides")]  # fmt: skip


def test_pages_a_visitor_may_not_open_are_null_where_blocks_chose_them(client, demo):
    library = demo_page(ResourceLibraryPage, "visual-materials", "en")
    topics = {
        topic for item in api(client, f"pages/{library.pk}/", fields="resources")["resources"]
        for topic in item["value"].get("topics", [])
    }  # fmt: skip
    chosen = TopicPage.objects.get(pk=next(topic for topic in topics if topic))
    PageViewRestriction.objects.create(page=chosen, restriction_type="login")
    items = api(client, f"pages/{library.pk}/", fields="resources")["resources"]
    assert chosen.pk not in {topic for item in items for topic in item["value"].get("topics", [])}


def test_a_private_key_document_is_null_and_a_public_one_is_given(client, demo):
    booth = demo_page(BoothPage, "international-credit-mobility", "en")
    key_document = api(client, f"pages/{booth.pk}/", fields="key_document")["key_document"]
    assert key_document["title"] == LEAFLET_TITLE
    assert key_document["download_url"].endswith(booth.key_document.url)
    staff_only(booth.key_document)
    assert api(client, f"pages/{booth.pk}/", fields="key_document")["key_document"] is None


def test_rich_text_links_to_private_documents_lose_their_target(client, demo):
    topic = demo_page(TopicPage, "how-to-apply", "en")
    leaflet = get_document_model().objects.get(title=LEAFLET_TITLE)
    link = f'<p>See <a linktype="document" id="{leaflet.pk}">the leaflet</a>.</p>'
    topic.introduction = ""
    topic.body = [("text", link)]
    topic.save_revision().publish()
    for rich_text_format in ("db_html", "html"):
        body = api(client, f"pages/{topic.pk}/", fields="body", rich_text_format=rich_text_format)
        assert "the leaflet" in json.dumps(body)
    staff_only(leaflet)
    for rich_text_format in ("db_html", "html", "markdown", "db_markdown"):
        body = api(client, f"pages/{topic.pk}/", fields="body", rich_text_format=rich_text_format)
        text = json.dumps(body)
        assert "the leaflet" in text
        assert f'id=\\"{leaflet.pk}\\"' not in text
        assert f"/documents/{leaflet.pk}/" not in text
        assert f"document/{leaflet.pk}" not in text


def test_document_and_image_endpoints_leave_out_private_collections(
    client, demo, django_user_model
):
    leaflet = get_document_model().objects.get(title=LEAFLET_TITLE)
    poster = get_image_model().objects.first()
    staff_only(leaflet, poster)
    # Signed in, as the page cache never is: the rule is the same for everyone.
    client.force_login(django_user_model.objects.create_user("visitor", password="secret"))
    assert api(client, "documents/", title=leaflet.title)["items"] == []
    assert api(client, "images/", title=poster.title)["items"] == []
    assert api(client, "documents/")["items"]
    # Not found (which the site's language middleware turns into a redirect to a 404).
    assert client.get(f"/api/v2/documents/{leaflet.pk}/").status_code in (302, 404)
    assert client.get(f"/api/v2/images/{poster.pk}/").status_code in (302, 404)


@pytest.mark.parametrize("endpoint", ["pages", "documents", "images"])
@pytest.mark.parametrize("words", HOSTILE_SEARCHES, ids=range(len(HOSTILE_SEARCHES)))
def test_search_never_fails_whatever_the_words(client, demo, endpoint, words):
    data = api(client, f"{endpoint}/", search=words)
    assert isinstance(data["items"], list)


@pytest.mark.parametrize(
    "query",
    [
        "search=credit&search_operator=xor",
        "search=%00&order=title",
        "type=icm_ebooth.TopicPage&title=%00",
        "slug=%00",
        "child_of=%00",
        "locale=%00",
        "fields=%00",
        "limit=%00",
        "rich_text_format=%00",
    ],
)
def test_bad_query_strings_are_refused_not_failed(client, demo, query):
    response = client.get(f"/api/v2/pages/?{query}")
    assert response.status_code in (200, 400), response.content[:500]


def test_api_search_finds_the_words_it_keeps(client, demo):
    titles = [item["title"] for item in api(client, "pages/", search='"credit mobility')["items"]]
    assert "International Credit Mobility" in titles


def listing_queries(client, url):
    assert client.get(url).status_code == 200  # warm-up
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries.captured_queries)


def test_listings_with_every_field_cost_the_same_for_more_pages(client, home):
    booth = build_booth(home, topics=0, projects=0, events=0, resources=0)
    events = EventIndexPage.objects.child_of(booth).get()
    projects = ProjectExampleIndexPage.objects.child_of(booth).get()
    slides = make_document("Slides", "slides.pdf")
    counts = {"EventPage": [], "ProjectExamplePage": []}
    for added in (2, 10):
        for _ in range(added):
            publish(EventPageFactory(parent=events, contact=ContactFactory(), slides=slides))
            number = ProjectExamplePage.objects.count()
            # Numbered apart from the demo's examples, which the module may have loaded.
            example = ProjectExamplePageFactory(
                parent=projects, project_reference=f"2099-1-BE02-KA171-{number:06d}"
            )
            example.partners.create(name=f"Partner {number}", country="KE")
            publish(example)
        for name, found in counts.items():
            url = f"/api/v2/pages/?type=icm_ebooth.{name}&fields=*"
            found.append(listing_queries(client, url))
    for found in counts.values():
        assert found[0] == found[1], counts
        assert found[1] <= 10, counts
