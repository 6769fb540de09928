"""Open an export file, XLSX or CSV, and find its header row.

Downloads from the results platform come as XLSX, sometimes with a few title rows above the
header, or as CSV saved by a spreadsheet in whatever delimiter and encoding the desktop
used. Row numbers are those a spreadsheet shows, counting from 1 at the top of the sheet.
"""

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _
from openpyxl import load_workbook

from icm_ebooth.importers.columns import COLUMNS, IDENTIFIER, ColumnMap

# The header row is looked for this far down, below the title rows some downloads have.
HEADER_SEARCH_ROWS = 10

CSV_DELIMITERS = (",", ";", "\t")
CSV_ENCODINGS = ("utf-8-sig", "cp1252")

_ZIP_MAGIC = b"PK\x03\x04"


class ImportFileError(Exception):
    """The file as a whole cannot be imported; nothing was written."""


@dataclass
class Table:
    """The export's rows below its header, with the columns found in the header."""

    name: str
    columns: ColumnMap
    header_row: int
    rows: list  # (row number, list of cell values)


def read_table(source, name=None):
    """Read ``source`` (a path, or a binary file such as an upload) into a ``Table``.

    Raises ``ImportFileError`` when the file is not a readable XLSX or CSV, is empty, or
    has no "Project Identifier" column in its first rows.
    """
    data, name = _read_bytes(source, name)
    if not data.strip():
        raise ImportFileError(_("The file %(name)s is empty.") % {"name": name})
    suffix = Path(name).suffix.lower()
    if data.startswith(_ZIP_MAGIC) or suffix in (".xlsx", ".xlsm"):
        sheets = _xlsx_sheets(data, name)
    elif b"\x00" in data:
        raise ImportFileError(_not_readable(name))
    else:
        sheets = _csv_sheets(data, name)
    for rows in sheets:
        table = _table_from_rows(rows, name)
        if table is not None:
            return table
    raise ImportFileError(
        _(
            "The file %(name)s has no %(column)s column in its first %(count)s rows: is "
            "it an export of the Erasmus+ Project Results Platform?"
        )
        % {"name": name, "column": COLUMNS[IDENTIFIER], "count": HEADER_SEARCH_ROWS}
    )


def _read_bytes(source, name):
    if isinstance(source, str | Path):
        path = Path(source)
        try:
            return path.read_bytes(), name or path.name
        except OSError as error:
            raise ImportFileError(
                _("The file %(name)s cannot be opened: %(error)s")
                % {"name": name or path.name, "error": error.strerror or error}
            ) from error
    if hasattr(source, "seek"):
        source.seek(0)
    data = source.read()
    return data, name or Path(getattr(source, "name", "") or "upload").name


def _not_readable(name):
    return _("The file %(name)s is neither an XLSX workbook nor a CSV file.") % {"name": name}


def _xlsx_sheets(data, name):
    """Every worksheet's rows, as lists of cell values."""
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            return [
                [list(row) for row in sheet.iter_rows(values_only=True)]
                for sheet in workbook.worksheets
            ]
        finally:
            workbook.close()
    except Exception as error:
        # A damaged workbook raises zip, XML parser or openpyxl errors of many kinds.
        raise ImportFileError(_not_readable(name)) from error


def _decode(data):
    for encoding in CSV_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    # Latin-1 gives every byte a character, so an odd file still reaches the header check.
    return data.decode("latin-1")


def _csv_sheets(data, name):
    """The CSV's rows read with each delimiter whose header row has the identifier, best
    (most columns) first."""
    content = _decode(data)
    candidates = []
    for delimiter in CSV_DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(content, newline=""), delimiter=delimiter))
        except csv.Error as error:
            raise ImportFileError(_not_readable(name)) from error
        header = _find_header(rows)
        if header is not None:
            candidates.append((len(rows[header - 1]), rows))
    candidates.sort(key=lambda candidate: -candidate[0])
    return [rows for _width, rows in candidates]


def _find_header(rows):
    """The 1-based number of the first row with the identifier column, or ``None``."""
    for number, cells in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
        if ColumnMap.from_header(cells).has_identifier:
            return number
    return None


def _table_from_rows(rows, name):
    header = _find_header(rows)
    if header is None:
        return None
    columns = ColumnMap.from_header(rows[header - 1])
    body = [
        (number, cells)
        for number, cells in enumerate(rows[header:], start=header + 1)
        if any(cell not in (None, "") and str(cell).strip() for cell in cells)
    ]
    return Table(name=name, columns=columns, header_row=header, rows=body)
