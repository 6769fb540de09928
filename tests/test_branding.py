"""Booth branding: the accent colours' contrast checks, in the light and the dark scheme."""

import pytest
from django.core.exceptions import ValidationError

from icm_ebooth import colours
from tests.factories import BoothPageFactory


def test_contrast_ratios_are_wcags():
    assert colours.contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    assert colours.contrast_ratio("#003399", "#fff") == pytest.approx(10.86, abs=0.01)
    # The lightest grey that passes on white, and the next one, which does not.
    assert colours.passes("#767676", "#ffffff")
    assert not colours.passes("#777777", "#ffffff")


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


def test_a_dark_accent_passes_in_the_light_scheme_and_gets_a_lighter_shade_for_the_dark(db):
    booth = BoothPageFactory.build(accent_colour="#0039A6", slug="icm")
    booth.clean()
    assert booth.accent_colour == "#0039a6"
    light, dark = booth.brand_colours()
    assert light == "#0039a6"
    assert colours.contrast_ratio(light, colours.LIGHT_ON_ACCENT) >= 4.5
    assert colours.contrast_ratio(light, colours.LIGHT_BACKGROUND) >= 4.5
    assert dark != light
    assert colours.contrast_ratio(dark, colours.DARK_BACKGROUND) >= 4.5
    assert colours.contrast_ratio(dark, colours.DARK_ON_ACCENT) >= 4.5


def test_a_light_accent_fails_in_the_light_scheme_with_its_ratio_and_a_darker_suggestion(db):
    booth = BoothPageFactory.build(accent_colour="#ff9900", slug="icm")
    message = errors_of(booth)["accent_colour"]
    ratio = colours.shown_ratio(colours.contrast_ratio("#ff9900", "#ffffff"))
    assert f"#ff9900 has a contrast ratio of {ratio:.2f}:1 with white" in message
    assert "at least 4.5:1" in message
    suggestion = colours.light_suggestion("#ff9900")
    assert f"Choose a darker colour, such as {suggestion}." in message
    assert colours.contrast_ratio(suggestion, "#ffffff") >= 4.5


def test_the_boundary_grey_fails_by_a_hair_and_is_not_rounded_up_to_pass(db):
    message = errors_of(BoothPageFactory.build(accent_colour="#777777", slug="icm"))
    assert "4.47:1" in message["accent_colour"]


def test_a_dark_scheme_accent_that_is_too_dark_fails_with_its_ratio(db):
    booth = BoothPageFactory.build(accent_colour="#0039a6", accent_colour_dark="#0039a6")
    booth.slug = "icm"
    message = errors_of(booth)["accent_colour_dark"]
    ratio = colours.shown_ratio(colours.contrast_ratio("#0039a6", colours.DARK_BACKGROUND))
    assert f"#0039a6 has a contrast ratio of {ratio:.2f}:1 with #121212, the dark page" in message
    assert f"such as {colours.dark_shade('#0039a6')}, or leave the field empty." in message


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
