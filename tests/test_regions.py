from collections import Counter

import pytest
from django.utils import translation
from django_countries import countries
from django_countries.fields import Country

from icm_ebooth.regions import (
    PERIOD_2014_2020,
    PERIOD_2021_2027,
    REGIONS,
    normalise_country_code,
    programme_period,
    region_choices,
    region_label,
    regions_for,
)

EU_MEMBER_STATES = (
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
)  # fmt: skip
NON_EU_PROGRAMME_COUNTRIES = ("MK", "RS", "IS", "LI", "NO", "TR")


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def labels(choices):
    return [(key, str(label)) for key, label in choices]


@pytest.mark.parametrize("call_year", [2015, 2022])
def test_china_is_in_asia_in_both_programmes(call_year):
    assert regions_for(["CN"], call_year) == ["asia"]


def test_japan_moves_from_the_industrialised_countries_to_asia_in_2021():
    assert regions_for(["JP"], 2019) == ["industrialised"]
    assert region_label("industrialised") == "Other industrialised countries (2014-2020)"
    assert regions_for(["JP"], 2022) == ["asia"]


def test_united_kingdom_is_a_partner_region_only_after_leaving_the_programme():
    assert regions_for(["GB"], 2019) == []
    assert regions_for(["UK"], 2019) == []
    assert regions_for(["GB"], 2022) == ["faroe-islands-switzerland-uk"]
    assert regions_for(["UK"], 2022) == ["faroe-islands-switzerland-uk"]
    assert region_label("faroe-islands-switzerland-uk") == (
        "Faroe Islands, Switzerland and United Kingdom"
    )


@pytest.mark.parametrize("code", ["EL", "GR", "el"])
@pytest.mark.parametrize("call_year", [2019, 2022])
def test_greece_has_no_partner_region_under_either_code(code, call_year):
    assert regions_for([code], call_year) == []


def test_south_africa_has_its_own_region_until_2020_then_joins_sub_saharan_africa():
    assert regions_for(["ZA"], 2018) == ["south-africa"]
    assert regions_for(["ZA"], 2022) == ["sub-saharan-africa"]
    assert region_label("sub-saharan-africa") == "Sub-Saharan Africa"


@pytest.mark.parametrize("call_year", [2016, 2023])
def test_kosovo_is_in_the_western_balkans(call_year):
    assert regions_for(["XK"], call_year) == ["western-balkans"]
    assert regions_for([" xk "], call_year) == ["western-balkans"]


@pytest.mark.parametrize("call_year", [2019, 2022])
def test_programme_countries_have_no_partner_region(call_year):
    programme = EU_MEMBER_STATES + NON_EU_PROGRAMME_COUNTRIES
    if call_year <= 2020:
        programme += ("GB",)
    assert regions_for(programme, call_year) == []


def test_unknown_empty_and_missing_codes_are_ignored():
    codes = ["CN", "ZZ", "", None, "CHN", "1A", "  "]
    assert regions_for(codes, 2022) == ["asia"]
    assert regions_for([], 2022) == []
    assert regions_for(None, 2022) == []


def test_regions_come_back_sorted_without_repeats():
    assert regions_for(["VN", "BR", "CN", "AR", "KE"], 2022) == [
        "asia",
        "latin-america",
        "sub-saharan-africa",
    ]


def test_country_field_values_are_accepted():
    partners = [Country("KE"), Country("FJ")]
    assert regions_for(partners, 2018) == ["acp"]
    assert regions_for(partners, 2022) == ["pacific", "sub-saharan-africa"]


def test_a_single_code_is_accepted():
    assert regions_for("BR", 2022) == ["latin-america"]


@pytest.mark.parametrize("call_year", [None, 2013, 1987])
def test_without_an_erasmus_plus_call_year_there_is_no_region(call_year):
    assert regions_for(["CN"], call_year) == []


@pytest.mark.parametrize(
    "call_year, period",
    [
        (None, None),
        (2013, None),
        (2014, PERIOD_2014_2020),
        (2020, PERIOD_2014_2020),
        (2021, PERIOD_2021_2027),
        (2027, PERIOD_2021_2027),
    ],
)
def test_programme_period_boundaries(call_year, period):
    assert programme_period(call_year) == period


@pytest.mark.parametrize(
    "code, normalised",
    [
        ("GB", "GB"),
        (" gb ", "GB"),
        ("uk", "GB"),
        ("EL", "GR"),
        ("el", "GR"),
        ("xk", "XK"),
        (Country("de"), "DE"),
        ("GBR", ""),
        ("G", ""),
        ("1A", ""),
        ("É1", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_normalise_country_code(code, normalised):
    assert normalise_country_code(code) == normalised


def test_every_region_has_a_label():
    for key, region in REGIONS.items():
        assert region.key == key
        assert str(region.label) and str(region.label) != key
        assert region_label(key) == str(region.label)


def test_an_unknown_region_is_labelled_with_its_key():
    assert region_label("atlantis") == "atlantis"


def test_regions_with_the_same_name_in_both_programmes_share_a_key():
    both = (PERIOD_2014_2020, PERIOD_2021_2027)
    for key in ["western-balkans", "south-mediterranean", "russian-federation", "asia"]:
        assert REGIONS[key].periods == both
    for key in ["central-asia", "latin-america"]:
        assert REGIONS[key].periods == both
    assert REGIONS["acp"].periods == (PERIOD_2014_2020,)
    assert REGIONS["middle-east"].periods == (PERIOD_2021_2027,)
    assert "IN" in REGIONS["asia"].countries[PERIOD_2014_2020]
    assert "AF" not in REGIONS["asia"].countries[PERIOD_2021_2027]


def test_region_choices_follow_the_programme_guides_order():
    keys = [key for key, label in region_choices()]
    assert keys == [
        "western-balkans",
        "neighbourhood-east",
        "south-mediterranean",
        "russian-federation",
        "asia",
        "central-asia",
        "middle-east",
        "pacific",
        "sub-saharan-africa",
        "latin-america",
        "caribbean",
        "us-canada",
        "european-microstates",
        "faroe-islands-switzerland-uk",
        "eastern-partnership",
        "iran-iraq-yemen",
        "south-africa",
        "acp",
        "gulf",
        "industrialised",
        "faroe-islands-switzerland",
    ]


def test_region_choices_can_be_restricted_to_some_keys():
    assert labels(region_choices(["latin-america", "asia", "atlantis"])) == [
        ("asia", "Asia"),
        ("latin-america", "Latin America"),
    ]
    assert region_choices([]) == []


def test_every_country_code_is_one_django_countries_knows():
    # django-countries has Kosovo only when a site adds it, so XK is allowed by name.
    unknown = {
        code
        for region in REGIONS.values()
        for codes in region.countries.values()
        for code in codes
        if code not in countries and code != "XK"
    }
    assert not unknown


@pytest.mark.parametrize("period", [PERIOD_2014_2020, PERIOD_2021_2027])
def test_no_country_is_in_two_regions_of_one_period(period):
    listed = Counter(
        code for region in REGIONS.values() for code in region.countries.get(period, ())
    )
    assert [code for code, count in listed.items() if count > 1] == []
