"""The columns of the results platform export, found in a header row whatever its spelling.

Headers are compared normalised: case-insensitive, with runs of whitespace made one space,
curly apostrophes made straight and trailing punctuation removed. A header matches a column
when it equals the column's name or starts with it and goes on after a space or a
bracket, so "EU Grant award in euros" finds the export's long header that explains the
amount.
"""

import re
from dataclasses import dataclass, field

IDENTIFIER = "identifier"

# Column key -> the header the export publishes.
COLUMNS = {
    IDENTIFIER: "Project Identifier",
    "title": "Project Title",
    "call_year": "Call year",
    "key_action": "Key Action",
    "action_type": "Action Type",
    "status": "Project Status",
    "start_date": "Start Date",
    "end_date": "End Date",
    "coordinator_name": "Coordinating organisation name",
    "coordinator_type": "Coordinating organisation type",
    "coordinator_address": "Coordinator's address",
    "coordinator_region": "Coordinator's region",
    "coordinator_country": "Coordinator's country",
    "coordinator_website": "Coordinator's website",
    "partner_countries": "Participating countries",
    "eu_grant": "EU Grant award in euros",
    "summary": "Project Summary",
    "is_good_practice": "Is Good Practice",
    "is_success_story": "Is Success Story",
    "project_card_url": "Results Platform Project Card",
    "website": "Project Website",
}

_PARTNER = re.compile(r"^partner (?P<number>\d+) (?P<part>name|organi[sz]ation type|country)$")


def normalise_header(value):
    """A header folded for comparison: "  Coordinator’s  Country: " -> "coordinator's country"."""
    if value is None:
        return ""
    folded = str(value).replace("\u2019", "'").replace("\u00a0", " ").casefold()
    folded = " ".join(folded.split())
    return folded.rstrip(" .:;,*")


def _matches(header, name):
    return header == name or (header.startswith(name) and header[len(name)] in " ([")


@dataclass
class ColumnMap:
    """Where each known column is in the header row (0-based positions)."""

    positions: dict = field(default_factory=dict)
    partners: dict = field(default_factory=dict)

    @classmethod
    def from_header(cls, cells):
        """Find the known columns in a header row; the first of two same columns wins."""
        columns = cls()
        wanted = {key: normalise_header(name) for key, name in COLUMNS.items()}
        for position, cell in enumerate(cells):
            header = normalise_header(cell)
            if not header:
                continue
            partner = _PARTNER.match(header)
            if partner:
                number = int(partner["number"])
                part = partner["part"].split(" ")[0].replace("organization", "organisation")
                columns.partners.setdefault(number, {}).setdefault(part, position)
                continue
            for key, name in wanted.items():
                if key not in columns.positions and _matches(header, name):
                    columns.positions[key] = position
                    break
        return columns

    @property
    def has_identifier(self):
        return IDENTIFIER in self.positions

    @property
    def has_partners(self):
        """Whether the file has partner name columns, so that partners are replaced."""
        return any("name" in parts for parts in self.partners.values())

    def __contains__(self, key):
        return key in self.positions

    def value(self, cells, key):
        """The cell of column ``key`` in a row, ``None`` when absent or past the row's end."""
        return _cell(cells, self.positions.get(key))

    def partner_values(self, cells):
        """``(number, name, organisation type, country)`` for each partner in the row."""
        for number in sorted(self.partners):
            parts = self.partners[number]
            yield (
                number,
                _cell(cells, parts.get("name")),
                _cell(cells, parts.get("organisation")),
                _cell(cells, parts.get("country")),
            )


def _cell(cells, position):
    if position is None or position >= len(cells):
        return None
    return cells[position]
