"""Each internal of Wagtail, treebeard or icalendar that ``icm_ebooth.compat`` relies on.

A failure here names what an upgrade changed and what the package loses until the seam
is adapted: read ``icm_ebooth/compat.py`` first.
"""

import inspect
from datetime import datetime, timezone
from importlib import import_module

import pytest
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.template.loader import render_to_string
from wagtail import blocks
from wagtail.models import Page
from wagtail.rich_text import RichText, features
from wagtail.wagtail_hooks import check_view_restrictions

from icm_ebooth import compat
from tests.factories import make_image


def _resolve(dotted):
    module, _, name = dotted.rpartition(".")
    return getattr(import_module(module), name)


@pytest.mark.parametrize("entry", compat.OVERRIDES, ids=lambda entry: entry[2])
def test_each_override_still_overrides_a_method_wagtail_has(entry):
    ours, theirs, name, parameters, what_it_does = entry
    ours, theirs = _resolve(ours), _resolve(theirs)
    risk = f"{theirs.__qualname__}.{name} {what_it_does}"
    assert name in vars(ours), f"{ours.__qualname__} no longer overrides {name}"
    assert hasattr(theirs, name), (
        f"Upgrade risk: Wagtail's {theirs.__qualname__} has no {name} any more, so the "
        f"override on {ours.__qualname__} is never called. It {risk}."
    )
    found = tuple(inspect.signature(getattr(theirs, name)).parameters)
    assert found == parameters, (
        f"Upgrade risk: Wagtail's {theirs.__qualname__}.{name} now takes {found}, not "
        f"{parameters}: adapt the override on {ours.__qualname__}. It {risk}."
    )


def test_wagtail_reads_a_lazy_stream_through_prefetch_blocks():
    calls = []

    class Recording(blocks.StreamValue):
        def _prefetch_blocks(self, type_name):
            calls.append(type_name)
            super()._prefetch_blocks(type_name)

    stream_block = blocks.StreamBlock([("text", blocks.CharBlock())])
    stream = Recording(stream_block, [{"type": "text", "value": "hello"}], is_lazy=True)
    assert stream[0].value == "hello"
    assert calls == ["text"], (
        "Upgrade risk: Wagtail no longer converts a lazy StreamValue's blocks through "
        "_prefetch_blocks, so blocks.prefetch's stream-wide batch is bypassed and every "
        "page with streams pays one query per block type and stream."
    )


def test_stream_internals_list_and_convert_the_unconverted_blocks():
    stream_block = blocks.StreamBlock(
        [("text", blocks.CharBlock()), ("number", blocks.IntegerBlock())]
    )
    raw = [{"type": "text", "value": "a"}, {"type": "number", "value": 2}]
    stream = stream_block.to_python(raw)
    message = (
        "Upgrade risk: StreamValue's _raw_data / _bound_blocks changed; "
        "compat.unconverted_raw_blocks and convert_blocks_of_type must follow."
    )
    assert [item["value"] for item in compat.unconverted_raw_blocks(stream)] == ["a", 2], message
    compat.convert_blocks_of_type(stream, "text")
    assert [item["value"] for item in compat.unconverted_raw_blocks(stream)] == [2], message


def test_wagtail_still_asks_normalize_choice_for_a_stored_choice():
    class Marked(blocks.ChoiceBlock):
        def normalize_choice(self, value):
            return ("normalised", value)

    assert Marked(choices=[("a", "A")]).to_python("a") == ("normalised", "a"), (
        "Upgrade risk: ChoiceBlock.to_python no longer calls normalize_choice; the "
        "package's code and language blocks would scan their choices for every value again."
    )


def test_wagtail_checks_view_restrictions_by_asking_the_page():
    asked = []

    class Page_:
        def get_view_restrictions(self):
            asked.append(True)
            return []

    inner = check_view_restrictions(lambda *args: "served")
    assert inner(Page_(), None, (), {}) == "served"
    assert asked, (
        "Upgrade risk: Wagtail's check_view_restrictions hook no longer calls "
        "page.get_view_restrictions(); ServedPageMixin's short-circuit does nothing."
    )


