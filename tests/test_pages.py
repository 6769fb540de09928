"""Every page type: where it may be created, and what visitors and editors see."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

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
    BoothPageFactory,
    ContactFactory,
    FairPageFactory,
    TopicPageFactory,
    build_booth,
    fresh,
    publish,
)


@pytest.fixture
def home(module_home, db):
    """The module's home page: the booths of the query count tests are built on it once."""
    return fresh(module_home)


BOOTH_PARTS = {TopicPage, ProjectExampleIndexPage, ResourceLibraryPage, EventIndexPage}


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def test_booth_offers_only_its_own_parts_as_children():
    assert set(BoothPage.allowed_subpage_models()) == BOOTH_PARTS


def test_fair_holds_booths_only():
    assert FairPage.allowed_subpage_models() == [BoothPage]


@pytest.mark.parametrize(
    ("child", "parents"),
    [
        (TopicPage, [BoothPage]),
        (ProjectExampleIndexPage, [BoothPage]),
        (ResourceLibraryPage, [BoothPage]),
        (EventIndexPage, [BoothPage]),
        (ProjectExamplePage, [ProjectExampleIndexPage]),
        (EventPage, [EventIndexPage]),
    ],
)
def test_booth_parts_live_only_under_their_parent(child, parents):
    assert child.allowed_parent_page_models() == parents


@pytest.mark.parametrize("leaf", [TopicPage, ProjectExamplePage, EventPage, ResourceLibraryPage])
def test_leaf_pages_have_no_children(leaf):
    assert leaf.allowed_subpage_models() == []


def test_booth_can_go_under_any_page_or_a_fair_but_not_inside_a_booth(home):
    fair = publish(FairPageFactory(parent=home))
    booth = build_booth(fair, topics=1, projects=1, events=1, resources=1)
    assert BoothPage.can_create_at(home)
    assert BoothPage.can_create_at(fair)
    for part in booth.get_descendants(inclusive=True).specific():
        assert not BoothPage.can_create_at(part), type(part).__name__


def test_a_booth_has_at_most_one_index_library_and_event_index(home):
    booth = build_booth(home, topics=1, projects=0, events=0, resources=0)
    for single in (ProjectExampleIndexPage, ResourceLibraryPage, EventIndexPage):
        assert not single.can_create_at(booth)
    assert TopicPage.can_create_at(booth)


def test_booth_home_shows_every_section(client, home):
    contact = ContactFactory(name="ICM helpdesk")
    booth = build_booth(home, contact=contact)
    html = soup(client.get(booth.url))
    assert html.find("h1").get_text(strip=True) == "International Credit Mobility"
    headings = [h2.get_text(strip=True) for h2 in html.find_all("h2")]
    for heading in (
        "Why this e-Booth?",
        "Main topics",
        "Best practices and success stories",
        "Library and resources",
        "Live event",
        "Contact",
    ):
        assert heading in headings
    topics = [a.get_text(strip=True) for a in html.select("#topics h3 a")]
    topic_titles = [t.title for t in TopicPage.objects.child_of(booth).order_by("path")]
    assert topics == [*topic_titles, "Project examples", "Visual materials"]
    anchors = [a["href"] for a in html.select(".ebooth-toc a")]
    assert "#topics" in anchors and "#event" in anchors
    assert "ICM helpdesk" in html.select_one("#contact").get_text()


def test_main_topics_follow_the_editors_order(client, home):
    booth = build_booth(home, topics=2, projects=0, events=0, resources=0)
    first, second = TopicPage.objects.child_of(booth).order_by("path")
    second.move(first, pos="left")
    html = soup(client.get(booth.url))
    assert [a.get_text(strip=True) for a in html.select("#topics h3 a")][:2] == [
        second.title,
        first.title,
    ]


def test_draft_and_private_children_stay_out_of_the_booth(client, home):
    from wagtail.models import PageViewRestriction

    booth = build_booth(home, topics=2, projects=0, events=0, resources=0)
    draft = TopicPageFactory(parent=booth, title="Draft topic", live=False)
    private = TopicPage.objects.child_of(booth).first()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    text = soup(client.get(booth.url)).get_text()
    assert draft.title not in text
    assert private.title not in text


def test_notices_appear_and_expire_by_themselves(client, home, settings):
    settings.ICM_EBOOTH_PAGE_CACHE = True
    settings.ICM_EBOOTH_PAGE_CACHE_TIMEOUT = 7 * 24 * 3600
    # Stored date-times keep whole seconds only.
    now = timezone.now().replace(microsecond=0)
    booth = BoothPageFactory(parent=home)
    booth.notices = [
        ("notice", {"level": "info", "title": "Shown now", "text": "<p>a</p>",
                    "show_from": now - datetime.timedelta(days=1), "show_until": None}),
        ("notice", {"level": "warning", "title": "Expired", "text": "<p>b</p>",
                    "show_from": None, "show_until": now - datetime.timedelta(hours=1)}),
        ("notice", {"level": "info", "title": "Later", "text": "<p>c</p>",
                    "show_from": now + datetime.timedelta(days=2), "show_until": None}),
    ]  # fmt: skip
    publish(booth)
    with time_machine.travel(now, tick=False):
        response = client.get(booth.url)
    text = soup(response).get_text()
    assert "Shown now" in text
    assert "Expired" not in text
    assert "Later" not in text
    # The page is kept until the next notice appears, not longer.
    assert response["Cache-Control"] == f"public, max-age={2 * 24 * 3600}"


