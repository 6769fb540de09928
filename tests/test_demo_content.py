"""The example site's demo: the seed's ICM booth, loaded by one idempotent command.

The demo is loaded once for the module, inside a transaction rolled back at the end; each
test runs in a savepoint of its own, so tests that load again or reset see a fresh demo.
"""

import datetime
from urllib.parse import urlsplit

import pytest
import time_machine
from bs4 import BeautifulSoup
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from demo_site.models import StandardPage
from icm_ebooth.blocks import BodyStreamBlock
from icm_ebooth.models import (
    BoothPage,
    Contact,
    EventPage,
    ProjectExampleIndexPage,
    ProjectExamplePage,
    ResourceLibraryPage,
    TopicPage,
)

MAIN_TOPICS = [
    "How to apply",
    "What kind of activities are supported",
    "What are the funding opportunities",
    "Expectations of impact",
    "Project examples",
    "Visual materials",
]


@pytest.fixture
def demo(loaded_demo, db, settings, demo_media_root):
    # The files written when the demo was loaded, for renditions and downloads.
    settings.MEDIA_ROOT = demo_media_root
    return BoothPage.objects.get(slug="international-credit-mobility")


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return BeautifulSoup(response.content, "html.parser")


def section(soup, section_id):
    found = soup.find(id=section_id)
    assert found is not None, section_id
    return found.get_text(" ", strip=True)


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "url_path")),
        "documents": get_document_model().objects.count(),
        "images": get_image_model().objects.count(),
        "contacts": Contact.objects.count(),
        "session": EventPage.objects.values_list("date", "start_time").get(
            slug="information-session"
        ),
    }


def test_booth_page_shows_every_section_of_the_seed(client, demo):
    soup = html_of(client, demo)
    assert "This e-Booth provides general information" in section(soup, "aim")
    assert "all applications have to go through a qualitative assessment" in section(
        soup, "background"
    )
    assert "International credit mobility (PDF" in section(soup, "background")
    assert "traineeships for recent graduates and short-term mobility" in section(
        soup, "challenges"
    )
    assert "project examples here" in section(soup, "best-practices")
    assert "Illustrative example" in section(soup, "best-practices")
    assert "Library and resources" in section(soup, "library")
    assert "Information session" in section(soup, "event")
    assert "icm-desk@example.org" in section(soup, "contact")


def test_booth_wears_its_brand_on_its_pages(client, demo):
    soup = html_of(client, demo)
    assert soup.select_one(".ebooth-hero__brand img.ebooth-brand__logo") is not None
    assert soup.select_one(".ebooth-hero__brand img.ebooth-brand__hero") is not None
    (link,) = [
        link["href"] for link in soup.select("link[rel=stylesheet]") if "/brand-" in link["href"]
    ]
    assert "--icm-ebooth-accent: #005f73;" in client.get(link).content.decode()
    topic = demo.get_children().get(slug="how-to-apply")
    topic_soup = html_of(client, topic)
    assert topic_soup.select_one(".ebooth-brand img.ebooth-brand__logo") is not None
    assert link in [link["href"] for link in topic_soup.select("link[rel=stylesheet]")]


def test_booth_shows_the_seeds_notice_and_call_status_while_they_are_current(client, demo):
    with time_machine.travel(datetime.datetime(2021, 1, 27, 9, tzinfo=datetime.UTC)):
        page_text = html_of(client, demo).get_text(" ", strip=True)
    assert "ICM will not have a call 2021" in page_text
    assert "as of call 2022" in page_text
    assert "Stay tuned" in page_text
    assert "Next call expected in 2022" in page_text


def test_booth_no_longer_announces_a_call_of_2022_in_december_2026(client, demo):
    with time_machine.travel(datetime.datetime(2026, 12, 6, 9, tzinfo=datetime.UTC)):
        page_text = html_of(client, demo).get_text(" ", strip=True)
    assert "No call in 2021" not in page_text
    assert "ICM will not have a call 2021" not in page_text
    assert "Next call expected" not in page_text


