"""Editors: a booth created in the admin starts with its standard sections as drafts."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import Translation

from icm_ebooth.models import BoothPage

DEFAULT_SECTIONS = [
    ("topicpage", "How to apply"),
    ("topicpage", "What kind of activities are supported"),
    ("topicpage", "What are the funding opportunities"),
    ("topicpage", "Expectations of impact"),
    ("projectexampleindexpage", "Project examples"),
    ("resourcelibrarypage", "Visual materials"),
    ("eventindexpage", "Events"),
]


def add_booth(client, parent, title="Study in Europe", slug="study-in-europe", publish=False):
    data = {
        "title": title,
        "slug": slug,
        "background": streamfield([]),
        "challenges": streamfield([]),
        "notices": streamfield([]),
    }
    if publish:
        data["action-publish"] = "action-publish"
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["icm_ebooth", "boothpage", parent.pk]),
        nested_form_data(data),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return BoothPage.objects.get(slug=slug, locale=parent.locale)


def sections_of(booth):
    return list(booth.get_children().specific().order_by("path"))


@pytest.mark.parametrize("publish", [False, True])
def test_a_booth_added_in_the_admin_gets_its_sections_as_drafts(admin_client, home, publish):
    booth = add_booth(admin_client, home, publish=publish)
    sections = sections_of(booth)
    assert [(page.specific_class._meta.model_name, page.title) for page in sections] == (
        DEFAULT_SECTIONS
    )
    for page in sections:
        assert not page.live and page.has_unpublished_changes
        assert page.locale == booth.locale
        assert page.latest_revision is not None
    explorer = admin_client.get(reverse("wagtailadmin_explore", args=[booth.pk]))
    html = explorer.content.decode()
    for _type, title in DEFAULT_SECTIONS:
        assert title in html
    assert html.count("Current page status:</span>\n        draft") == len(DEFAULT_SECTIONS)


def test_a_french_booth_gets_its_sections_titled_in_french(admin_client, home_fr):
    booth = add_booth(admin_client, home_fr, title="Étudier en Europe", slug="etudier")
    titles = [page.title for page in sections_of(booth)]
    assert titles[0] == "Comment postuler"
    assert "Exemples de projets" in titles
    assert {page.locale.language_code for page in sections_of(booth)} == {"fr"}


def test_an_editor_can_delete_a_section_they_do_not_need(admin_client, home):
    booth = add_booth(admin_client, home)
    impact = booth.get_children().get(title="Expectations of impact")
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[impact.pk]))
    assert response.status_code == 302
    assert "Expectations of impact" not in [page.title for page in sections_of(booth)]


def test_an_empty_setting_adds_no_sections(admin_client, home, settings):
    settings.ICM_EBOOTH_BOOTH_SECTIONS = []
    booth = add_booth(admin_client, home)
    assert sections_of(booth) == []


def test_the_setting_chooses_the_sections(admin_client, home, settings):
    settings.ICM_EBOOTH_BOOTH_SECTIONS = [("icm_ebooth.TopicPage", "Scholarships")]
    booth = add_booth(admin_client, home)
    assert [page.title for page in sections_of(booth)] == ["Scholarships"]


@pytest.mark.parametrize("copy_subpages", [False, True])
def test_copying_a_booth_does_not_add_sections_again(admin_client, home, copy_subpages):
    booth = add_booth(admin_client, home, publish=True)
    data = {"new_title": "Copy", "new_slug": "copy", "new_parent_page": home.pk}
    if copy_subpages:
        data["copy_subpages"] = "on"
    response = admin_client.post(reverse("wagtailadmin_pages:copy", args=[booth.pk]), data)
    assert response.status_code == 302
    copy = BoothPage.objects.get(slug="copy")
    expected = [title for _type, title in DEFAULT_SECTIONS] if copy_subpages else []
    assert [page.title for page in sections_of(copy)] == expected


@pytest.mark.parametrize("include_subtree", [False, True])
def test_translating_a_booth_does_not_add_sections_again(
    admin_client, home, home_fr, include_subtree
):
    booth = add_booth(admin_client, home, publish=True)
    data = {"locales": [home_fr.locale.pk]}
    if include_subtree:
        data["include_subtree"] = "on"
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[booth.pk]), data
    )
    assert response.status_code == 302
    assert Translation.objects.filter(target_locale=home_fr.locale).exists()
    booth_fr = BoothPage.objects.get(translation_key=booth.translation_key, locale=home_fr.locale)
    # The translations of the English sections, and nothing created in French.
    expected = len(DEFAULT_SECTIONS) if include_subtree else 0
    children = Page.objects.child_of(booth_fr)
    assert children.count() == expected
    assert set(children.values_list("translation_key", flat=True)) <= set(
        booth.get_children().values_list("translation_key", flat=True)
    )