@pytest.mark.parametrize(
    ("status", "deadline_days", "years_ahead", "badge"),
    [
        ("open", 10, None, "Call open until"),
        ("open", -1, None, "Call closed"),
        ("closed", None, None, "Call closed"),
        ("expected", None, 1, "Next call expected in {year}"),
        ("expected", None, 0, "Next call expected in {year}"),
    ],
)
def test_call_status_badge(client, home, status, deadline_days, years_ahead, badge):
    now = timezone.now()
    deadline = now + datetime.timedelta(days=deadline_days) if deadline_days else None
    year = now.year + years_ahead if years_ahead is not None else None
    booth = publish(
        BoothPageFactory(
            parent=home, call_status=status, call_deadline=deadline, next_call_year=year
        )
    )
    expected = badge.format(year=year)
    assert expected in soup(client.get(booth.url)).select_one(".ebooth-badge").get_text()


def test_call_deadline_reads_in_full_in_the_default_zone(client, home):
    deadline = datetime.datetime(2021, 2, 23, 11, tzinfo=datetime.UTC)
    booth = publish(BoothPageFactory(parent=home, call_status="open", call_deadline=deadline))
    with time_machine.travel(datetime.datetime(2021, 1, 27, 9, tzinfo=datetime.UTC)):
        badge = soup(client.get(booth.url)).select_one(".ebooth-badge").get_text(strip=True)
    assert badge == "Call open until Tuesday, February 23, 2021, 12:00 Brussels Time"


def test_a_call_expected_in_a_year_that_has_ended_is_no_longer_announced(client, home):
    booth = publish(BoothPageFactory(parent=home, call_status="expected", next_call_year=2022))
    with time_machine.travel(datetime.datetime(2022, 12, 31, 12, tzinfo=datetime.UTC)):
        assert "Next call expected in 2022" in soup(client.get(booth.url)).get_text()
    with time_machine.travel(datetime.datetime(2026, 12, 6, 12, tzinfo=datetime.UTC)):
        html = soup(client.get(booth.url))
    assert "Next call expected" not in html.get_text()
    assert html.select(".ebooth-badge") == []


@pytest.mark.parametrize(
    "page_class",
    [TopicPage, ProjectExampleIndexPage, ProjectExamplePage, ResourceLibraryPage,
     EventIndexPage, EventPage],
)  # fmt: skip
def test_every_booth_page_renders_with_one_h1_and_a_way_back(client, home, page_class):
    booth = build_booth(home, topics=1, projects=1, events=1, resources=1)
    page = page_class.objects.descendant_of(booth).first()
    html = soup(client.get(page.url))
    assert len(html.find_all("h1")) == 1
    assert html.find("h1").get_text(strip=True) == page.title
    assert html.select_one(".ebooth-breadcrumb a")["href"] == booth.url


def test_fair_lists_its_booths_with_their_next_event(client, home):
    fair = publish(FairPageFactory(parent=home))
    booth = build_booth(fair, topics=0, projects=0, events=0, resources=0)
    html = soup(client.get(fair.url))
    assert [a.get_text(strip=True) for a in html.select(".ebooth-card h3 a")] == [booth.title]


def test_package_templates_extend_the_configured_base(client, home, settings):
    settings.ICM_EBOOTH_BASE_TEMPLATE = "alternative_base.html"
    booth = build_booth(home, topics=1, projects=0, events=0, resources=0)
    html = soup(client.get(booth.url))
    assert "Institution header from the alternative base" in html.get_text()
    assert html.select_one("main .icm-ebooth")


def test_package_styles_are_scoped_under_one_root_class():
    """Every rule styles the booth's root or what is inside it, never the site around it.

    The design tokens are declared under ``:where(.icm-ebooth)``, alone or below the site's
    own dark-scheme signal, so that they weigh nothing against a site's values.
    """
    import re
    from pathlib import Path

    import icm_ebooth

    css_dir = Path(icm_ebooth.__file__).parent / "static" / "icm_ebooth" / "css"
    root = r"(\.icm-ebooth|:where\(\.icm-ebooth[^)]*\))"
    scoped = re.compile(rf"^({root}|:where\([^)]*\)+ :where\(\.icm-ebooth[^)]*\))(\W|$)")
    # The admin's own stylesheets live in static/icm_ebooth/admin/, outside this folder.
    visitor_styles = list(css_dir.glob("*.css"))
    assert {"icm_ebooth.css", "blocks.css"} <= {css.name for css in visitor_styles}
    for css in visitor_styles:
        text = re.sub(r"/\*.*?\*/", "", css.read_text(), flags=re.S)
        # Keyframes hold steps (50%), not selectors.
        text = re.sub(r"@keyframes[^{]*\{([^{}]*\{[^{}]*\})*[^{}]*\}", "", text)
        for rule in re.findall(r"([^{}]+)\{[^{}]*\}", text):
            selectors = rule.strip()
            if selectors.startswith("@"):
                continue
            for selector in selectors.split(","):
                assert scoped.match(selector.strip()), (css.name, selector.strip())


