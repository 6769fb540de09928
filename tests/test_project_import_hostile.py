"""Exports that are damaged, hostile or simply unusual: each gets a clear message, never a
traceback, and no file makes the reader use memory in proportion to what it declares."""

import codecs
import io
import re
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from openpyxl import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from icm_ebooth.importers import ImportFileError, import_project_examples, sources
from icm_ebooth.models import ProjectExampleIndexPage, ProjectExamplePage
from tests.factories import FairPageFactory, build_booth, fresh, publish

LIEGE = "2019-1-BE02-KA107-000123"
TOULOUSE = "2022-1-FR01-KA171-HED-000012345"
HEADER = [
    "Project Identifier",
    "Project Title",
    "Coordinating organisation name",
    "Coordinator's country",
    "EU Grant award in euros",
]


@pytest.fixture(scope="module")
def module_index(module_home):
    fair = publish(FairPageFactory(parent=module_home))
    booth = build_booth(fair, topics=0, projects=0, events=0, resources=0)
    return ProjectExampleIndexPage.objects.child_of(booth).get()


@pytest.fixture
def index(module_index, db):
    return fresh(module_index)


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


@pytest.fixture
def admin_client_of(client, db):
    def login():
        user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
        client.force_login(user)
        return client

    return login


def project_row(reference, grant, title="A project (illustrative)"):
    return [reference, title, "Example University (illustrative)", "BE", grant]


def csv_file(rows, name="export.csv", encoding="utf-8", delimiter=";"):
    text = "\r\n".join(delimiter.join(str(cell) for cell in row) for row in rows) + "\r\n"
    return SimpleUploadedFile(name, text.encode(encoding))


