"""Open an export file, XLSX or CSV, and find its header row.

Downloads from the results platform come as XLSX, sometimes with a few title rows above the
header, or as CSV saved by a spreadsheet in whatever delimiter and encoding the desktop
used. Row numbers are those a spreadsheet shows, counting from 1 at the top of the sheet.

Rows are streamed, never all held at once, and every read is capped: a workbook's declared
``<dimension>`` is ignored (openpyxl would pad every row to it), no row is read past
``MAX_ROWS`` or ``MAX_COLUMNS``, and a workbook is measured unpacked before it is opened.
"""

import codecs
import csv
import io
import re
import zipfile
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from defusedxml import DefusedXmlException
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from openpyxl import load_workbook

from icm_ebooth.importers.columns import COLUMNS, IDENTIFIER, ColumnMap

# The header row is looked for this far down, below the title rows some downloads have.
HEADER_SEARCH_ROWS = 10
# An export of every ICM project ever funded has a few thousand rows and a few dozen columns.
MAX_ROWS = 50_000
MAX_COLUMNS = 1_000
# The most a CSV file, or a workbook's unpacked parts, may hold.
MAX_READ_BYTES = 64 * 1024 * 1024

CSV_DELIMITERS = (",", ";", "\t")
# Tried in this order; UTF-16 only with a byte-order mark, which Excel's "Unicode text" has.
CSV_ENCODINGS = ("utf-8-sig", "cp1252")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Control characters no export holds, C1 included: text that decodes to them was read in
# the wrong encoding. Tab, line feed and carriage return are allowed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

_ZIP_MAGIC = b"PK\x03\x04"


class ImportFileError(Exception):
    """The file as a whole cannot be imported; nothing was written."""


@dataclass
class Table:
    """The export's header, and a way to read the rows below it as often as needed."""

    name: str
    columns: ColumnMap
    header_row: int
    row_count: int
    _read_body: object  # () -> iterator of the cells of each row below the header

    def rows(self):
        """``(row number, cells)`` of each row below the header that has a value."""
        for number, cells in enumerate(self._read_body(), start=self.header_row + 1):
            if _has_content(cells):
                yield number, cells


def read_table(source, name=None):
    """Read ``source`` (a path, or a binary file such as an upload) into a ``Table``.

    Raises ``ImportFileError`` when the file is not a readable XLSX or CSV, is empty or too
    large, or has no "Project Identifier" column in its first rows. The whole file is read
    once here, so that such a problem shows before anything is written.
    """
    data, name = _read_bytes(source, name)
    if not data.strip():
        raise ImportFileError(_("The file %(name)s is empty.") % {"name": name})
    suffix = Path(name).suffix.lower()
    if data.startswith(_ZIP_MAGIC) or suffix in (".xlsx", ".xlsm"):
        candidates = _xlsx_candidates(data, name)
    else:
        candidates = _csv_candidates(data, name)
    for header_row, header, read_body in candidates:
        columns = ColumnMap.from_header(header)
        row_count = sum(1 for cells in read_body() if _has_content(cells))
        return Table(name, columns, header_row, row_count, read_body)
    raise ImportFileError(
        _(
            "The file %(name)s has no %(column)s column in its first %(count)s rows: is "
            "it an export of the Erasmus+ Project Results Platform?"
        )
        % {"name": name, "column": COLUMNS[IDENTIFIER], "count": HEADER_SEARCH_ROWS}
    )


def _too_large(name, size):
    return ImportFileError(
        _("The file %(name)s holds %(size)s; at most %(limit)s can be imported at once.")
        % {
            "name": name,
            "size": filesizeformat(size),
            "limit": filesizeformat(MAX_READ_BYTES),
        }
    )


def _read_bytes(source, name):
    if isinstance(source, str | Path):
        path = Path(source)
        name = name or path.name
        try:
            size = path.stat().st_size
            if size > MAX_READ_BYTES:
                raise _too_large(name, size)
            return path.read_bytes(), name
        except OSError as error:
            raise ImportFileError(
                _("The file %(name)s cannot be opened: %(error)s")
                % {"name": name, "error": error.strerror or error}
            ) from error
    if hasattr(source, "seek"):
        source.seek(0)
    name = name or Path(getattr(source, "name", "") or "upload").name
    data = source.read(MAX_READ_BYTES + 1)
    if len(data) > MAX_READ_BYTES:
        raise _too_large(name, getattr(source, "size", None) or len(data))
    return data, name


def _not_readable(name):
    return _("The file %(name)s is neither an XLSX workbook nor a CSV file.") % {"name": name}


def _has_content(cells):
    return any(cell is not None and str(cell).strip() for cell in cells)


def _header_width(cells):
    """The number of cells up to the header's last non-empty one."""
    width = len(cells)
    while width and not _has_content(cells[width - 1 : width]):
        width -= 1
    return width


def _find_header(rows):
    """``(row number, cells)`` of the first of ``rows`` with the identifier column, or None."""
    for number, cells in enumerate(rows, start=1):
        if ColumnMap.from_header(cells).has_identifier:
            return number, list(cells)
    return None


