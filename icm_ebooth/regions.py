"""Erasmus+ partner regions: the region a partner country belongs to, for a call year.

International Credit Mobility budgets are shared out by partner region, so visitors browse
project examples by region. The regions are those of the Erasmus+ Programme Guide, Part A,
"Eligible countries", and they changed with the programme:

* calls 2014 to 2020 (KA107) use the "Partner Countries" Regions 1 to 14 of the Programme
  Guide 2020 (version 1), the last Guide of that programme;
* calls from 2021 (KA171) use the Regions 1 to 14 of the "third countries not associated to
  the Programme" in the Programme Guide 2021; the 2022 to 2024 Guides keep the same lists.

EU member states and the other countries taking full part in a programme (Programme
Countries until 2020, associated third countries since 2021) have no partner region.

Countries are ISO 3166-1 alpha-2 codes, with "XK" for Kosovo, which has no ISO code: it is
the code the Commission uses, and django-countries knows it only when a site adds it through
``COUNTRIES_OVERRIDE``. The Commission's own codes "EL" (Greece) and "UK" (United Kingdom)
are accepted on input.

Region keys are stable, language-independent slugs used in URLs. A region that keeps its
name from one programme to the next keeps its key, so a filter on "Asia" finds projects from
both programmes even though the countries in it differ.
"""

from typing import NamedTuple

from django.utils.translation import pgettext_lazy

PERIOD_2014_2020 = "2014-2020"
PERIOD_2021_2027 = "2021-2027"

# The Commission writes Greece and the United Kingdom with its own codes, and so do its
# project exports.
_COMMISSION_CODES = {"EL": "GR", "UK": "GB"}

# Programme Guide 2020 (version 1), Part A, "Partner Countries". Listed in the Guide's
# order, so the n-th entry is the Guide's Region n. The UK, North Macedonia, Serbia,
# Iceland, Liechtenstein, Norway and Turkey were Programme Countries; Serbia was in
# Region 1 in the Guides before 2019, which these tables leave aside for simplicity.
_REGIONS_2014_2020 = (
    ("western-balkans", ("AL", "BA", "XK", "ME")),
    ("eastern-partnership", ("AM", "AZ", "BY", "GE", "MD", "UA")),
    ("south-mediterranean", ("DZ", "EG", "IL", "JO", "LB", "LY", "MA", "PS", "SY", "TN")),
    ("russian-federation", ("RU",)),
    ("european-microstates", ("AD", "MC", "SM", "VA")),
    (
        "asia",
        (
            "AF", "BD", "BT", "KH", "CN", "KP", "IN", "ID", "LA", "MY", "MV", "MN", "MM",
            "NP", "PK", "PH", "LK", "TH", "VN",
        ),
    ),
    ("central-asia", ("KZ", "KG", "TJ", "TM", "UZ")),
    (
        "latin-america",
        (
            "AR", "BO", "BR", "CL", "CO", "CR", "EC", "SV", "GT", "HN", "MX", "NI", "PA",
            "PY", "PE", "UY", "VE",
        ),
    ),
    ("iran-iraq-yemen", ("IR", "IQ", "YE")),
    ("south-africa", ("ZA",)),
    # Every ACP state except South Africa, which had a region of its own.
    (
        "acp",
        (
            "AO", "AG", "BS", "BB", "BZ", "BJ", "BW", "BF", "BI", "CM", "CV", "CF", "TD",
            "KM", "CG", "CD", "CK", "CI", "CU", "DJ", "DM", "DO", "ER", "SZ", "ET", "FJ",
            "GA", "GM", "GH", "GD", "GN", "GW", "GQ", "GY", "HT", "JM", "KE", "KI", "LS",
            "LR", "MG", "MW", "ML", "MH", "MR", "MU", "FM", "MZ", "NA", "NR", "NE", "NG",
            "NU", "PW", "PG", "RW", "KN", "LC", "VC", "WS", "ST", "SN", "SC", "SL", "SB",
            "SO", "SS", "SD", "SR", "TZ", "TL", "TG", "TO", "TT", "TV", "UG", "VU", "ZM",
            "ZW",
        ),
    ),
    ("gulf", ("BH", "KW", "OM", "QA", "SA", "AE")),
    ("industrialised", ("AU", "BN", "CA", "HK", "JP", "KR", "MO", "NZ", "SG", "TW", "US")),
    ("faroe-islands-switzerland", ("FO", "CH")),
)  # fmt: skip