def test_booth_lists_the_six_main_topics_in_the_seed_order(client, demo):
    soup = html_of(client, demo)
    titles = [heading.get_text(strip=True) for heading in soup.find(id="topics").find_all("h3")]
    assert titles == MAIN_TOPICS
    # Each card's teaser is the section's introduction, not its search description.
    assert "Who applies, to whom, and how applications are assessed." in section(soup, "topics")
    assert "the role of the National Agencies" not in section(soup, "topics")


def test_library_and_booth_offer_the_international_student_testimonial(client, demo):
    library = ResourceLibraryPage.objects.get(slug="visual-materials")
    assert "International student testimonial" in html_of(client, library).get_text()
    assert "International student testimonial" in section(html_of(client, demo), "library")


def test_live_event_page_gives_the_seed_meeting_details(client, demo):
    event = EventPage.objects.get(slug="live-event-27-january-2021")
    # The morning of the event: an ended event no longer shows how to join.
    with time_machine.travel(datetime.datetime(2021, 1, 27, 9, tzinfo=datetime.UTC)):
        text = html_of(client, event).get_text(" ", strip=True)
    assert "Wednesday, January 27, 2021" in text
    assert "175 888 1946" in text
    assert "32668420" in text
    assert "Webex" in text
    assert event.time_zone == "Europe/Brussels"
    assert event.slides.file.name.endswith(".pptx")
    assert urlsplit(event.join_url).hostname in {"example.org", "example.com"}


def test_every_body_block_type_is_used_in_the_demo(demo):
    used = set()
    for model in (TopicPage, ProjectExamplePage, EventPage):
        for page in model.objects.all():
            used |= {block.block_type for block in page.body}
    assert used == set(BodyStreamBlock.base_blocks)


def test_demo_content_passes_the_editors_validation(demo):
    for model in (TopicPage, ProjectExamplePage, EventPage):
        for page in model.objects.all():
            page.body.stream_block.clean(page.body)
    for page in BoothPage.objects.all():
        for name in ("background", "challenges", "notices"):
            value = getattr(page, name)
            value.stream_block.clean(value)
    library = ResourceLibraryPage.objects.get(slug="visual-materials")
    library.resources.stream_block.clean(library.resources)


def test_every_figure_and_table_names_its_source_and_year(demo):
    for page in TopicPage.objects.all():
        for block in page.body:
            if block.block_type == "figures":
                for figure in block.value["figures"]:
                    assert figure["source"] and figure["year"], page.title
            if block.block_type == "funding_table":
                assert block.value["source"] and block.value["year"], page.title


def test_project_examples_are_illustrative_and_link_only_to_example_sites(demo):
    projects = ProjectExamplePage.objects.all()
    assert projects.count() >= 12
    assert len({project.call_year for project in projects}) >= 6
    for project in projects:
        assert project.is_illustrative, project.title
        for url in (project.project_card_url, project.website, project.coordinator_website):
            assert not url or urlsplit(url).hostname in {"example.org", "example.com"}


# Loading again and --reset are checked, for the pages, files and contacts of this module's
# snapshot() as for the translations, in test_demo_translations.py: each costs a whole load.


def test_information_session_is_two_weeks_after_the_first_load(demo):
    session = EventPage.objects.get(slug="information-session")
    assert session.date - datetime.date.today() in {
        datetime.timedelta(days=13),
        datetime.timedelta(days=14),
        datetime.timedelta(days=15),
    }
    assert session.start_time == datetime.time(10, 0)


def test_leaflet_is_a_small_pdf(demo):
    leaflet = demo.key_document
    assert leaflet.file_extension == "pdf"
    assert leaflet.file_size < 100_000
    with leaflet.open_file() as handle:
        assert handle.read(5) == b"%PDF-"


def test_every_demo_page_answers_200(client, demo):
    for page in Page.objects.filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert b'lang="en"' in response.content, page.url


def test_demo_examples_regions_agree_with_the_programme_guides(demo):
    from demo_site.demo_content.projects import EXAMPLES

    def words(text):
        # Word stems, so that "Africa, Caribbean and Pacific" matches "African, ...".
        text = str(text).lower().replace("-", " ").replace(",", " ")
        return {word[:5] for word in text.split()} - {"and"}

    for example in EXAMPLES:
        page = ProjectExamplePage.objects.get(slug=example.slug, locale__language_code="en")
        labels = [label for _key, label in page.regions]
        assert any(words(example.region) <= words(label) for label in labels), (
            example.slug,
            labels,
        )