def _capped(rows, first_number, name):
    """``rows`` numbered from ``first_number``, refused past row ``MAX_ROWS``."""
    for number, cells in enumerate(rows, start=first_number):
        if number > MAX_ROWS:
            raise ImportFileError(
                _(
                    "The file %(name)s goes on past row %(limit)s: split it into files of "
                    "at most %(limit)s rows and import them one by one."
                )
                % {"name": name, "limit": MAX_ROWS}
            )
        yield cells


# XLSX


def _xlsx_candidates(data, name):
    """``(header row, header cells, body reader)`` of the first sheet with the identifier."""
    _check_archive(data, name)
    with _workbook(data, name) as workbook:
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()
            rows = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
            found = _guard(lambda rows=rows: _find_header(islice(rows, HEADER_SEARCH_ROWS)), name)
            if found is not None:
                title = sheet.title
                break
        else:
            return
    header_row, header = found
    header = header[: _header_width(header)]
    yield header_row, header, _xlsx_body(data, name, title, header_row, len(header))


def _check_archive(data, name):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            # The sizes the archive declares bound what reading it can unpack.
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        raise ImportFileError(_not_readable(name)) from error
    if unpacked > MAX_READ_BYTES:
        raise _too_large(name, unpacked)


class _workbook:
    """A read-only workbook, closed on exit; openpyxl's errors become ``ImportFileError``."""

    def __init__(self, data, name):
        self.data, self.name = data, name

    def __enter__(self):
        self.workbook = _guard(
            lambda: load_workbook(io.BytesIO(self.data), read_only=True, data_only=True),
            self.name,
        )
        return self.workbook

    def __exit__(self, *exc_info):
        self.workbook.close()


def _guard(read, name):
    """Call ``read``; what a damaged or hostile workbook raises becomes ``ImportFileError``."""
    try:
        return read()
    except ImportFileError:
        raise
    except Exception as error:
        if not _caused_by(error, DefusedXmlException):
            # A damaged workbook raises zip, XML parser or openpyxl errors of many kinds.
            raise ImportFileError(_not_readable(name)) from error
        raise ImportFileError(
            _(
                "The file %(name)s declares XML entities, which no spreadsheet export has; "
                "it was refused for safety."
            )
            % {"name": name}
        ) from error


def _caused_by(error, kind):
    """Whether ``error``, or an error it was raised from, is a ``kind`` (openpyxl wraps)."""
    while error is not None:
        if isinstance(error, kind):
            return True
        error = error.__cause__ or error.__context__
    return False


def _xlsx_body(data, name, title, header_row, width):
    def read_body():
        with _workbook(data, name) as workbook:
            sheet = workbook[title]
            sheet.reset_dimensions()
            rows = sheet.iter_rows(min_row=header_row + 1, max_col=width, values_only=True)
            rows = _capped(rows, header_row + 1, name)
            while True:
                cells = _guard(lambda: next(rows, None), name)
                if cells is None:
                    return
                yield cells

    return read_body


# CSV


def _csv_candidates(data, name):
    """``(header row, header cells, body reader)`` for the delimiter whose header row has
    the identifier and the most columns."""
    content = _decode(data, name)
    found = []
    for delimiter in CSV_DELIMITERS:
        head = islice(_csv_rows(content, delimiter, name), HEADER_SEARCH_ROWS)
        header = _find_header(head)
        if header is not None:
            found.append((delimiter, *header))
    if not found:
        return
    delimiter, header_row, header = max(found, key=lambda candidate: len(candidate[2]))
    width = _header_width(header[:MAX_COLUMNS])

    def read_body():
        rows = islice(_csv_rows(content, delimiter, name), header_row, None)
        for cells in _capped(rows, header_row + 1, name):
            yield cells[:width]

    yield header_row, header[:width], read_body


def _csv_rows(content, delimiter, name):
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        yield from reader
    except csv.Error as error:
        raise ImportFileError(_not_readable(name)) from error


def _line_of(data, position):
    return data.count(b"\n", 0, position) + 1


def _decode(data, name):
    """The file's text: UTF-16 with a byte-order mark, else UTF-8, else Windows-1252.

    Windows-1252 gives almost every byte a character, so text in another encoding often
    decodes; what gives it away is the control characters it decodes to.
    """
    if data.startswith(_UTF16_BOMS):
        encodings = ("utf-16",)
    elif b"\x00" in data:
        raise ImportFileError(
            _(
                "The file %(name)s has a NUL byte on line %(line)s: it is not a text file, "
                "or it is UTF-16 text without a byte-order mark. Save it from the "
                'spreadsheet as "CSV UTF-8" and import it again.'
            )
            % {"name": name, "line": _line_of(data, data.index(b"\x00"))}
        )
    else:
        encodings = CSV_ENCODINGS
    for encoding in encodings:
        try:
            content = data.decode(encoding)
        except UnicodeDecodeError as error:
            line = _line_of(data, error.start)
            continue
        control = _CONTROL.search(content)
        if control is None:
            return content
        line = content.count("\n", 0, control.start()) + 1
    raise ImportFileError(
        _(
            "The file %(name)s is not text in UTF-8, UTF-16 or Windows-1252: line "
            "%(line)s cannot be read in any of them. Save it from the spreadsheet as "
            '"CSV UTF-8" and import it again.'
        )
        % {"name": name, "line": line}
    )