def test_deconstruct_aliases_keep_the_stored_block_paths_wagtails():
    from icm_ebooth.blocks.base import CodeChoiceBlock
    from icm_ebooth.blocks.prefetch import DocumentChooserBlock, PageChooserBlock

    message = (
        "Upgrade risk: Wagtail no longer reads a block module's DECONSTRUCT_ALIASES (or "
        "deconstruct changed): migrations would name the package's blocks and change."
    )
    assert PageChooserBlock().deconstruct()[0] == "wagtail.blocks.PageChooserBlock", message
    assert (
        DocumentChooserBlock().deconstruct()[0] == "wagtail.documents.blocks.DocumentChooserBlock"
    ), message
    assert CodeChoiceBlock(choices=[]).deconstruct()[0] == "wagtail.blocks.ChoiceBlock", message


def test_tree_paths_grow_by_one_step_of_treebeards_alphabet(home):
    step = compat.path_step(Page)
    parent = home.get_parent()
    assert len(home.path) == home.depth * step and home.path[:-step] == parent.path, (
        "Upgrade risk: treebeard's steplen no longer measures a level of the tree path; "
        "routing, the tree filters and cache invalidation read paths by it."
    )
    assert compat.last_path_character(Page) == max(Page.alphabet), (
        "Upgrade risk: treebeard's alphabet is no longer in ascending order; the path "
        "ranges of icm_ebooth.tree would miss pages."
    )


def test_a_remembered_parent_saves_get_parent_its_query(home, django_assert_num_queries):
    page = Page.objects.get(pk=home.pk)
    parent = Page.objects.get(pk=home.get_parent().pk)
    compat.remember_parent(page, parent)
    with django_assert_num_queries(0):
        assert page.get_parent() is parent, (
            "Upgrade risk: treebeard's get_parent() no longer reads _cached_parent_obj; "
            "each breadcrumb step costs a query again."
        )


def test_wagtails_link_handlers_are_the_registered_ones(db):
    registered = {
        linktype: handler.expand_db_attributes_many
        for linktype, handler in features.get_link_types().items()
    }
    for linktype, handler in compat.wagtail_link_handlers().items():
        assert registered.get(linktype) == handler, (
            f"Upgrade risk: Wagtail's {linktype} link handler is no longer the one "
            "compat.wagtail_link_handlers names; rich text links are no longer batched."
        )


def test_rich_text_renders_in_the_template_wagtail_uses():
    source = '<p>Read <a href="https://example.org/">this</a>.</p>'
    assert render_to_string(compat.RICH_TEXT_TEMPLATE, {"html": source}) == str(
        RichText(source).__html__()
    ), (
        f"Upgrade risk: Wagtail no longer wraps rendered rich text in "
        f"{compat.RICH_TEXT_TEMPLATE}; the package's rich text would render differently."
    )


def test_an_unread_user_is_djangos_lazy_object(rf):
    request = rf.get("/")
    SessionMiddleware(lambda request: None).process_request(request)
    AuthenticationMiddleware(lambda request: None).process_request(request)
    assert compat.is_lazy_user(request.user), (
        "Upgrade risk: request.user is no longer a lazy object; the page cache would read "
        "the session of every anonymous visitor and send Vary: Cookie."
    )


def test_a_preview_request_is_marked_as_wagtails_dummy(home):
    seen = []

    def serve_preview(request, mode_name):
        seen.append(compat.is_dummy_request(request))
        from django.http import HttpResponse

        return HttpResponse()

    home.serve_preview = serve_preview
    home.make_preview_request()
    assert seen == [True], (
        "Upgrade risk: Wagtail's dummy (preview) request no longer carries is_dummy; the "
        "page cache could store a preview."
    )


def test_admin_breadcrumbs_lead_from_the_root_to_the_page(home, admin_user):
    items = compat.admin_breadcrumbs(home, admin_user)
    assert [str(item["label"]) for item in items][-1] == home.title, (
        "Upgrade risk: wagtail.admin.views.pages.utils.get_breadcrumbs_items_for_page "
        "changed; the project import views' breadcrumbs must follow."
    )