def test_demo_finder_filters_by_region_and_mobility(client, demo):
    index = ProjectExampleIndexPage.objects.get(locale__language_code="en")
    html = BeautifulSoup(client.get(index.url, {"region": "latin-america"}).content, "html.parser")
    titles = [heading.get_text(strip=True) for heading in html.select(".ebooth-card h3")]
    assert titles == [
        "Public health with Latin America",
        "Design and architecture with Latin America",
    ]
    options = {
        option["value"]: option.get_text(strip=True)
        for option in html.select("select[name=mobility] option")
        if option["value"]
    }
    assert options["doctoral"].startswith("Doctoral mobility (")


@pytest.mark.parametrize(
    ("language_code", "statement_path", "privacy_path"),
    [
        ("en", "/en/accessibility/", "/en/privacy/"),
        ("fr", "/fr/accessibilite/", "/fr/confidentialite/"),
        ("de", "/de/barrierefreiheit/", "/de/datenschutz/"),
    ],
)
def test_footer_links_the_statement_and_privacy_notice_in_the_visitors_language(
    client, demo, language_code, statement_path, privacy_path
):
    booth = BoothPage.objects.filter(locale__language_code=language_code).first()
    footer = BeautifulSoup(client.get(booth.url).content, "html.parser").select_one("footer")
    assert [link["href"] for link in footer.select("a")] == [statement_path, privacy_path]


def test_footer_falls_back_to_the_sites_statement_when_it_is_not_translated(client, demo):
    StandardPage.objects.filter(slug="accessibilite").update(live=False)
    booth = BoothPage.objects.filter(locale__language_code="fr").first()
    footer = BeautifulSoup(client.get(booth.url).content, "html.parser").select_one("footer")
    assert [link["href"] for link in footer.select("a")] == [
        "/en/accessibility/",
        "/fr/confidentialite/",
    ]


@pytest.mark.parametrize(
    ("language_code", "heading", "consent", "covers"),
    [
        ("en", "Ask a question", "I agree that my name", ["180 days", "Do Not Track"]),
        ("fr", "Poser une question", "J'accepte que mon nom", ["180 jours", "Do Not Track"]),
        ("de", "Eine Frage stellen", "Ich bin damit einverstanden", ["180 Tage", "Do Not Track"]),
    ],
)
def test_the_demo_booth_and_its_live_event_offer_the_question_form_in_each_language(
    client, demo, language_code, heading, consent, covers
):
    booth = BoothPage.objects.get(
        translation_key=demo.translation_key, locale__language_code=language_code
    )
    event = EventPage.objects.descendant_of(booth).order_by("date").first()
    for page in (booth, event):
        form = html_of(client, page).find(id="question")
        assert form.find("h2").get_text(strip=True) == heading
        assert form.find("label", attrs={"for": "question-consent"}).get_text().startswith(consent)
        assert form.find("form")["action"] == f"{page.url}question"
    notice = StandardPage.objects.get(
        slug={"en": "privacy", "fr": "confidentialite", "de": "datenschutz"}[language_code]
    )
    text = html_of(client, notice).find("main").get_text(" ", strip=True)
    for words in covers:
        assert words in text


@pytest.mark.parametrize("language_code", ["en", "fr", "de"])
def test_library_topic_filter_names_topics_in_the_visitors_language(client, demo, language_code):
    library = ResourceLibraryPage.objects.filter(locale__language_code=language_code).first()
    soup = BeautifulSoup(client.get(library.url).content, "html.parser")
    labels = [option.get_text(strip=True) for option in soup.select("#filter-topic option")[1:]]
    titles = TopicPage.objects.filter(locale__language_code=language_code).values_list(
        "title", flat=True
    )
    assert labels
    assert {label.rsplit(" (", 1)[0] for label in labels} <= set(titles)
