"""The admin's project import runs as a background task; its status page follows it."""

import json
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django_tasks.signals import task_enqueued
from wagtail.models import GroupPagePermission

from icm_ebooth.models import ProjectExampleIndexPage, ProjectExamplePage, ProjectImport
from tests.browser.sites import ensure_tree_roots
from tests.factories import FairPageFactory, build_booth, publish

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "results_platform"
CSV = FIXTURES / "projects.csv"
WORKER_TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


@pytest.fixture
def index(home):
    fair = publish(FairPageFactory(parent=home))
    booth = build_booth(fair, topics=0, projects=0, events=0, resources=0)
    return ProjectExampleIndexPage.objects.child_of(booth).get()


def editor_of(index, *codenames, username="editor"):
    group = Group.objects.create(name=f"Editors {username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in codenames:
        GroupPagePermission.objects.create(
            group=group,
            page=index,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user = get_user_model().objects.create_user(username=username, password="password")
    user.groups.add(group)
    return user


@pytest.fixture
def editor_client(client, index):
    client.force_login(editor_of(index, "add_page"))
    return client


def upload(data=None, name="projects.csv"):
    return SimpleUploadedFile(name, CSV.read_bytes() if data is None else data)


def start_import(client, index, **fields):
    return client.post(
        reverse("icm_ebooth_import_projects", args=[index.pk]), {"file": upload(), **fields}
    )


def progress_of(client, project_import):
    url = reverse("icm_ebooth_project_import_progress", args=[project_import.pk])
    return json.loads(client.get(url).content)


@pytest.fixture
def enqueued():
    results = []

    def note(sender, task_result, **kwargs):
        results.append(task_result)

    task_enqueued.connect(note)
    yield results
    task_enqueued.disconnect(note)


def test_the_upload_leads_to_a_status_page_with_the_report(editor_client, index, enqueued):
    response = start_import(editor_client, index)

    project_import = ProjectImport.objects.get()
    status_url = reverse("icm_ebooth_project_import_status", args=[project_import.pk])
    assert response.status_code == 302 and response.url == status_url
    # The task is handed the stored upload's record, not the file.
    imports = [r for r in enqueued if r.task.name == "run_project_import"]
    assert [result.args for result in imports] == [[project_import.pk]]
    html = editor_client.get(status_url).content.decode()
    assert "What happened to each row of projects.csv" in html
    assert '<th scope="row">6</th>' in html
    assert "2021-BE-KA171-12 is not a project identifier" in html
    assert "4 created" in html
    assert ProjectExamplePage.objects.child_of(index).count() == 4
    assert progress_of(editor_client, project_import) == {
        "status": "done",
        "done": 5,
        "total": 5,
        "finished": True,
        "text": "5 of 5 rows imported.",
    }
    # Read and done with: the upload is not kept.
    assert not project_import.file


def test_a_dry_run_says_what_would_happen(editor_client, index):
    response = start_import(editor_client, index, dry_run="on")

    html = editor_client.get(response.url).content.decode()
    assert "Dry run: nothing was saved." in html
    assert "Would be saved as a draft." in html
    assert "4 would be created" in html
    assert ">Saved as a draft.<" not in html
    assert ProjectExamplePage.objects.count() == 0


def test_an_unreadable_file_is_explained_on_the_status_page(editor_client, index):
    data = "Project Identifier,Title\n2019-1-BE02-KA107-000123,プロジェクト\n".encode("shift_jis")
    response = editor_client.post(
        reverse("icm_ebooth_import_projects", args=[index.pk]), {"file": upload(data)}
    )

    html = editor_client.get(response.url).content.decode()
    assert "is not text in UTF-8, UTF-16 or Windows-1252" in html
    assert ProjectImport.objects.get().status == ProjectImport.FAILED
    assert ProjectExamplePage.objects.count() == 0


@pytest.fixture
def wagtail_roots(transactional_db, locale_en):
    # The worker commits as in production, so the test cannot run in a rolled-back
    # transaction; a live-server test before it may have emptied the database, taking the
    # root page and collection that Wagtail's migrations make.
    ensure_tree_roots(locale_en)


@pytest.mark.django_db(transaction=True)
def test_a_queued_import_waits_for_the_worker_and_the_page_follows_it(
    wagtail_roots, client, home, settings
):
    fair = publish(FairPageFactory(parent=home))
    booth = build_booth(fair, topics=0, projects=0, events=0, resources=0)
    index = ProjectExampleIndexPage.objects.child_of(booth).get()
    client.force_login(editor_of(index, "add_page"))
    settings.TASKS = WORKER_TASKS
    settings.ICM_EBOOTH_IMPORT_TASK_BACKEND = "imports"

    response = start_import(client, index)
    waiting = client.get(response.url).content.decode()
    project_import = ProjectImport.objects.get()

    assert "Waiting for the import to start." in waiting
    assert f'href="{response.url}">Refresh</a>' in waiting
    assert "icm_ebooth/js/import-status" in waiting
    assert "<script>" not in waiting.split("</header>", 1)[-1]
    assert progress_of(client, project_import)["finished"] is False
    assert ProjectExamplePage.objects.count() == 0
    assert project_import.file.storage.exists(project_import.file.name)

    # What `manage.py db_worker --backend imports` runs, until the queue is empty.
    call_command(
        "db_worker", "--backend", "imports", "--batch", "--interval", "0", "--no-startup-delay"
    )

    done = client.get(response.url).content.decode()
    assert "4 created" in done
    assert "import-status" not in done
    assert ProjectExamplePage.objects.child_of(index).count() == 4
    assert progress_of(client, project_import)["status"] == "done"


def test_a_backend_that_refuses_the_task_keeps_the_upload_for_another_try(
    editor_client, index, settings
):
    settings.ICM_EBOOTH_IMPORT_TASK_BACKEND = "missing"

    response = start_import(editor_client, index)
    page = editor_client.get(response.url).content.decode()

    project_import = ProjectImport.objects.get()
    assert "The import has not started: the task queue did not accept it." in page
    assert project_import.status == ProjectImport.NOT_QUEUED
    assert project_import.file.storage.exists(project_import.file.name)
    assert ProjectExamplePage.objects.count() == 0

    settings.ICM_EBOOTH_IMPORT_TASK_BACKEND = "default"
    again = editor_client.post(response.url, follow=True).content.decode()

    assert "4 created" in again
    assert ProjectExamplePage.objects.child_of(index).count() == 4


def test_only_users_who_may_import_see_an_import(client, index):
    owner = editor_of(index, "add_page")
    client.force_login(owner)
    response = start_import(client, index)
    status_url = response.url
    project_import = ProjectImport.objects.get()
    progress_url = reverse("icm_ebooth_project_import_progress", args=[project_import.pk])
    xhr = {"headers": {"x-requested-with": "XMLHttpRequest"}}

    client.force_login(editor_of(index, "change_page", username="reader"))

    assert client.get(status_url, **xhr).status_code == 403
    assert client.get(progress_url, **xhr).status_code == 403
    assert client.post(status_url, **xhr).status_code == 403
    client.logout()
    assert client.get(progress_url).status_code == 302


def test_a_long_report_is_shown_in_pages(editor_client, index, monkeypatch):
    monkeypatch.setattr("icm_ebooth.importers.admin.REPORT_PAGE_SIZE", 2)

    response = start_import(editor_client, index)
    first = editor_client.get(response.url).content.decode()
    last = editor_client.get(response.url, {"p": 3}).content.decode()

    assert "Page 1 of 3" in first and '<th scope="row">3</th>' in first
    assert '<th scope="row">6</th>' in last and '<th scope="row">3</th>' not in last