# More children than a listing shows on one page (ICM_EBOOTH_PAGE_SIZE, 12): a query made per
# child shows as a difference from 3, and the listings paginate.
MANY = 13


def _listing_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture(scope="module")
def growing_booths(module_home):
    """Two booths, each on a fair of its own: three of every child, then MANY of every child."""
    booths = []
    for size in (3, MANY):
        fair = publish(
            FairPageFactory(parent=module_home, title=f"Fair {size}", slug=f"growing-fair-{size}")
        )
        booths.append(
            build_booth(
                fair,
                topics=size,
                projects=size,
                events=size,
                resources=size,
                contact=ContactFactory(),
            )
        )
    return booths


@pytest.mark.parametrize(
    "page_class",
    [
        BoothPage,
        FairPage,
        ProjectExampleIndexPage,
        ResourceLibraryPage,
        EventIndexPage,
        TopicPage,
        EventPage,
        ProjectExamplePage,
    ],
)
def test_query_count_does_not_grow_with_children(client, db, growing_booths, page_class):
    counts = []
    for booth in growing_booths:
        booth = fresh(booth)
        page = (
            booth.get_parent().specific
            if page_class is FairPage
            else page_class.objects.descendant_of(booth, inclusive=True).first()
        )
        _listing_queries(client, page.url)  # warm caches (site root paths, content types)
        counts.append(_listing_queries(client, page.url))
    assert counts[0] == counts[1], counts
    assert counts[1] <= 12, counts


def _french_booth(booth, locale_fr):
    """The booth in French: some children translated, the rest aliases of the English."""
    from icm_ebooth.models import Contact
    from tests.translating import translate_to

    def translate(instance):
        return translate_to(instance, locale_fr)

    translate(Contact.objects.get(pk=booth.contact_id))
    french = translate(booth)
    for position, child in enumerate(booth.get_children().order_by("path").specific()):
        if position % 2:
            translate(child)
        else:
            child.copy_for_translation(locale_fr, alias=True)
    return BoothPage.objects.get(pk=french.pk)


def test_french_booth_query_count_does_not_grow_with_children(client, home, home_fr, locale_fr):
    counts = []
    for size in (3, MANY):
        parent = publish(FairPageFactory(parent=home, title=f"Fair {size}", slug=f"fair-{size}"))
        parent.copy_for_translation(locale_fr, alias=True)
        booth = build_booth(
            parent, topics=size, projects=3, events=3, resources=size, contact=ContactFactory()
        )
        french = _french_booth(booth, locale_fr)
        _listing_queries(client, french.url)
        counts.append(_listing_queries(client, french.url))
        assert "FR " in client.get(french.url).content.decode()
    assert counts[0] == counts[1], counts
    # Wagtail's router adds one query for the localised site root; the aliases among the
    # ancestors (the home page and the fair) cost nothing more, since the view-restriction
    # check reads the request's privacy snapshot instead of each alias's source.
    assert counts[1] <= 12, counts


def _linked_blocks(n, booth, document, image, contact):
    """``n`` of each block that refers to something: rich-text links, choosers, snippets."""
    links = (
        f'<p><a linktype="page" id="{booth.pk}">The booth</a> and '
        f'<a linktype="document" id="{document.pk}">its guide</a>.</p>'
    )
    blocks = []
    for _ in range(n):
        blocks += [
            ("text", links),
            ("notice", {"level": "info", "title": "Note", "text": links}),
            ("download", {"document": document, "title": "", "language": "en"}),
            ("image", {"image": {"image": image, "alt_text": "Campus", "decorative": False}}),
            ("related", {"heading": "See also", "pages": [booth]}),
            ("cta", {"heading": "Apply", "button_label": "Go", "page": booth}),
            ("contact", {"heading": "Questions?", "contact": contact}),
        ]
    return blocks


def test_topic_query_count_does_not_grow_with_linked_blocks(client, home, document, image):
    booth = build_booth(home, topics=0, projects=0, events=0, resources=0)
    contact = ContactFactory()
    counts = []
    for size in (1, 10):
        topic = publish(
            TopicPageFactory(
                parent=booth, body=_linked_blocks(size, booth, document, image, contact)
            )
        )
        html = soup(client.get(topic.url))
        assert len(html.select(f'.ebooth-text a[href="{booth.url}"]')) == size
        counts.append(_listing_queries(client, topic.url))
    assert counts[0] == counts[1], counts