def xlsx_bytes(rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_file(rows, name="export.xlsx"):
    return SimpleUploadedFile(name, xlsx_bytes(rows))


def import_url(index):
    return reverse("icm_ebooth_import_projects", args=[index.pk])


# Numbers no grant can be


THIRTY_NINES = "9" * 30


@pytest.mark.parametrize(
    ("upload", "shown"),
    [
        (lambda: csv_file([HEADER, project_row(LIEGE, THIRTY_NINES)]), THIRTY_NINES),
        (lambda: xlsx_file([HEADER, project_row(LIEGE, 1e26)]), "1" + "0" * 26),
        (lambda: xlsx_file([HEADER, project_row(LIEGE, 12345678901.5)]), "12345678901.5"),
    ],
    ids=["thirty nines in a CSV", "1e26 in an XLSX", "one digit too many"],
)
def test_a_grant_too_large_for_any_project_is_a_row_message(index, upload, shown):
    report = import_project_examples(upload(), index)

    [row] = report.rows
    assert (row.row, row.action) == (2, "skipped")
    assert f"{shown} is more than the largest amount a project can have" in row.reason
    assert "9999999999.99" in row.reason
    assert not ProjectExamplePage.objects.exists()


def test_a_huge_grant_does_not_stop_the_next_rows(index):
    rows = [HEADER, project_row(LIEGE, THIRTY_NINES), project_row(TOULOUSE, "1 234,50")]

    report = import_project_examples(csv_file(rows), index)

    assert [(row.row, row.action) for row in report.rows] == [(2, "skipped"), (3, "created")]


def test_a_huge_grant_on_the_command_line_is_a_row_line(index, tmp_path, capsys):
    path = tmp_path / "export.xlsx"
    path.write_bytes(xlsx_bytes([HEADER, project_row(LIEGE, 1e26)]))

    call_command("import_project_examples", str(path), index=index.pk)

    output = capsys.readouterr().out
    assert f"Row 2\t{LIEGE}\tskipped\tEU Grant award in euros: " in output
    assert "Totals: 0 created, 0 updated, 0 unchanged, 1 skipped." in output


def test_a_huge_grant_uploaded_in_the_admin_is_shown_in_the_report(admin_client_of, index):
    client = admin_client_of()
    upload = xlsx_file([HEADER, project_row(LIEGE, 1e26), project_row(TOULOUSE, 1000)])

    response = client.post(import_url(index), {"file": upload, "dry_run": "on"}, follow=True)

    assert response.status_code == 200
    html = response.content.decode()
    assert "is more than the largest amount a project can have" in html
    assert "Dry run: nothing was saved." in html


# Workbooks that declare more than they hold


@pytest.fixture
def rows_read(monkeypatch):
    """Every row openpyxl hands the reader, as its width, across all reads of a workbook."""
    widths = []
    cells_by_row = ReadOnlyWorksheet._cells_by_row

    def counted(self, *args, **kwargs):
        for row in cells_by_row(self, *args, **kwargs):
            widths.append(len(row))
            # A reader without caps would go on until memory runs out: stop it here.
            assert len(widths) <= 10_000, "read far past any cap"
            yield row

    monkeypatch.setattr(ReadOnlyWorksheet, "_cells_by_row", counted)
    return widths


def far_cell_workbook(row, column=16_384):
    """Two projects, then one cell at (row, column), so that <dimension> declares it all."""
    workbook = Workbook()
    sheet = workbook.active
    for cells in (HEADER, project_row(LIEGE, 1000), project_row(TOULOUSE, 2000)):
        sheet.append(cells)
    sheet.cell(row=row, column=column, value="far away")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def declared_dimension(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    return re.search(r'<dimension ref="([^"]+)"', sheet).group(1)


def test_a_far_cell_within_the_rows_is_ignored_and_no_row_is_read_wide(index, rows_read):
    data = far_cell_workbook(row=40)
    assert declared_dimension(data) == "A1:XFD40"

    report = import_project_examples(SimpleUploadedFile("export.xlsx", data), index)

    assert [(row.row, row.action) for row in report.rows] == [(2, "created"), (3, "created")]
    assert rows_read and max(rows_read) <= sources.MAX_COLUMNS


def test_a_workbook_going_on_to_the_last_row_is_refused_without_reading_it(
    index, rows_read, monkeypatch
):
    monkeypatch.setattr(sources, "MAX_ROWS", 100)
    data = far_cell_workbook(row=1_048_576)
    assert declared_dimension(data) == "A1:XFD1048576"

    with pytest.raises(ImportFileError, match="goes on past row 100: split it"):
        import_project_examples(SimpleUploadedFile("export.xlsx", data), index)

    # Each read of the sheet stops one row after the cap, however far the file says it goes.
    assert len(rows_read) <= 3 * 101
    assert max(rows_read) <= sources.MAX_COLUMNS
    assert not ProjectExamplePage.objects.exists()


def test_a_workbook_that_unpacks_to_more_than_the_limit_is_refused(index, monkeypatch):
    monkeypatch.setattr(sources, "MAX_READ_BYTES", 1024 * 1024)
    buffer = io.BytesIO(xlsx_bytes([HEADER, project_row(LIEGE, 1000)]))
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", bytes(2 * 1024 * 1024))

    with pytest.raises(ImportFileError, match=r"holds 2\.0\xa0MB; at most 1\.0\xa0MB"):
        import_project_examples(SimpleUploadedFile("export.xlsx", buffer.getvalue()), index)


def test_a_csv_going_on_past_the_row_limit_writes_nothing(index, monkeypatch):
    monkeypatch.setattr(sources, "MAX_ROWS", 5)
    rows = [HEADER] + [project_row(f"2019-1-BE02-KA107-{n:06}", 1000) for n in range(1, 10)]

    with pytest.raises(ImportFileError, match="goes on past row 5"):
        import_project_examples(csv_file(rows), index)

    assert not ProjectExamplePage.objects.exists()


def test_a_workbook_with_an_xml_entity_is_refused_for_safety(index):
    buffer = io.BytesIO(xlsx_bytes([HEADER, project_row(LIEGE, 1000)]))
    with zipfile.ZipFile(buffer) as archive:
        parts = {member.filename: archive.read(member) for member in archive.infolist()}
    parts["xl/workbook.xml"] = (
        b'<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        + parts["xl/workbook.xml"]
    )
    hostile = io.BytesIO()
    with zipfile.ZipFile(hostile, "w") as archive:
        for filename, content in parts.items():
            archive.writestr(filename, content)

    with pytest.raises(ImportFileError, match="declares XML entities.*refused for safety"):
        import_project_examples(SimpleUploadedFile("export.xlsx", hostile.getvalue()), index)


# Text in an encoding the file does not say


JAPANESE_TITLE = "日本の大学との交流、学生と職員"


def test_a_shift_jis_csv_is_refused_rather_than_imported_as_mojibake(index):
    upload = csv_file(
        [HEADER, project_row(LIEGE, 1000, title=JAPANESE_TITLE)], encoding="shift_jis"
    )

    with pytest.raises(ImportFileError, match="is not text in UTF-8, UTF-16 or Windows-1252"):
        import_project_examples(upload, index)

    assert not ProjectExamplePage.objects.exists()


def test_control_characters_are_refused_with_their_line(index):
    upload = csv_file([HEADER, project_row(LIEGE, 1000, title="Caf\u0090 (illustrative)")])

    with pytest.raises(ImportFileError, match="line 2 cannot be read"):
        import_project_examples(upload, index)


def test_excel_unicode_text_in_utf16_is_imported(index):
    rows = [HEADER, project_row(LIEGE, "1 234,50", title=JAPANESE_TITLE)]
    upload = csv_file(rows, name="export.txt", encoding="utf-16", delimiter="\t")
    assert upload.read(2) == codecs.BOM_UTF16_LE

    report = import_project_examples(upload, index)

    assert [row.action for row in report.rows] == ["created"]
    assert ProjectExamplePage.objects.get().title == JAPANESE_TITLE


def test_a_nul_byte_is_named_as_such(index):
    data = "\n".join(";".join(row) for row in [HEADER, project_row(LIEGE, "1000")])
    upload = SimpleUploadedFile("export.csv", data.encode().replace(b"BE;", b"BE\x00;"))

    with pytest.raises(ImportFileError, match="has a NUL byte on line 2"):
        import_project_examples(upload, index)


def test_an_editor_uploading_shift_jis_is_told_to_save_as_utf8(admin_client_of, index):
    client = admin_client_of()
    upload = csv_file(
        [HEADER, project_row(LIEGE, 1000, title=JAPANESE_TITLE)], encoding="shift_jis"
    )

    response = client.post(import_url(index), {"file": upload}, follow=True)

    assert response.status_code == 200
    html = response.content.decode()
    assert "is not text in UTF-8, UTF-16 or Windows-1252" in html
    assert "CSV UTF-8" in html
    assert not ProjectExamplePage.objects.exists()
