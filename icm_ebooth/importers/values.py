"""Cell values of the results platform export, as people download it, read into Python values.

Each parser takes what a cell holds (text from a CSV, text, a number or a datetime from an
XLSX), returns ``None`` for an empty cell and raises ``ValueError`` with a message an editor
understands when the value cannot be read.
"""

import datetime
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from django.utils import translation
from django.utils.translation import gettext as _
from django_countries import countries
from openpyxl.utils.datetime import from_excel

from icm_ebooth.regions import normalise_country_code

# Spaces people and spreadsheets put between thousands: plain, no-break and narrow no-break.
_SPACES = re.compile(r"[\s\u00a0\u202f]+")

# Names the Commission's exports use that django-countries does not know, in the form
# ``_name_key`` gives them.
_COUNTRY_ALIASES = {
    "cape verde": "CV",
    "congo democratic republic of the": "CD",
    "congo the democratic republic of the": "CD",
    "congo republic of the": "CG",
    "holy see vatican city state": "VA",
    "iran islamic republic of": "IR",
    "ivory coast": "CI",
    "korea democratic people s republic of": "KP",
    "korea republic of": "KR",
    "kosovo": "XK",
    "kosovo un resolution": "XK",
    "moldova republic of": "MD",
    "netherlands the": "NL",
    "the netherlands": "NL",
    "vatican city state": "VA",
}

_TRUE = {"yes", "y", "true", "1", "x", "oui", "ja", "si", "sí"}
_FALSE = {"no", "n", "false", "0", "non", "nein"}

_STATUSES = {
    "ongoing": "ongoing",
    "on going": "ongoing",
    "in progress": "ongoing",
    "running": "ongoing",
    "completed": "completed",
    "closed": "completed",
    "finished": "completed",
    "ended": "completed",
}

# Excel's serial day numbers for 1954-10-03 to 2119-01-09: a plain number in a date column
# is one of those, written by a spreadsheet that lost the cell's date format.
_EXCEL_SERIALS = (20000, 80000)


def text(value):
    """The cell as stripped text, with runs of whitespace made single spaces ("" if empty)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _SPACES.sub(" ", str(value)).strip()


def parse_decimal(value, max_digits=12):
    """An amount in euros, to the cent, from ``12345.67``, ``12,345.67``, ``12.345,67``,
    ``12 345,67`` or ``€ 12345``, of at most ``max_digits`` digits in all.

    A single separator followed by exactly three digits separates thousands: grants are
    given to the cent, never to a tenth of a cent.
    """
    if isinstance(value, bool):
        raise ValueError(_("Not an amount: %(value)s.") % {"value": value})
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
    else:
        raw = text(value)
        if not raw:
            return None
        cleaned = _SPACES.sub("", raw.replace("€", "").replace("'", ""))
        cleaned = re.sub(r"(?i)^eur|eur$", "", cleaned)
        number = _decimal_from_text(cleaned, raw)
    if not number.is_finite():
        raise ValueError(_("Not an amount: %(value)s.") % {"value": value})
    # Checked before rounding: quantize() fails on numbers of more digits than its context.
    if number.adjusted() >= max_digits - 2:
        raise ValueError(
            _("%(value)s is more than the largest amount a project can have, %(largest)s.")
            % {
                "value": text(value) if isinstance(value, str) else f"{number:f}",
                "largest": "9" * (max_digits - 2) + ".99",
            }
        )
    return number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _decimal_from_text(cleaned, raw):
    error = ValueError(_("Not an amount: %(value)s.") % {"value": raw})
    if not re.fullmatch(r"-?[\d.,]*\d[\d.,]*", cleaned):
        raise error
    last_comma, last_dot = cleaned.rfind(","), cleaned.rfind(".")
    if last_comma >= 0 and last_dot >= 0:
        decimal_mark = "," if last_comma > last_dot else "."
    elif last_comma >= 0 or last_dot >= 0:
        mark = "," if last_comma >= 0 else "."
        fraction = cleaned.rpartition(mark)[2]
        single = cleaned.count(mark) == 1
        decimal_mark = mark if single and len(fraction) != 3 else None
    else:
        decimal_mark = None
    if decimal_mark is None:
        whole, fraction = cleaned, ""
    else:
        whole, _sep, fraction = cleaned.rpartition(decimal_mark)
    thousands = re.sub(r"[-\d]", "", whole)
    if thousands and not re.fullmatch(rf"-?\d{{1,3}}(\{thousands[0]}\d{{3}})+", whole):
        # Mixed or misplaced separators: "1.2.3,4" is no amount anyone wrote on purpose.
        raise error
    digits = re.sub(r"[.,]", "", whole) + ("." + fraction if fraction else "")
    try:
        return Decimal(digits)
    except InvalidOperation:
        raise error from None


def parse_date(value):
    """A date from an Excel date cell, ISO text, ``dd/mm/yyyy``, ``dd.mm.yyyy`` or
    ``dd-mm-yyyy`` (the European order the Commission uses), or an Excel serial number."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _EXCEL_SERIALS[0] <= value <= _EXCEL_SERIALS[1]:
            return from_excel(value).date()
        raise ValueError(_("Not a date: %(value)s.") % {"value": value})
    raw = text(value)
    if not raw:
        return None
    if re.fullmatch(r"\d{5}(\.0+)?", raw):
        return parse_date(float(raw))
    candidate = raw.split("T")[0].split(" ")[0]
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d"):
        try:
            return datetime.datetime.strptime(candidate, pattern).date()
        except ValueError:
            continue
    raise ValueError(_("Not a date: %(value)s.") % {"value": raw})


