"""Importing project examples from the Erasmus+ Project Results Platform export."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from icm_ebooth.importers import ImportFileError, import_project_examples
from icm_ebooth.importers.admin import MAX_IMPORT_BYTES
from icm_ebooth.models import ProjectExampleIndexPage, ProjectExamplePage
from tests.factories import (
    BoothPageFactory,
    FairPageFactory,
    ProjectExampleIndexPageFactory,
    build_booth,
    fresh,
    publish,
)
from tests.translating import translate_to

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "results_platform"
XLSX = FIXTURES / "projects.xlsx"
CSV = FIXTURES / "projects.csv"
UPDATED_CSV = FIXTURES / "projects_updated.csv"

LIEGE = "2019-1-BE02-KA107-000123"
THESSALONIKI = "2018-1-EL01-KA107-000456"
LEEDS = "2020-1-UK01-KA107-000789"
TOULOUSE = "2022-1-FR01-KA171-HED-000012345"


@pytest.fixture(scope="module")
def module_fair(module_home):
    return publish(FairPageFactory(parent=module_home))


@pytest.fixture(scope="module")
def module_index(module_fair):
    booth = build_booth(module_fair, topics=0, projects=0, events=0, resources=0)
    return ProjectExampleIndexPage.objects.child_of(booth).get()


@pytest.fixture
def home(module_home, db):
    return fresh(module_home)


@pytest.fixture
def fair(module_fair, db):
    return fresh(module_fair)


@pytest.fixture
def index(module_index, db):
    return fresh(module_index)


@pytest.fixture
def other_index(fair):
    """The project examples index of a second booth of the fair."""
    booth = publish(BoothPageFactory(parent=fair, title="Capacity building", slug="cbhe"))
    return publish(ProjectExampleIndexPageFactory(parent=booth))


def project(reference):
    return ProjectExamplePage.objects.get(project_reference=reference)


def totals(report):
    return {action: count for action, count in report.totals.items() if count}


def test_first_import_creates_the_projects_visitors_see(client, index):
    report = import_project_examples(XLSX, index, publish=True)

    assert totals(report) == {"created": 4, "skipped": 1}
    assert ProjectExamplePage.objects.child_of(index).live().count() == 4
    liege = project(LIEGE)
    assert liege.title == "Engineering exchanges with Kenya and Viet Nam (illustrative)"
    # "Key Action" says "Learning Mobility of Individuals": the code comes from the identifier.
    assert liege.key_action == "KA107"
    assert liege.call_year == 2019
    assert liege.eu_grant == Decimal("152340.50")
    assert liege.coordinator_country.code == "BE"
    assert liege.coordinator_website == "https://www.example.org/liege"
    assert sorted(country.code for country in liege.partner_countries) == ["KE", "VN"]
    assert liege.partner_regions == "acp,asia"
    assert liege.is_good_practice and not liege.is_success_story
    assert [(p.name, p.country.code) for p in liege.partners.all()] == [
        ("Example University of Nairobi (illustrative)", "KE"),
        ("Example University of Hanoi (illustrative)", "VN"),
    ]
    response = client.get(liege.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Example University of Liège (illustrative)" in html
    assert "Belgium" in html
    assert "Asia" in html


def test_commission_codes_and_country_names_become_iso_countries(index):
    import_project_examples(CSV, index, publish=True)

    thessaloniki, leeds = project(THESSALONIKI), project(LEEDS)
    assert thessaloniki.coordinator_country.code == "GR"
    assert sorted(c.code for c in thessaloniki.partner_countries) == ["AM", "GE"]
    assert thessaloniki.eu_grant == Decimal("98765.00")
    assert leeds.coordinator_country.code == "GB"
    # "Korea, Republic of" keeps its comma inside a list separated by semicolons.
    assert sorted(c.code for c in leeds.partner_countries) == ["KR", "ZA"]
    assert leeds.eu_grant == Decimal("12345.67")
    assert leeds.partner_regions == "industrialised,south-africa"
    toulouse = project(TOULOUSE)
    assert (toulouse.key_action, toulouse.status) == ("KA171", "ongoing")
    assert toulouse.partner_regions == "south-mediterranean"


def test_tab_separated_latin_1_with_a_title_row_and_other_formats_is_read(index):
    rows = [
        "Erasmus+ Project Results\t\t",
        "project identifier:\tPROJECT TITLE\tCall Year\tEnd date\tEU GRANT AWARD IN EUROS "
        "(indicative)\tCoordinating organisation name\tCoordinator's country\t"
        "Participating countries\tIs Success Story",
        f"{LIEGE}\tProjet à Liège (illustrative)\t2019\t2022-07-31\t12 345,67\t"
        "Example University (illustrative)\tBE\tBE, KE\ttrue",
        f"{TOULOUSE}\tProjet à Toulouse (illustrative)\t2022.0\t2025-07-31T00:00:00\t"
        "12345.67\tExample Institute (illustrative)\tFR\tMA\tYes",
    ]
    data = ("\r\n".join(rows) + "\r\n").encode("latin-1")

    report = import_project_examples(SimpleUploadedFile("export.txt", data), index)

    assert totals(report) == {"created": 2}
    assert [row.row for row in report.rows] == [3, 4]
    for reference in (LIEGE, TOULOUSE):
        page = project(reference)
        assert page.title.startswith("Projet à")
        assert page.eu_grant == Decimal("12345.67")
        assert page.is_success_story
    assert project(TOULOUSE).call_year == 2022
    assert [c.code for c in project(LIEGE).partner_countries] == ["KE"]


def test_a_row_the_page_refuses_is_skipped_and_the_next_rows_import(index):
    rows = [
        "Project Identifier;Project Title;Coordinating organisation name;"
        "Coordinator's country;Coordinator's website",
        f"{LIEGE};Liège (illustrative);Example University (illustrative);BE;javascript:alert(1)",
        f"{TOULOUSE};Toulouse (illustrative);Example Institute (illustrative);FR;",
        f"{THESSALONIKI};Thessaloniki (illustrative);Example University (illustrative);EL;",
    ]
    data = "\n".join(rows).encode("utf-8")

    report = import_project_examples(SimpleUploadedFile("export.csv", data), index)

    assert [(row.row, row.action) for row in report.rows] == [
        (2, "skipped"),
        (3, "created"),
        (4, "created"),
    ]
    assert "coordinator's website" in report.rows[0].reason
    assert sorted(ProjectExamplePage.objects.child_of(index).values_list("title", flat=True)) == [
        "Thessaloniki (illustrative)",
        "Toulouse (illustrative)",
    ]


def test_the_same_projects_from_xlsx_and_csv_are_unchanged(index):
    import_project_examples(XLSX, index, publish=True)

    report = import_project_examples(CSV, index, publish=True)

    assert totals(report) == {"unchanged": 4, "skipped": 1}


def test_second_import_updates_and_never_duplicates(index):
    import_project_examples(CSV, index, publish=True)

    report = import_project_examples(UPDATED_CSV, index, publish=True)

    assert totals(report) == {"updated": 1, "unchanged": 3, "skipped": 1}
    assert ProjectExamplePage.objects.child_of(index).count() == 4
    liege = project(LIEGE)
    assert liege.title == "Engineering and agronomy with Kenya and Viet Nam (illustrative)"
    assert liege.eu_grant == Decimal("160000.00")
    updated = next(row for row in report.rows if row.action == "updated")
    assert (updated.row, updated.identifier) == (2, LIEGE)


@pytest.mark.parametrize(("path", "row"), [(XLSX, 9), (CSV, 6)])
def test_a_bad_identifier_is_reported_with_its_spreadsheet_row_and_skipped(index, path, row):
    report = import_project_examples(path, index)

    [skipped] = report.skipped
    assert skipped.row == row
    assert skipped.identifier == "2021-BE-KA171-12"
    assert "2021-BE-KA171-12 is not a project identifier" in skipped.reason
    assert not ProjectExamplePage.objects.filter(title__startswith="A row with").exists()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("not_a_workbook.xlsx", "neither an XLSX workbook nor a CSV file"),
        ("no_identifier.csv", "has no Project Identifier column"),
    ],
)
def test_an_unreadable_file_writes_nothing_and_says_why(index, name, message):
    pages_before = Page.objects.count()

    with pytest.raises(ImportFileError, match=message):
        import_project_examples(FIXTURES / name, index, publish=True)
    with pytest.raises(CommandError, match=message):
        call_command("import_project_examples", str(FIXTURES / name), index=index.pk)

    assert Page.objects.count() == pages_before


def test_an_empty_file_is_refused(index):
    with pytest.raises(ImportFileError, match="is empty"):
        import_project_examples(SimpleUploadedFile("empty.csv", b""), index)


def test_the_command_refuses_a_page_that_is_no_index(index):
    with pytest.raises(CommandError, match="not a project examples index"):
        call_command("import_project_examples", str(CSV), index=index.get_parent().pk)


def test_dry_run_reports_and_writes_nothing(index, capsys):
    pages_before = Page.objects.count()

    report = import_project_examples(CSV, index, publish=True, dry_run=True)
    call_command("import_project_examples", str(CSV), index=index.pk, dry_run=True)

    assert totals(report) == {"created": 4, "skipped": 1}
    assert Page.objects.count() == pages_before
    output = capsys.readouterr().out
    assert f"Row 2\t{LIEGE}\twould be created\tWould be saved as a draft." in output
    assert "Row 6\t2021-BE-KA171-12\twould be skipped" in output
    assert (
        "Totals: 4 would be created, 0 would be updated, 0 would stay unchanged, "
        "1 would be skipped." in output
    )
    assert "Saved as a draft." not in output
    assert "Dry run: nothing was saved." in output


def test_a_dry_run_of_an_update_says_what_would_change(index, capsys):
    import_project_examples(CSV, index)

    report = import_project_examples(UPDATED_CSV, index, publish=True, dry_run=True)

    liege = next(row for row in report.rows if row.identifier == LIEGE)
    assert liege.reason == "Would be published; would change: title, EU grant (EUR)."
    assert project(LIEGE).live is False


def test_new_pages_are_drafts_without_publish(index):
    import_project_examples(CSV, index)

    pages = ProjectExamplePage.objects.child_of(index)
    assert pages.count() == 4
    assert not pages.live().exists()


def test_an_update_without_publish_leaves_the_live_page_and_saves_a_draft(index):
    import_project_examples(CSV, index, publish=True)

    report = import_project_examples(UPDATED_CSV, index)

    assert totals(report) == {"updated": 1, "unchanged": 3, "skipped": 1}
    live = project(LIEGE)
    assert live.live and live.has_unpublished_changes
    assert live.title == "Engineering exchanges with Kenya and Viet Nam (illustrative)"
    assert live.eu_grant == Decimal("152340.50")
    draft = live.get_latest_revision_as_object()
    assert draft.title == "Engineering and agronomy with Kenya and Viet Nam (illustrative)"
    assert draft.eu_grant == Decimal("160000.00")


def test_publishing_after_a_draft_import_publishes_the_draft(index):
    import_project_examples(CSV, index, publish=True)
    import_project_examples(UPDATED_CSV, index)

    report = import_project_examples(UPDATED_CSV, index, publish=True)

    assert totals(report) == {"updated": 1, "unchanged": 3, "skipped": 1}
    live = project(LIEGE)
    assert live.eu_grant == Decimal("160000.00")
    assert not live.has_unpublished_changes


def test_a_published_update_reaches_the_french_translation(index, home_fr, locale_fr):
    import_project_examples(CSV, index, publish=True)
    for page in (index.get_parent().get_parent().specific, index.get_parent().specific, index):
        translate_to(page, locale_fr)
    french = translate_to(project(LIEGE), locale_fr)
    assert french.eu_grant == Decimal("152340.50")

    import_project_examples(UPDATED_CSV, index, publish=True)

    french.refresh_from_db()
    assert french.eu_grant == Decimal("160000.00")
    assert french.call_year == 2019
    assert french.partner_regions == "acp,asia"
    assert french.title.startswith("FR Engineering exchanges")


def test_what_editors_added_survives_an_update(index):
    import_project_examples(CSV, index, publish=True)
    liege = project(LIEGE)
    liege.student_studies = liege.staff_teaching = True
    liege.incoming_mobilities = 14
    liege.is_illustrative = True
    liege.body = [("text", "<p>Testimonial of a student.</p>")]
    publish(liege)

    import_project_examples(UPDATED_CSV, index, publish=True)

    liege = project(LIEGE)
    assert liege.eu_grant == Decimal("160000.00")
    assert liege.student_studies and liege.staff_teaching
    assert liege.incoming_mobilities == 14
    assert liege.is_illustrative
    assert "Testimonial of a student." in str(liege.body[0].value)


def test_a_project_of_another_index_in_the_same_language_is_skipped(index, other_index):
    import_project_examples(CSV, other_index, publish=True)

    report = import_project_examples(CSV, index, publish=True)

    assert totals(report) == {"skipped": 5}
    assert "Another index already has this project" in report.rows[0].reason
    assert ProjectExamplePage.objects.child_of(index).count() == 0


# The admin view


def import_url(index):
    return reverse("icm_ebooth_import_projects", args=[index.pk])


def upload(path):
    return SimpleUploadedFile(path.name, path.read_bytes())


def editor_of(index, *codenames):
    """A user whose group may do ``codenames`` (e.g. "add_page") under ``index`` only."""
    group = Group.objects.create(name="Editors of " + str(index.pk))
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in codenames:
        GroupPagePermission.objects.create(
            group=group,
            page=index,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user = get_user_model().objects.create_user(
        username="editor", email="editor@example.org", password="password"
    )
    user.groups.add(group)
    return user


def test_an_editor_who_may_add_pages_sees_the_button_and_imports(client, index):
    client.force_login(editor_of(index, "add_page"))

    explorer = client.get(reverse("wagtailadmin_explore", args=[index.pk]))
    form = client.get(import_url(index))
    response = client.post(import_url(index), {"file": upload(CSV)}, follow=True)

    assert "Import project examples" in explorer.content.decode()
    assert import_url(index) in explorer.content.decode()
    assert form.status_code == 200
    assert 'accept=".xlsx,.csv"' in form.content.decode()
    assert response.status_code == 200
    assert ProjectExamplePage.objects.child_of(index).count() == 4
    html = response.content.decode()
    assert "<caption" in html and '<th scope="col">' in html
    assert '<th scope="row">6</th>' in html
    assert "2021-BE-KA171-12 is not a project identifier" in html


def test_the_same_editor_is_refused_on_another_booths_index(client, index, other_index):
    client.force_login(editor_of(index, "add_page"))
    xhr = {"headers": {"x-requested-with": "XMLHttpRequest"}}

    # The admin turns PermissionDenied into 403 for scripts, and for people into a return
    # to the dashboard with Wagtail's "no permission" message.
    assert client.get(import_url(other_index), **xhr).status_code == 403
    assert client.post(import_url(other_index), {"file": upload(CSV)}, **xhr).status_code == 403
    refused = client.post(import_url(other_index), {"file": upload(CSV)}, follow=True)
    assert refused.redirect_chain[0][0] == reverse("wagtailadmin_home")
    assert "you do not have permission" in refused.content.decode()
    assert ProjectExamplePage.objects.count() == 0


def test_the_button_is_only_on_project_example_indexes(admin_client, index):
    booth_explorer = admin_client.get(
        reverse("wagtailadmin_explore", args=[index.get_parent().pk])
    )
    booth_edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[index.get_parent().pk]))

    # The booth's listing offers it in the "more" menu of its project examples index.
    assert import_url(index) in booth_explorer.content.decode()
    assert import_url(index.get_parent()) not in booth_explorer.content.decode()
    assert import_url(index.get_parent()) not in booth_edit.content.decode()
    assert admin_client.get(import_url(index.get_parent()), follow=True).status_code == 404


def test_publish_is_hidden_and_ignored_without_publish_permission(client, index):
    client.force_login(editor_of(index, "add_page"))

    form = client.get(import_url(index))
    client.post(import_url(index), {"file": upload(CSV), "publish": "on"})

    assert 'name="publish"' not in form.content.decode()
    assert ProjectExamplePage.objects.child_of(index).count() == 4
    assert not ProjectExamplePage.objects.child_of(index).live().exists()


def test_an_editor_who_may_publish_can_publish_the_upload(client, index):
    client.force_login(editor_of(index, "add_page", "publish_page"))

    form = client.get(import_url(index))
    client.post(import_url(index), {"file": upload(XLSX), "publish": "on"})

    assert 'name="publish"' in form.content.decode()
    assert ProjectExamplePage.objects.child_of(index).live().count() == 4


def test_a_dry_run_upload_shows_the_report_and_saves_nothing(client, index):
    client.force_login(editor_of(index, "add_page"))

    response = client.post(import_url(index), {"file": upload(CSV), "dry_run": "on"}, follow=True)

    assert "Dry run: nothing was saved." in response.content.decode()
    assert ProjectExamplePage.objects.count() == 0


def test_a_file_over_the_limit_is_refused(client, index):
    client.force_login(editor_of(index, "add_page"))
    big = SimpleUploadedFile("big.csv", CSV.read_bytes() + b" " * MAX_IMPORT_BYTES)

    response = client.post(import_url(index), {"file": big})

    assert response.status_code == 200
    assert "files of up to 5.0\xa0MB can be imported" in response.content.decode()
    assert ProjectExamplePage.objects.count() == 0


def test_an_unreadable_upload_is_explained_on_the_status_page(client, index):
    client.force_login(editor_of(index, "add_page"))

    response = client.post(
        import_url(index), {"file": upload(FIXTURES / "not_a_workbook.xlsx")}, follow=True
    )

    assert "neither an XLSX workbook nor a CSV file" in response.content.decode()
    assert ProjectExamplePage.objects.count() == 0