def test_an_image_given_its_renditions_finds_them_without_a_query(
    db, settings, django_assert_num_queries
):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    image = make_image("Logo", size=(400, 400))
    made = image.get_rendition("height-96")
    image = type(image).objects.get(pk=image.pk)
    assert not compat.has_prefetched_renditions(image)
    compat.give_prefetched_renditions(image, [made])
    assert compat.has_prefetched_renditions(image)
    with django_assert_num_queries(0):
        found = image.get_rendition("height-96")
    assert found.pk == made.pk, (
        "Upgrade risk: Wagtail's get_rendition no longer looks in prefetched_renditions "
        "first, so blocks.prefetch's images read with their renditions each query them "
        "again: one query per image shown on a page without a renditions cache."
    )
    prefetched = type(image).objects.prefetch_renditions().get(pk=image.pk)
    assert compat.has_prefetched_renditions(prefetched), (
        "Upgrade risk: prefetch_renditions() no longer keeps the renditions in "
        "prefetched_renditions; a booth's home then reads its logo twice."
    )


def test_icalendar_writes_properties_in_the_order_the_feeds_follow():
    from icalendar import Event

    event = Event()
    for name, value in [
        ("url", "https://example.org/"),
        ("uid", "1"),
        ("summary", "A"),
        ("dtstamp", datetime(2026, 1, 1, tzinfo=timezone.utc)),
        ("categories", ["x"]),
        ("status", "CONFIRMED"),
    ]:
        event.add(name, value)
    written = [
        line.split(b":")[0].split(b";")[0].decode() for line in event.to_ical().splitlines()[1:-1]
    ]
    names = ["CATEGORIES", "DTSTAMP", "STATUS", "SUMMARY", "UID", "URL"]
    assert written == compat.icalendar_property_order(names, Event.canonical_order), (
        "Upgrade risk: icalendar writes a component's properties in another order; the "
        "calendar feeds (icm_ebooth.ical) must follow it."
    )


def test_a_page_url_is_its_siblings_with_the_slug_swapped(home, rf):
    from wagtail.models import Site

    parent = home.add_child(instance=Page(title="Events", slug="events"))
    slugs = ["first", "zweite-veranstaltung", "événement", "événement-2", "third_one"]
    pages = [parent.add_child(instance=Page(title=slug, slug=slug)) for slug in slugs]
    # A page that is a site's root has an address of its own.
    Site.objects.create(hostname="other.example", root_page=pages[-1])
    pages = list(Page.objects.filter(pk__in=[page.pk for page in pages]).order_by("path"))
    addresses = [(page.pk, page.url_path, page.slug) for page in pages]
    expected = {page.pk: page.get_url(request=rf.get("/")) for page in pages}
    assert compat.page_urls(Page, addresses, rf.get("/")) == expected, (
        "Upgrade risk: Wagtail no longer makes a page's URL from its url_path and the "
        "wagtail_serve pattern; calendar feeds would link their events wrongly."
    )
    assert len(set(expected.values())) == len(pages)


def test_page_url_gives_wagtails_url_for_pages_below_several_parents(home, rf):
    from django.template import Context, Template
    from wagtail.models import Site

    parents = [
        home.add_child(instance=Page(title=title, slug=slug))
        for title, slug in [("Events", "events"), ("Veranstaltungen", "veranstaltungen")]
    ]
    slugs = ["first", "zweite-veranstaltung", "événement", "third_one"]
    pages = [
        parent.add_child(instance=Page(title=slug, slug=slug))
        for parent in parents
        for slug in slugs
    ]
    # A page that is a site's root has an address of its own.
    Site.objects.create(hostname="other.example", root_page=pages[-1])
    pages = list(Page.objects.filter(pk__in=[page.pk for page in [*parents, *pages]]))
    expected = [page.get_url(request=rf.get("/")) for page in pages]
    # One request for all: each parent's URL is reversed once and shared.
    request = rf.get("/")
    assert [compat.get_page_url(page, request) for page in pages] == expected, (
        "Upgrade risk: Wagtail no longer makes a page's URL from its url_path and the "
        "wagtail_serve pattern; booth homes and finders would link their pages wrongly."
    )
    assert len(set(expected)) == len(pages)
    links = Template(
        "{% load icm_ebooth_tags %}{% for page in pages %}{% ebooth_pageurl page %} {% endfor %}"
    ).render(Context({"pages": pages, "request": request}))
    assert links.split() == expected