def parse_year(value):
    """A call year (2014 to 2100) from ``2019``, ``2019.0`` or a date."""
    if isinstance(value, datetime.date):
        return value.year
    raw = text(value)
    if not raw:
        return None
    if not re.fullmatch(r"\d{4}(\.0+)?", raw):
        raise ValueError(_("Not a call year: %(value)s.") % {"value": raw})
    year = int(raw[:4])
    if not 2014 <= year <= 2100:
        raise ValueError(_("Not an Erasmus+ call year: %(value)s.") % {"value": raw})
    return year


def parse_boolean(value):
    """``True`` for Yes/1/true/x, ``False`` for No/0/false or an empty cell."""
    if isinstance(value, bool):
        return value
    raw = text(value).casefold()
    if raw in _TRUE:
        return True
    if not raw or raw in _FALSE:
        return False
    raise ValueError(_("Not yes or no: %(value)s.") % {"value": text(value)})


def parse_status(value):
    """ "ongoing" or "completed" from the export's project status."""
    raw = text(value).casefold()
    if not raw:
        return None
    if raw in _STATUSES:
        return _STATUSES[raw]
    raise ValueError(
        _("Not a project status (ongoing or completed): %(value)s.") % {"value": text(value)}
    )


def parse_url(value):
    """A web address, with ``https://`` added when the export gives a bare host name."""
    raw = text(value)
    if not raw:
        return ""
    if not re.match(r"(?i)^[a-z][a-z0-9+.-]*:", raw):
        raw = "https://" + raw.lstrip("/")
    return raw


def _name_key(name):
    """A country name folded so that spelling variants meet: accents, case, punctuation."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[^a-z]+", " ", folded.casefold()).split())


@lru_cache(maxsize=1)
def _codes_by_name():
    """English names (official, common and former) and known aliases, folded, to codes."""
    names = {}
    with translation.override("en"):
        for code, name in countries:
            names[_name_key(str(name))] = code
    for code, name in countries.COMMON_NAMES.items():
        names.setdefault(_name_key(str(name)), code)
    for code, old_names in countries.OLD_NAMES.items():
        for name in old_names:
            names.setdefault(_name_key(str(name)), code)
    for name, code in _COUNTRY_ALIASES.items():
        names.setdefault(name, code)
    return names


def country_code(value):
    """An ISO code from an English country name or a code ("EL" and "UK" included).

    Returns ``""`` for an empty cell and raises ``ValueError`` for a country that this
    site's country list does not have.
    """
    raw = text(value)
    if not raw:
        return ""
    if len(raw) == 2:
        code = normalise_country_code(raw)
    else:
        code = countries.by_name(raw) or _codes_by_name().get(_name_key(raw), "")
    if not code:
        raise ValueError(_("Unknown country: %(value)s.") % {"value": raw})
    if not countries.alpha2(code):
        raise ValueError(
            _("%(value)s is not in this site's list of countries.")
            % {"value": raw if raw.upper() == code else f"{raw} ({code})"}
        )
    return code


def country_codes(value):
    """ISO codes from a list of countries separated by ``;`` or ``,``, names or codes.

    With commas as separators, a name that holds a comma ("Korea, Republic of") is found
    by trying each piece together with the next one first.
    """
    raw = text(value)
    if not raw:
        return []
    separator = ";" if ";" in raw else ","
    pieces = [piece.strip() for piece in raw.split(separator) if piece.strip()]
    codes = []
    while pieces:
        piece = pieces.pop(0)
        code = ""
        if separator == "," and pieces:
            try:
                code = country_code(piece + ", " + pieces[0])
            except ValueError:
                code = ""
            else:
                pieces.pop(0)
        code = code or country_code(piece)
        if code not in codes:
            codes.append(code)
    return codes
