"""Booth branding: contrast checks in the light and dark schemes, the booth's stylesheet,
logo and hero on every page of the booth, and the brand in every language."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from icm_ebooth import colours
from icm_ebooth.colours import dark_shade
from icm_ebooth.models import (
    BoothPage,
    EventIndexPage,
    EventPage,
    ProjectExampleIndexPage,
    ProjectExamplePage,
    ResourceLibraryPage,
    TopicPage,
)
from icm_ebooth.models.branding import stylesheet_version
from tests.factories import (
    BoothPageFactory,
    FairPageFactory,
    build_booth,
    fresh,
    make_image,
    publish,
)
from tests.translating import translate_to


def test_contrast_ratios_are_wcags():
    assert colours.contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    assert colours.contrast_ratio("#003399", "#fff") == pytest.approx(10.86, abs=0.01)
    # The lightest grey that passes on white, and the next one, which does not.
    assert colours.passes("#767676", ["#ffffff"])
    assert not colours.passes("#777777", ["#ffffff"])


def test_a_ratio_is_shown_cut_not_rounded_up():
    assert colours.shown_ratio(4.4999) == 4.49


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("#003399", "#003399"), ("003399", "#003399"), (" #0039A6 ", "#0039a6"), ("#03a", "#0033aa")],
)
def test_colours_are_stored_as_six_lower_case_digits(typed, stored):
    assert colours.normalise(typed) == stored


@pytest.mark.parametrize("typed", ["blue", "#12345", "#ggg", "rgb(0,0,0)", "#003399;}"])
def test_anything_but_a_hex_colour_is_not_a_colour(typed):
    assert colours.normalise(typed) is None


def errors_of(booth):
    with pytest.raises(ValidationError) as raised:
        booth.clean()
    return {field: " ".join(messages) for field, messages in raised.value.message_dict.items()}


def shown(ratio):
    return f"{colours.shown_ratio(ratio):.2f}:1"


def test_a_dark_accent_passes_in_the_light_scheme_and_gets_a_lighter_shade_for_the_dark(db):
    booth = BoothPageFactory.build(accent_colour="#0039A6", slug="icm")
    booth.clean()
    assert booth.accent_colour == "#0039a6"
    light, dark = booth.brand_colours()
    assert light == "#0039a6"
    for partner in ("#ffffff", "#f3f5f8"):  # white text on buttons; page and panels
        assert colours.contrast_ratio(light, partner) >= 4.5
    assert dark != light
    for partner in ("#15181d", "#1d2128", "#232832"):  # the dark page and its panels
        assert colours.contrast_ratio(dark, partner) >= 4.5


def test_a_light_accent_fails_in_the_light_scheme_with_its_ratio_and_a_darker_suggestion(db):
    message = errors_of(BoothPageFactory.build(accent_colour="#ff9900", slug="icm"))
    ratio = colours.contrast_ratio("#ff9900", "#f3f5f8")
    assert message == {
        "accent_colour": (
            "Links and buttons in #ff9900 would not be readable enough: its contrast ratio "
            f"with #f3f5f8 is {shown(ratio)}, and WCAG AA needs at least 4.5:1. Choose a "
            f"darker colour, such as {colours.light_suggestion('#ff9900')}."
        )
    }
    assert colours.passes(colours.light_suggestion("#ff9900"), colours.LIGHT_PARTNERS)


def test_a_grey_readable_on_white_but_not_on_shaded_panels_fails_and_is_not_rounded_up(db):
    # #767676 reaches 4.54:1 on white, 4.15:1 on the panels links also sit on.
    message = errors_of(BoothPageFactory.build(accent_colour="#767676", slug="icm"))
    assert "its contrast ratio with #f3f5f8 is 4.15:1" in message["accent_colour"]


def test_a_dark_scheme_accent_that_is_too_dark_fails_with_its_ratio(db):
    booth = BoothPageFactory.build(accent_colour="#0039a6", accent_colour_dark="#0039a6")
    booth.slug = "icm"
    message = errors_of(booth)["accent_colour_dark"]
    ratio = colours.contrast_ratio("#0039a6", "#232832")
    assert message == (
        "Links in #0039a6 would not be readable enough on the dark page: its contrast ratio "
        f"with #232832 is {shown(ratio)}, and WCAG AA needs at least 4.5:1. Choose a lighter "
        f"colour, such as {colours.dark_shade('#0039a6')}, or leave the field empty."
    )


def test_a_light_dark_scheme_accent_passes_and_is_used(db):
    booth = BoothPageFactory.build(accent_colour="#0039a6", accent_colour_dark="#8AB4F8")
    booth.slug = "icm"
    booth.clean()
    assert booth.brand_colours() == ("#0039a6", "#8ab4f8")


def test_a_colour_that_is_not_one_is_a_field_error(db):
    booth = BoothPageFactory.build(accent_colour="navy", slug="icm")
    assert errors_of(booth) == {
        "accent_colour": "Enter a colour as # and six hexadecimal digits, e.g. #003399."
    }


def test_a_booth_without_an_accent_has_no_brand_colours(db):
    booth = BoothPageFactory.build(slug="icm")
    booth.clean()
    assert booth.brand_colours() is None


def test_a_stored_value_that_is_not_a_colour_is_never_shown(db):
    # Written by code, past the form: the stylesheet must not carry it.
    booth = BoothPageFactory.build(accent_colour="red;}", slug="icm")
    assert booth.brand_colours() is None


# The booth's pages: its stylesheet, linked on every page of the booth, and its logo.


@pytest.fixture(scope="module")
def module_branded_booth(module_home):
    booth = build_booth(
        module_home, topics=1, projects=1, events=1, resources=1, slug="branded-booth"
    )
    booth.logo = make_image("Logo", size=(400, 400), colour="teal")
    booth.hero_image = make_image("Hero", size=(1600, 500), colour="teal")
    booth.accent_colour = "#005f73"
    return publish(booth)


@pytest.fixture
def branded_booth(module_branded_booth, db):
    return fresh(module_branded_booth)


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def stylesheet_links(soup):
    return [
        link["href"]
        for link in soup.select("link[rel=stylesheet]")
        if re.search(r"/brand-[0-9a-f]{12}\.css$", link["href"])
    ]


def test_every_page_of_the_booth_links_its_stylesheet_and_shows_its_logo(client, branded_booth):
    pages = [branded_booth, *Page.objects.descendant_of(branded_booth).live().specific()]
    assert {type(page) for page in pages} >= {
        BoothPage, TopicPage, ProjectExampleIndexPage, ProjectExamplePage,
        ResourceLibraryPage, EventIndexPage, EventPage,
    }  # fmt: skip
    expected = (
        f"{branded_booth.url}brand-{stylesheet_version(('#005f73', dark_shade('#005f73')))}.css"
    )
    for page in pages:
        soup = soup_of(client, page.url)
        assert stylesheet_links(soup) == [expected], page.url
        logo = soup.select_one(".icm-ebooth img.ebooth-brand__logo")
        assert logo is not None and logo["alt"] == "", page.url
        assert logo.get("width") and logo.get("height"), page.url
        assert soup.select("[style]") == [], page.url
    hero = soup_of(client, branded_booth.url).select_one("img.ebooth-brand__hero")
    assert hero["alt"] == "" and hero.get("srcset")


def test_the_stylesheet_sets_the_accent_tokens_and_is_kept_for_good(client, branded_booth):
    (url,) = stylesheet_links(soup_of(client, branded_booth.url))
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/css; charset=utf-8"
    cache_control = set(response["Cache-Control"].split(", "))
    assert cache_control == {"public", "max-age=31536000", "immutable"}
    css = response.content.decode()
    dark = dark_shade("#005f73")
    assert (
        ".icm-ebooth { --icm-ebooth-accent: #005f73; --icm-ebooth-on-accent: #fff; "
        f"--icm-ebooth-link: light-dark(#005f73, {dark}); }}"
    ) in css


def test_a_new_colour_is_a_new_stylesheet_and_the_old_one_redirects(client, branded_booth):
    (old,) = stylesheet_links(soup_of(client, branded_booth.url))
    branded_booth.accent_colour = "#6b2c91"
    publish(branded_booth)
    topic = TopicPage.objects.child_of(branded_booth).get()
    (new,) = stylesheet_links(soup_of(client, topic.url))
    assert new != old
    assert "--icm-ebooth-accent: #6b2c91;" in client.get(new).content.decode()
    response = client.get(old)
    assert response.status_code == 302
    assert response["Location"] == new
    assert "immutable" not in response["Cache-Control"]


def test_a_booth_without_colours_links_no_stylesheet_and_its_pages_look_as_before(client, home):
    booth = build_booth(home, topics=1, projects=0, events=0, resources=0)
    for page in (booth, TopicPage.objects.child_of(booth).get()):
        soup = soup_of(client, page.url)
        assert stylesheet_links(soup) == []
        assert soup.select(".ebooth-brand, .ebooth-brand__logo, .ebooth-brand__hero") == []
    assert client.get(f"{booth.url}brand-{'0' * 12}.css").status_code == 404


def test_a_stylesheet_is_a_404_for_what_is_not_a_public_branded_booth(client, branded_booth):
    (url,) = stylesheet_links(soup_of(client, branded_booth.url))
    name = url.rsplit("/", 1)[1]
    topic = TopicPage.objects.child_of(branded_booth).get()
    assert client.get(f"{topic.url}{name}").status_code == 404
    assert client.get(f"/en/no-such-booth/{name}").status_code == 404
    assert client.get(url.replace(".css", "0.css")).status_code == 404

    PageViewRestriction.objects.create(
        page=branded_booth, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(url).status_code == 404
    PageViewRestriction.objects.all().delete()
    branded_booth.unpublish()
    assert client.get(url).status_code == 404


def test_a_cached_page_links_the_new_stylesheet_once_the_booth_is_published(
    client, settings, branded_booth
):
    settings.ICM_EBOOTH_PAGE_CACHE = True
    topic = TopicPage.objects.child_of(branded_booth).get()
    (old,) = stylesheet_links(soup_of(client, topic.url))
    assert client.get(topic.url)["X-Ebooth-Cache"] == "hit"
    branded_booth.accent_colour = "#6b2c91"
    publish(branded_booth)
    response = client.get(topic.url)
    assert response["X-Ebooth-Cache"] == "miss"
    (new,) = stylesheet_links(BeautifulSoup(response.content, "html.parser"))
    assert new != old and client.get(new).status_code == 200


def test_the_french_booth_shows_the_source_brand_which_translators_cannot_change(
    client, branded_booth, locale_fr, home_fr
):
    other = make_image("Another logo")
    french = translate_to(
        branded_booth,
        locale_fr,
        overrides={"logo": other.pk, "accent_colour": "#ff0000"},
    )
    assert (french.logo_id, french.accent_colour) == (branded_booth.logo_id, "#005f73")
    soup = soup_of(client, french.url)
    (url,) = stylesheet_links(soup)
    assert url.startswith(french.url)
    assert "--icm-ebooth-accent: #005f73;" in client.get(url).content.decode()
    assert soup.select_one("img.ebooth-brand__logo") is not None

    # The source changes its colour: the next synchronisation brings it to French.
    branded_booth.accent_colour = "#6b2c91"
    publish(branded_booth)
    french = translate_to(branded_booth, locale_fr)
    assert french.accent_colour == "#6b2c91"


# The editor: the Branding tab's fields and their errors, over HTTP.


def post_branding(admin_client, booth, **fields):
    data = nested_form_data(
        {
            "title": booth.title,
            "slug": booth.slug,
            "background": streamfield([]),
            "challenges": streamfield([]),
            "notices": streamfield([]),
            **fields,
        }
    )
    return admin_client.post(reverse("wagtailadmin_pages:edit", args=[booth.pk]), data)


def field_error(response, name):
    soup = BeautifulSoup(response.content, "html.parser")
    wrapper = soup.select_one(f"[data-field-wrapper]:has([name={name}])")
    error = wrapper.select_one(".error-message") if wrapper else None
    return error.get_text(" ", strip=True) if error else ""


def test_the_editor_is_told_why_a_colour_fails_and_nothing_is_saved(admin_client, home):
    booth = publish(BoothPageFactory(parent=home, accent_colour="#005f73"))
    response = post_branding(
        admin_client, booth, accent_colour="#FF9900", accent_colour_dark="#0039a6"
    )
    assert response.status_code == 200
    light = field_error(response, "accent_colour")
    assert light.startswith("Links and buttons in #ff9900 would not be readable enough")
    assert "with #f3f5f8 is 1.96:1, and WCAG AA needs at least 4.5:1" in light
    assert f"Choose a darker colour, such as {colours.light_suggestion('#ff9900')}." in light
    dark = field_error(response, "accent_colour_dark")
    assert "Links in #0039a6 would not be readable enough on the dark page" in dark
    assert "or leave the field empty" in dark
    saved = BoothPage.objects.get(pk=booth.pk).get_latest_revision_as_object()
    assert saved.accent_colour == "#005f73"


def test_the_editor_sets_the_brand_on_the_branding_tab(admin_client, home):
    booth = publish(BoothPageFactory(parent=home))
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[booth.pk]))
    soup = BeautifulSoup(edit.content, "html.parser")
    for name in ("logo", "hero_image", "accent_colour", "accent_colour_dark"):
        assert soup.select_one(f"[name={name}]") is not None, name
    hero = make_image("Hero", size=(1600, 500))
    response = post_branding(
        admin_client,
        booth,
        hero_image=hero.pk,
        accent_colour="005F73",
        accent_colour_dark="",
        **{"action-publish": "action-publish"},
    )
    assert response.status_code == 302
    booth.refresh_from_db()
    assert (booth.hero_image_id, booth.accent_colour, booth.accent_colour_dark) == (
        hero.pk,
        "#005f73",
        "",
    )


def queries_of_view(client, url):
    assert client.get(url).status_code == 200, url  # warm-up: renditions are made
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


# What each page of a booth took before booths had a brand: the brand adds no query.
BEFORE_BRANDING = [
    (TopicPage, 7),
    (ProjectExampleIndexPage, 9),
    (ProjectExamplePage, 8),
    (ResourceLibraryPage, 8),
    (EventPage, 8),
]


@pytest.mark.parametrize(
    ("page_class", "budget"),
    BEFORE_BRANDING,
    ids=[page_class.__name__ for page_class, _budget in BEFORE_BRANDING],
)
def test_a_page_below_a_branded_booth_costs_no_query_more_than_before_branding(
    client, home, branded_booth, page_class, budget
):
    # The booth's logo and colours come with the pages routing reads on the way to the page.
    fair = publish(FairPageFactory(parent=home, slug="plain"))
    plain_booth = build_booth(fair, topics=1, projects=1, events=1, resources=1)
    branded, plain = (
        page_class.objects.descendant_of(booth).live().first()
        for booth in (branded_booth, plain_booth)
    )
    assert queries_of_view(client, branded.url) <= budget
    assert queries_of_view(client, plain.url) <= budget
    soup = soup_of(client, branded.url)
    assert stylesheet_links(soup)
    assert soup.select_one(".icm-ebooth img.ebooth-brand__logo") is not None


@pytest.fixture
def booth_editor(django_user_model, branded_booth):
    """The login of an editor who may edit the branded booth and nothing else."""
    editors = Group.objects.create(name="Booth editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=editors, page=branded_booth, permission_type="change")
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "secret")
    editor.groups.add(editors)
    return {"username": "editor", "password": "secret"}


def test_a_preview_shows_the_edited_colour_before_it_is_published(
    client, booth_editor, branded_booth
):
    # The editor signs in to the admin, changes the accent and opens the preview panel.
    login = client.post(reverse("wagtailadmin_login"), booth_editor)
    assert login.status_code == 302
    edit_url = reverse("wagtailadmin_pages:edit", args=[branded_booth.pk])
    html = client.get(edit_url).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    assert data["accent_colour"] == "#005f73"
    data["accent_colour"] = "#6b2c91"
    # The admin draws stream fields in the browser: their fields are sent empty here.
    streams = {name: streamfield([]) for name in ("background", "challenges", "notices")}
    for key, value in nested_form_data(streams).items():
        data[key] = value
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[branded_booth.pk])
    assert client.post(preview_url, data).json()["is_valid"]
    response = client.get(preview_url, {"in_preview_panel": "true"})
    assert response.status_code == 200
    preview = BeautifulSoup(response.content, "html.parser")
    assert preview.select_one(".icm-ebooth h1").get_text() == branded_booth.title
    # A stylesheet of the site's own, as on the published page: the preview keeps its policy.
    (url,) = [
        link["href"] for link in preview.select("link[rel=stylesheet]") if "/brand" in link["href"]
    ]
    assert url.startswith("/")
    assert "style-src 'self';" in response["Content-Security-Policy"]
    assert not preview.select("style, [style]")
    css = client.get(url)
    assert css.status_code == 200
    text = css.content.decode()
    assert "--icm-ebooth-accent: #6b2c91;" in text
    assert f"--icm-ebooth-link: light-dark(#6b2c91, {dark_shade('#6b2c91')});" in text
    # Visitors still see the published colour.
    (published,) = stylesheet_links(soup_of(Client(), branded_booth.url))
    assert "--icm-ebooth-accent: #005f73;" in Client().get(published).content.decode()


def test_a_colours_stylesheet_answers_for_hex_colours_only(client, db):
    url = reverse("icm_ebooth_colours_stylesheet", kwargs={"light": "6b2c91", "dark": "d3b5e6"})
    response = client.get(url)
    assert response.status_code == 200
    assert "--icm-ebooth-link: light-dark(#6b2c91, #d3b5e6);" in response.content.decode()
    assert client.get(url.replace("6b2c91-d3b5e6", "red-blue")).status_code == 404


def test_the_contrast_checks_meet_the_design_systems_backgrounds():
    # The accent is checked against the page and its panels in each scheme: the tokens'
    # light-dark() pairs in the stylesheet, which must not drift from icm_ebooth.colours.
    css = (Path(colours.__file__).parent / "static/icm_ebooth/css/icm_ebooth.css").read_text()
    pairs = {
        name: (colours.normalise(light), colours.normalise(dark))
        for name, light, dark in re.findall(
            r"--icm-ebooth-(bg|surface|raised): light-dark\((#\w+), (#\w+)\);", css
        )
    }
    assert set(pairs) == {"bg", "surface", "raised"}
    assert {light for light, _dark in pairs.values()} == set(colours.LIGHT_PARTNERS)
    assert {dark for _light, dark in pairs.values()} == set(colours.DARK_PARTNERS)


def test_with_every_cache_off_the_brand_of_a_booth_costs_its_pages_no_query(
    client, home, branded_booth, settings
):
    # The logo's renditions come with the booth's row too, not from a cache.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    fair = publish(FairPageFactory(parent=home, slug="plain"))
    plain_booth = build_booth(fair, topics=1, projects=1, events=1, resources=1)
    for page_class, _budget in BEFORE_BRANDING:
        branded, plain = (
            page_class.objects.descendant_of(booth).live().first()
            for booth in (branded_booth, plain_booth)
        )
        assert queries_of_view(client, branded.url) == queries_of_view(client, plain.url), (
            page_class.__name__
        )