# Programme Guide 2021, Part A, "Third countries not associated to the Programme", checked
# against the 2024 edition. Listed in the Guide's order, so the n-th entry is Region n.
# There is no industrialised region any more: the Guide lists the high-income countries
# inside their geographic region (Asia, Middle East, Pacific), and they are written last
# in those entries here. North Macedonia, Serbia, Iceland, Liechtenstein, Norway and
# Turkey are associated to the programme.
_REGIONS_2021_2027 = (
    ("western-balkans", ("AL", "BA", "XK", "ME")),
    ("neighbourhood-east", ("AM", "AZ", "BY", "GE", "MD", "UA")),
    ("south-mediterranean", ("DZ", "EG", "IL", "JO", "LB", "LY", "MA", "PS", "SY", "TN")),
    ("russian-federation", ("RU",)),
    (
        "asia",
        (
            "BD", "BT", "KH", "CN", "KP", "IN", "ID", "LA", "MY", "MV", "MN", "MM", "NP",
            "PK", "PH", "LK", "TH", "VN",
            "BN", "HK", "JP", "KR", "MO", "SG", "TW",
        ),
    ),
    ("central-asia", ("AF", "KZ", "KG", "TJ", "TM", "UZ")),
    ("middle-east", ("IR", "IQ", "YE", "BH", "KW", "OM", "QA", "SA", "AE")),
    (
        "pacific",
        (
            "CK", "FJ", "KI", "MH", "FM", "NR", "NU", "PW", "PG", "WS", "SB", "TL", "TO",
            "TV", "VU",
            "AU", "NZ",
        ),
    ),
    (
        "sub-saharan-africa",
        (
            "AO", "BJ", "BW", "BF", "BI", "CM", "CV", "CF", "TD", "KM", "CG", "CD", "CI",
            "DJ", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR",
            "MG", "MW", "ML", "MR", "MU", "MZ", "NA", "NE", "NG", "RW", "ST", "SN", "SC",
            "SL", "SO", "ZA", "SS", "SD", "TZ", "TG", "UG", "ZM", "ZW",
        ),
    ),
    (
        "latin-america",
        (
            "AR", "BO", "BR", "CL", "CO", "CR", "EC", "SV", "GT", "HN", "MX", "NI", "PA",
            "PY", "PE", "UY", "VE",
        ),
    ),
    (
        "caribbean",
        (
            "AG", "BS", "BB", "BZ", "CU", "DM", "DO", "GD", "GY", "HT", "JM", "KN", "LC",
            "VC", "SR", "TT",
        ),
    ),
    ("us-canada", ("US", "CA")),
    ("european-microstates", ("AD", "MC", "SM", "VA")),
    ("faroe-islands-switzerland-uk", ("FO", "CH", "GB")),
)  # fmt: skip

# The current programme first, so that the regions only the 2014-2020 programme had come
# after it in choices, in their own Guide's order.
_TABLES = {PERIOD_2021_2027: _REGIONS_2021_2027, PERIOD_2014_2020: _REGIONS_2014_2020}

