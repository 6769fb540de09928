"""Exports that are damaged, hostile or simply unusual: each gets a clear message, never a
traceback, and no file makes the reader use memory in proportion to what it declares."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from openpyxl import Workbook

from icm_ebooth.importers import import_project_examples
from icm_ebooth.models import ProjectExampleIndexPage, ProjectExamplePage
from tests.factories import FairPageFactory, build_booth, publish

LIEGE = "2019-1-BE02-KA107-000123"
TOULOUSE = "2022-1-FR01-KA171-HED-000012345"
HEADER = [
    "Project Identifier",
    "Project Title",
    "Coordinating organisation name",
    "Coordinator's country",
    "EU Grant award in euros",
]


@pytest.fixture
def index(home):
    fair = publish(FairPageFactory(parent=home))
    booth = build_booth(fair, topics=0, projects=0, events=0, resources=0)
    return ProjectExampleIndexPage.objects.child_of(booth).get()


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
