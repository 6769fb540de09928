"""Editors: the event's zone picker and the language selects in the admin forms."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from icm_ebooth.models import BoothPage, EventPage
from tests.factories import (
    BoothPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    fresh,
    publish,
)

EVENT = {
    "title": "Information session",
    "slug": "information-session",
    "date": "2026-03-04",
    "start_time": "14:00",
    "end_time": "15:30",
    "status": "scheduled",
    "dial_in": streamfield([]),
    "agenda": streamfield([]),
    "speakers": streamfield([]),
    "body": streamfield([]),
}


@pytest.fixture(scope="module")
def module_event_index(module_home):
    booth = publish(BoothPageFactory(parent=module_home, slug="module-booth"))
    return publish(EventIndexPageFactory(parent=booth))


@pytest.fixture
def event_index(module_event_index, db):
    return fresh(module_event_index)


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


def add_event_url(event_index):
    return reverse("wagtailadmin_pages:add", args=["icm_ebooth", "eventpage", event_index.pk])


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def field_error(soup, name):
    # Wagtail draws a field's errors inside the wrapper of its input.
    wrapper = soup.select_one(f"[data-field-wrapper]:has([name={name}])")
    error = wrapper.select_one(".error-message") if wrapper else None
    return error.get_text(" ", strip=True) if error else ""


def test_the_zone_picker_is_a_text_input_with_suggestions(admin_client, event_index):
    soup = soup_of(admin_client.get(add_event_url(event_index)))
    zone_input = soup.select_one("input[name=time_zone]")
    assert zone_input["type"] == "text"
    assert zone_input["value"] == "Europe/Brussels"
    label = soup.select_one(f"label[for={zone_input['id']}]")
    assert label.get_text(strip=True).startswith("Time zone")
    datalist = soup.select_one(f"datalist#{zone_input['list']}")
    options = {option["value"]: option.get_text() for option in datalist.select("option")}
    assert len(options) > 400
    assert "Brussels" in options["Europe/Brussels"]
    assert "New York" in options["America/New_York"]


def test_the_zone_suggestions_are_named_in_the_editors_language(admin_user, client, event_index):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(admin_user)
    soup = soup_of(client.get(add_event_url(event_index)))
    datalist = soup.select_one("datalist")
    assert "Bruxelles" in datalist.select_one("option[value='Europe/Brussels']").get_text()


def test_a_zone_typed_in_full_is_stored_as_its_iana_name(admin_client, event_index):
    data = nested_form_data({**EVENT, "time_zone": "America/New_York"})
    response = admin_client.post(add_event_url(event_index), data)
    assert response.status_code == 302
    assert EventPage.objects.get(slug="information-session").time_zone == "America/New_York"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("Brussels time", "“Brussels time” is not a known time zone."),
        ("Brus", "“Brus” is not a known time zone."),
        ("<script>", "“<script>” is not a known time zone."),
        # A draft leaves required fields unchecked, but an event needs its zone.
        ("", "Choose a time zone, for example Europe/Brussels."),
    ],
)
def test_a_zone_that_is_not_a_zone_is_one_field_error(admin_client, event_index, typed, message):
    data = nested_form_data({**EVENT, "time_zone": typed})
    soup = soup_of(admin_client.post(add_event_url(event_index), data))
    error = field_error(soup, "time_zone")
    assert error.startswith(message)
    # Said once, though the event's own checks also need a known zone.
    assert error.count(message) == 1
    assert soup.select_one("input[name=time_zone]").get("value", "") == typed
    assert not EventPage.objects.filter(slug="information-session").exists()


def test_an_event_stored_with_a_legacy_zone_keeps_it(admin_client, event_index):
    event = publish(EventPageFactory(parent=event_index, time_zone="US/Eastern"))
    soup = soup_of(admin_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])))
    assert soup.select_one("input[name=time_zone]")["value"] == "US/Eastern"
    assert soup.select_one("datalist option[value='US/Eastern']") is not None


def booth_edit(admin_client, booth):
    return soup_of(admin_client.get(reverse("wagtailadmin_pages:edit", args=[booth.pk])))


def language_groups(soup):
    select = soup.select_one("select[name=key_document_language]")
    return {
        group["label"]: [option["value"] for option in group.select("option")]
        for group in select.select("optgroup")
    }


def test_the_key_document_language_is_a_select_with_the_sites_languages_first(admin_client, home):
    booth = publish(BoothPageFactory(parent=home, key_document_language="fr"))
    soup = booth_edit(admin_client, booth)
    groups = language_groups(soup)
    assert list(groups) == ["This site's languages", "Other EU languages", "Other languages"]
    assert sorted(groups["This site's languages"]) == ["de", "en", "fr"]
    assert "mt" in groups["Other EU languages"] and "fr" not in groups["Other EU languages"]
    assert len(groups["Other EU languages"]) == 21
    selected = soup.select_one("select[name=key_document_language] option[selected]")
    assert (selected["value"], selected.get_text()) == ("fr", "French")


def test_a_stored_language_outside_the_choices_is_kept_and_shown(admin_client, home):
    booth = publish(BoothPageFactory(parent=home, key_document_language="uk"))
    soup = booth_edit(admin_client, booth)
    selected = soup.select_one("select[name=key_document_language] option[selected]")
    assert (selected["value"], selected.get_text()) == ("uk", "Ukrainian")


def test_the_document_blocks_language_select_is_grouped_the_same_way(admin_client, home):
    booth = publish(BoothPageFactory(parent=home))
    library_add = reverse(
        "wagtailadmin_pages:add", args=["icm_ebooth", "resourcelibrarypage", booth.pk]
    )
    html = admin_client.get(library_add).content.decode()
    # The block's form is drawn by JavaScript from this escaped definition.
    assert "optgroup label=\\&quot;This site&amp;#x27;s languages" in html
    assert "optgroup label=\\&quot;Other EU languages" in html


def test_the_language_chosen_is_saved(admin_client, home):
    booth = publish(BoothPageFactory(parent=home))
    data = nested_form_data(
        {
            "title": booth.title,
            "slug": booth.slug,
            "key_document_language": "mt",
            "background": streamfield([]),
            "challenges": streamfield([]),
            "notices": streamfield([]),
        }
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[booth.pk]), data)
    assert response.status_code == 302
    saved = BoothPage.objects.get(pk=booth.pk).get_latest_revision_as_object()
    assert saved.key_document_language == "mt"