# A region found in only one programme says so when its name alone would suggest that
# today's partners belong to it too.
# The labels have a context of their own, which keeps them apart from the same words elsewhere:
# an English "Russian Federation" without it would replace django-countries' "Russia".
_LABELS = {
    "western-balkans": pgettext_lazy("Erasmus+ partner region", "Western Balkans"),
    "neighbourhood-east": pgettext_lazy("Erasmus+ partner region", "Neighbourhood East"),
    "south-mediterranean": pgettext_lazy(
        "Erasmus+ partner region", "South-Mediterranean countries"
    ),
    "russian-federation": pgettext_lazy("Erasmus+ partner region", "Russian Federation"),
    "asia": pgettext_lazy("Erasmus+ partner region", "Asia"),
    "central-asia": pgettext_lazy("Erasmus+ partner region", "Central Asia"),
    "middle-east": pgettext_lazy("Erasmus+ partner region", "Middle East"),
    "pacific": pgettext_lazy("Erasmus+ partner region", "Pacific"),
    "sub-saharan-africa": pgettext_lazy("Erasmus+ partner region", "Sub-Saharan Africa"),
    "latin-america": pgettext_lazy("Erasmus+ partner region", "Latin America"),
    "caribbean": pgettext_lazy("Erasmus+ partner region", "Caribbean"),
    "us-canada": pgettext_lazy("Erasmus+ partner region", "United States and Canada"),
    "european-microstates": pgettext_lazy(
        "Erasmus+ partner region", "Andorra, Monaco, San Marino and Vatican City State"
    ),
    "faroe-islands-switzerland-uk": pgettext_lazy(
        "Erasmus+ partner region", "Faroe Islands, Switzerland and United Kingdom"
    ),
    "eastern-partnership": pgettext_lazy(
        "Erasmus+ partner region", "Eastern Partnership countries (2014-2020)"
    ),
    "iran-iraq-yemen": pgettext_lazy(
        "Erasmus+ partner region", "Iran, Iraq and Yemen (2014-2020)"
    ),
    "south-africa": pgettext_lazy("Erasmus+ partner region", "South Africa (2014-2020)"),
    "acp": pgettext_lazy(
        "Erasmus+ partner region", "African, Caribbean and Pacific countries (2014-2020)"
    ),
    "gulf": pgettext_lazy(
        "Erasmus+ partner region", "Gulf Cooperation Council countries (2014-2020)"
    ),
    "industrialised": pgettext_lazy(
        "Erasmus+ partner region", "Other industrialised countries (2014-2020)"
    ),
    "faroe-islands-switzerland": pgettext_lazy(
        "Erasmus+ partner region", "Faroe Islands and Switzerland (2014-2020)"
    ),
}


class Region(NamedTuple):
    """An Erasmus+ partner region and its countries in each programme period it exists in."""

    key: str
    label: str
    countries: dict[str, frozenset[str]]

    @property
    def periods(self):
        """The programme periods that have this region, oldest first."""
        return tuple(sorted(self.countries))


def _build_regions():
    members = {}
    for period, table in _TABLES.items():
        for key, codes in table:
            members.setdefault(key, {})[period] = frozenset(codes)
    return {key: Region(key, _LABELS[key], countries) for key, countries in members.items()}


REGIONS = _build_regions()

_REGION_OF = {
    period: {code: key for key, codes in table for code in codes}
    for period, table in _TABLES.items()
}


def programme_period(call_year):
    """The programme period of a call year, or ``None`` before Erasmus+ or without a year.

    Years after 2027 stay in the 2021-2027 period until a Guide for the next programme
    gives its regions.
    """
    if call_year is None or call_year < 2014:
        return None
    return PERIOD_2014_2020 if call_year <= 2020 else PERIOD_2021_2027


def normalise_country_code(code):
    """An upper-case two-letter code, with the Commission's "EL" and "UK" made ISO.

    Accepts django-countries ``Country`` objects too. Anything that is not two letters
    gives ``""``.
    """
    if code is None:
        return ""
    text = str(code).strip().upper()
    if len(text) != 2 or not (text.isascii() and text.isalpha()):
        return ""
    return _COMMISSION_CODES.get(text, text)


def regions_for(countries, call_year):
    """Sorted keys of the partner regions of ``countries`` in the period of ``call_year``.

    Programme countries and codes no region lists add nothing, so a project with only EU
    partners, or with no call year, has no region.
    """
    period = programme_period(call_year)
    if period is None or not countries:
        return []
    if isinstance(countries, str):
        countries = [countries]
    region_of = _REGION_OF[period]
    found = {region_of.get(normalise_country_code(code)) for code in countries}
    found.discard(None)
    return sorted(found)


def region_label(key):
    """The region's label in the active language, or ``key`` itself when it is unknown."""
    region = REGIONS.get(key)
    return str(region.label) if region else key


def region_choices(keys=None):
    """``(key, label)`` pairs in the Programme Guides' order, optionally only for ``keys``.

    Unknown keys are left out. Labels stay lazy, so choices built at import time still
    follow the language of each request.
    """
    wanted = REGIONS if keys is None else set(keys)
    return [(key, region.label) for key, region in REGIONS.items() if key in wanted]
