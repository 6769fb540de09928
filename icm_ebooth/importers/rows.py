"""One row of the export read into the field values of a project example page."""

import re
from dataclasses import dataclass
from functools import partial

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from icm_ebooth.importers import values
from icm_ebooth.importers.columns import COLUMNS, IDENTIFIER
from icm_ebooth.models.projects import (
    KEY_ACTION_CHOICES,
    ProjectExamplePage,
    ProjectPartner,
    key_action_from_reference,
    project_reference_validator,
)

KEY_ACTIONS = {code for code, _label in KEY_ACTION_CHOICES}
_GRANT_DIGITS = ProjectExamplePage._meta.get_field("eu_grant").max_digits

# Columns read as one line of text.
_TEXT_FIELDS = ("title", "action_type", "coordinator_name", "coordinator_type")
_URL_FIELDS = ("coordinator_website", "project_card_url", "website")
_BOOLEAN_FIELDS = ("is_good_practice", "is_success_story")
_DATE_FIELDS = ("start_date", "end_date")
# A page cannot be saved without these, so an empty cell is an error, not a blank.
_REQUIRED = ("title", "coordinator_name", "coordinator_country")
# An empty cell clears these; other empty cells leave the field as it is.
_NULLABLE = ("eu_grant", *_DATE_FIELDS)


class RowError(Exception):
    """A row that cannot be imported, with every problem found in it."""

    def __init__(self, messages):
        super().__init__("; ".join(messages))
        self.messages = messages


@dataclass
class ProjectRow:
    """A row's values: ``fields`` holds only the fields whose column the file has, and
    ``partners`` is ``None`` when the file has no partner columns."""

    number: int
    identifier: str
    fields: dict
    partners: list | None


def identifier_of(cells, columns):
    """The row's project identifier as written (upper-cased, spaces removed)."""
    return re.sub(r"\s+", "", values.text(columns.value(cells, IDENTIFIER))).upper()


def read_row(number, cells, columns):
    """Read spreadsheet row ``number``; raise ``RowError`` listing all its problems."""
    errors = []
    fields = {}

    def problem(key, message):
        errors.append(
            _("%(column)s: %(message)s") % {"column": COLUMNS.get(key, key), "message": message}
        )

    identifier = identifier_of(cells, columns)
    if not identifier:
        problem(IDENTIFIER, _("the cell is empty."))
    else:
        try:
            project_reference_validator(identifier)
        except ValidationError as error:
            problem(
                IDENTIFIER,
                _("%(value)s is not a project identifier. %(help)s")
                % {"value": identifier, "help": " ".join(error.messages)},
            )

    parsers = {
        **dict.fromkeys(_TEXT_FIELDS, values.text),
        **dict.fromkeys(_URL_FIELDS, values.parse_url),
        **dict.fromkeys(_BOOLEAN_FIELDS, values.parse_boolean),
        **dict.fromkeys(_DATE_FIELDS, values.parse_date),
        "summary": _paragraphs,
        "call_year": values.parse_year,
        "status": values.parse_status,
        "eu_grant": partial(values.parse_decimal, max_digits=_GRANT_DIGITS),
        "coordinator_country": values.country_code,
        "partner_countries": values.country_codes,
    }
    for key, parse in parsers.items():
        if key not in columns:
            continue
        try:
            value = parse(columns.value(cells, key))
        except ValueError as error:
            problem(key, str(error))
            continue
        if key in _REQUIRED and not value:
            problem(key, _("the cell is empty."))
        elif value is not None or key in _NULLABLE:
            fields[key] = value

    if "key_action" in columns:
        fields["key_action"] = _key_action(columns.value(cells, "key_action"), identifier)
    if not fields.get("call_year") and identifier[:4].isdigit():
        # The identifier starts with the call year.
        fields["call_year"] = int(identifier[:4])
    if "partner_countries" in fields and fields.get("coordinator_country"):
        # The export lists the coordinator's country among the participating ones.
        coordinator = fields["coordinator_country"]
        fields["partner_countries"] = [c for c in fields["partner_countries"] if c != coordinator]

    partners = _partners(cells, columns, errors) if columns.has_partners else None
    if errors:
        raise RowError(errors)
    return ProjectRow(number=number, identifier=identifier, fields=fields, partners=partners)


def _paragraphs(value):
    """Multi-line text with its line breaks kept and stray spaces removed."""
    if value is None:
        return ""
    lines = [" ".join(line.split()) for line in str(value).replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()


def _key_action(value, identifier):
    """The key action code in the cell ("KA171"), or the identifier's for a long label."""
    match = re.search(r"KA\d{3}", values.text(value).upper())
    if match and match.group() in KEY_ACTIONS:
        return match.group()
    return key_action_from_reference(identifier)


def _partners(cells, columns, errors):
    partners = []
    for number, name, organisation_type, country in columns.partner_values(cells):
        name = values.text(name)
        if not name:
            continue
        try:
            code = values.country_code(country)
            if not code:
                raise ValueError(_("the country is empty."))
            partner = ProjectPartner(
                name=name, organisation_type=values.text(organisation_type), country=code
            )
            partner.full_clean(exclude=["page", "sort_order"])
        except ValueError as error:
            message = str(error)
        except ValidationError as error:
            message = " ".join(error.messages)
        else:
            partners.append(partner)
            continue
        errors.append(
            _("Partner %(number)s (%(name)s): %(message)s")
            % {"number": number, "name": name, "message": message}
        )
    return partners
