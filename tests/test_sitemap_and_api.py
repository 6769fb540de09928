"""What search engines and API clients see: every language, and nothing private or draft."""

import xml.etree.ElementTree as ET

from wagtail.models import PageViewRestriction

from icm_ebooth.models import TopicPage
from tests.factories import TopicPageFactory, build_booth

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return ET.fromstring(response.content)


def test_sitemap_lists_every_language_with_alternates(client, home, home_fr, locale_fr):
    booth = build_booth(home, topics=1, projects=0, events=0, resources=0)
    french = booth.copy_for_translation(locale_fr, alias=True)
    root = sitemap(client)
    locations = [loc.text for loc in root.findall("s:url/s:loc", NS)]
    assert any(location.endswith(booth.url) for location in locations)
    assert any(location.endswith(french.url) for location in locations)
    entry = next(
        url for url in root.findall("s:url", NS) if url.find("s:loc", NS).text.endswith(booth.url)
    )
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", NS)}
    assert set(alternates) == {"en", "fr"}
    assert alternates["fr"].endswith(french.url)


def test_sitemap_leaves_out_drafts_and_private_pages(client, home):
    booth = build_booth(home, topics=1, projects=0, events=0, resources=0)
    draft = TopicPageFactory(parent=booth, title="Draft topic", slug="draft-topic", live=False)
    private = TopicPage.objects.child_of(booth).exclude(pk=draft.pk).first()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    text = ET.tostring(sitemap(client), encoding="unicode")
    assert "draft-topic" not in text
    assert private.slug not in text
    assert booth.slug in text


def test_api_lists_public_pages_only(client, home):
    booth = build_booth(home, topics=1, projects=0, events=0, resources=0)
    draft = TopicPageFactory(parent=booth, title="Draft topic", slug="draft-topic", live=False)
    private = TopicPage.objects.child_of(booth).exclude(pk=draft.pk).first()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    response = client.get("/api/v2/pages/?type=icm_ebooth.TopicPage&fields=introduction")
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert draft.title not in titles
    assert private.title not in titles


def test_sitemap_gives_the_address_the_visitor_used(client, home, home_fr):
    booth = build_booth(home, topics=0, projects=0, events=0, resources=0)
    response = client.get("/sitemap.xml", HTTP_HOST="booth.example.org")
    root = ET.fromstring(response.content)
    locations = [loc.text for loc in root.findall("s:url/s:loc", NS)]
    alternates = [link.get("href") for link in root.findall("s:url/x:link", NS)]
    assert f"http://booth.example.org{booth.url}" in locations
    assert all(url.startswith("http://booth.example.org/") for url in locations + alternates)
