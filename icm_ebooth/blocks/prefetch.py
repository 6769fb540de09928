"""What a stream and its rich text refer to, fetched in one query per model.

Wagtail converts a stream one block type at a time, each type fetching its own chooser
objects: a download and a video both query the documents, and every rich text localises
each page link with queries of its own. Here a stream's first access reads the ids of every
chooser and rich-text link in its stored JSON, fetches each model once, and lets the
chooser blocks below take their objects from that batch.

The chooser blocks are Wagtail's, extended; ``DECONSTRUCT_ALIASES`` keeps their stored
definitions (and so the migrations) those of Wagtail's classes.
"""

import copy
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

import swapper
from django.conf import settings
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils.functional import SimpleLazyObject
from django.utils.html import escape
from django.utils.translation import get_language
from wagtail import blocks
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.documents import blocks as document_blocks
from wagtail.documents import get_document_model
from wagtail.images import blocks as image_blocks
from wagtail.rich_text import RichText, features
from wagtail.rich_text.rewriters import (
    EmbedRewriter,
    LinkRewriter,
    MultiRuleRewriter,
    extract_attrs,
)
from wagtail.snippets import blocks as snippet_blocks

from icm_ebooth.compat import (
    RICH_TEXT_TEMPLATE,
    convert_blocks_of_type,
    has_prefetched_renditions,
    unconverted_raw_blocks,
    wagtail_link_handlers,
)
from icm_ebooth.privacy import (
    may_show_document,
    may_show_page,
    public_documents,
    without_private_document_links,
)
from icm_ebooth.renditions import hand_out_renditions, renditions_uncached, with_rendition_columns

# The objects fetched for the stream being converted: {model: {pk: instance}}, and the
# links of its rich text. Set only while the stream converts its blocks.
_fetched = ContextVar("icm_ebooth_fetched", default=None)
_links = ContextVar("icm_ebooth_links", default=None)
# The ids of the chooser blocks whose objects the page being rendered does not show (see
# ``unshown``).
_unshown = ContextVar("icm_ebooth_unshown", default=frozenset())


def active_language_code():
    """The content language of the active locale, as Wagtail's ``Locale.get_active`` finds it."""
    try:
        return get_supported_content_language_variant(get_language() or settings.LANGUAGE_CODE)
    except LookupError:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)


class LinkBatch:
    """The page and document links of some rich text, resolved together when first needed.

    Pages are shown in the visitor's language like Wagtail's ``page.localized``: one query
    finds the linked pages and their live translations, however many links there are.
    """

    def __init__(self, sources=()):
        self._ids = {"page": set(), "document": set()}
        self._urls = {"page": {}, "document": {}}
        self._request = None
        for source in sources:
            self.add(source)

    def add(self, html):
        for tag in _link_tags(html):
            attrs = extract_attrs(tag)
            if attrs.get("linktype") in self._ids and attrs.get("id"):
                self._ids[attrs["linktype"]].add(str(attrs["id"]))

    def expand(self, html, request=None):
        """``html`` from the database, with its links and embeds made front-end HTML.

        With the ``request``, page URLs are made as ``{% pageurl %}`` makes them, and the
        site's root paths are read once for the request rather than once for each batch.
        """
        if request is not None:
            self._request = request
        return self._rewriter()(html)

    def _rewriter(self):
        link_rules = {
            linktype: handler.expand_db_attributes_many
            for linktype, handler in features.get_link_types().items()
        }
        # Sites may register handlers of their own; only Wagtail's are replaced.
        batched = {"page": self._page_links, "document": self._document_links}
        for linktype, wagtails in wagtail_link_handlers().items():
            if link_rules.get(linktype) == wagtails:
                link_rules[linktype] = batched[linktype]
        embed_rules = {
            embedtype: handler.expand_db_attributes_many
            for embedtype, handler in features.get_embed_types().items()
        }
        return MultiRuleRewriter(
            [LinkRewriter(bulk_rules=link_rules), EmbedRewriter(bulk_rules=embed_rules)]
        )

    def _page_links(self, attrs_list):
        return self._links(
            "page", attrs_list, lambda ids: _localized_page_urls(ids, self._request)
        )

    def _document_links(self, attrs_list):
        return self._links("document", attrs_list, _document_urls)

    def _links(self, linktype, attrs_list, resolve):
        ids = [str(attrs.get("id", "")) for attrs in attrs_list]
        urls = self._urls[linktype]
        wanted = (self._ids[linktype] | set(ids)) - urls.keys()
        if wanted:
            urls.update(dict.fromkeys(wanted))
            urls.update(resolve(wanted))
        return [f'<a href="{escape(urls[id_])}">' if urls.get(id_) else "<a>" for id_ in ids]


def _link_tags(html):
    return LinkRewriter().get_opening_tag_regex().findall(html or "")


def _localized_page_urls(ids, request=None):
    """{page id: URL of its live translation in the active language, else its own URL}."""
    page_model = swapper.load_model("wagtailcore", "Page")
    ids = [int(id_) for id_ in ids if id_.isdigit()]
    code = active_language_code()
    chosen = Q(pk__in=ids)
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        keys = page_model.objects.filter(pk__in=ids).values("translation_key")
        chosen |= Q(translation_key__in=keys, locale__language_code=code, live=True)
    pages = list(
        page_model.objects.filter(chosen).annotate(language_code=F("locale__language_code"))
    )
    translations = {page.translation_key: page for page in pages if page.language_code == code}
    return {
        str(page.pk): translations.get(page.translation_key, page).get_url(request=request)
        for page in pages
        if page.pk in ids
    }


def _document_urls(ids):
    """{document id: URL} of the linked documents a visitor may see; the others lose the link."""
    ids = [int(id_) for id_ in ids if id_.isdigit()]
    documents = get_document_model().objects.filter(pk__in=ids)
    return {str(document.pk): document.url for document in public_documents(documents)}


class LinkedRichText(RichText):
    """Rich text whose links are resolved with the other links of its stream."""

    def __init__(self, source, links=None):
        super().__init__(source)
        self.links = links

    def __html__(self):
        return self.render(None)

    def render(self, request):
        """The HTML of the rich text, its page URLs made for ``request`` when there is one."""
        links = self.links if self.links is not None else LinkBatch([self.source])
        html = links.expand(self.source, request)
        return render_to_string(RICH_TEXT_TEMPLATE, {"html": html})


class BatchedRichTextBlock(blocks.RichTextBlock):
    """A rich text block whose page and document links are looked up with its stream's."""

    def to_python(self, value):
        return LinkedRichText(value, _links.get())

    def bulk_to_python(self, values):
        links = _links.get()
        return [LinkedRichText(value, links) for value in values]

    def get_api_representation(self, value, context=None):
        source = without_private_document_links(value.source, _api_request(context))
        return super().get_api_representation(RichText(source), context)


def _api_request(context):
    return context.get("request") if context else None


class _PublicMediaMixin:
    """In API output, a document or image a visitor may not see is null."""

    def get_api_representation(self, value, context=None):
        if not may_show_document(value, _api_request(context)):
            return None
        return super().get_api_representation(value, context)


class _FetchedChooserMixin:
    """Take the chosen objects from the stream's batch, fetching only what it lacks.

    Blocks that choose the same object share one instance; a block that annotates its object
    sets ``copies_objects`` to get a copy of its own (copying model instances is slow enough
    to matter in a library of hundreds of items).
    """

    copies_objects = False

    def bulk_to_python(self, values):
        fetched = _fetched.get()
        if fetched is None:
            return super().bulk_to_python(values)
        values = list(values)
        objects = fetched.setdefault(self.model_class, {})
        pk_field = self.model_class._meta.pk
        keys = [None if value is None else pk_field.to_python(value) for value in values]
        if id(self) in _unshown.get():
            return [None if key is None else _lazy_object(self.model_class, key) for key in keys]
        missing = {key for key in keys if key is not None and key not in objects}
        if missing:
            objects.update(self.model_class.objects.in_bulk(missing))
        if self.copies_objects:
            return [copy.copy(objects[key]) if key in objects else None for key in keys]
        return [objects.get(key) for key in keys]


class PageChooserBlock(_FetchedChooserMixin, blocks.PageChooserBlock):
    def get_api_representation(self, value, context=None):
        # In API output, a page a visitor may not open (a draft, a private section) is null.
        if not may_show_page(value, _api_request(context)):
            return None
        return super().get_api_representation(value, context)


class DocumentChooserBlock(
    _PublicMediaMixin, _FetchedChooserMixin, document_blocks.DocumentChooserBlock
):
    pass


class ImageChooserBlock(_PublicMediaMixin, _FetchedChooserMixin, image_blocks.ImageChooserBlock):
    pass


class SnippetChooserBlock(_FetchedChooserMixin, snippet_blocks.SnippetChooserBlock):
    pass


class _AnnotatedImageChooserBlock(ImageChooserBlock):
    # Wagtail's ImageBlock sets the alt text and decorative flag of this block's image.
    copies_objects = True


class ImageBlock(_PublicMediaMixin, image_blocks.ImageBlock):
    """Wagtail's image block, its image taken from the stream's batch."""

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        image = _AnnotatedImageChooserBlock(required=required)
        image.set_name("image")
        self.child_blocks["image"] = image


DECONSTRUCT_ALIASES = {
    PageChooserBlock: "wagtail.blocks.PageChooserBlock",
    DocumentChooserBlock: "wagtail.documents.blocks.DocumentChooserBlock",
    ImageChooserBlock: "wagtail.images.blocks.ImageChooserBlock",
    SnippetChooserBlock: "wagtail.snippets.blocks.SnippetChooserBlock",
}


# Set on a block once ``_refers`` has looked at it: a library reads it for every item.
_REFERS_ATTR = "_icm_ebooth_refers"


def _refers(block):
    """Whether values of ``block`` can hold a chooser id or rich text.

    Most of a stream's blocks are text, numbers and choices: skipping them keeps reading the
    ids of a library of hundreds of items cheap.
    """
    refers = block.__dict__.get(_REFERS_ATTR)
    if refers is None:
        refers = _looks_for_references(block)
        setattr(block, _REFERS_ATTR, refers)
    return refers


# Set on a struct block: its children that ``_refers`` finds can hold references.
_REFERRING_CHILDREN_ATTR = "_icm_ebooth_referring_children"


def _referring_children(block):
    """(name, child, chooser, listed chooser) of the children of the struct ``block`` that
    can hold references.

    ``chooser`` is the child when it is a chooser block, ``listed chooser`` the chooser of a
    child that lists them (None otherwise): the ids of a library's hundreds of items are
    read from those without a call per block.
    """
    children = block.__dict__.get(_REFERRING_CHILDREN_ATTR)
    if children is None:
        children = tuple(
            (name, child, _as_chooser(child), _as_listed_chooser(child))
            for name, child in block.child_blocks.items()
            if _refers(child)
        )
        setattr(block, _REFERRING_CHILDREN_ATTR, children)
    return children


def _as_chooser(block):
    return block if isinstance(block, blocks.ChooserBlock) else None


def _as_listed_chooser(block):
    return _as_chooser(block.child_block) if isinstance(block, blocks.ListBlock) else None


def _looks_for_references(block):
    if isinstance(block, (blocks.ChooserBlock, blocks.RichTextBlock)):
        return True
    if isinstance(block, blocks.ListBlock):
        return _refers(block.child_block)
    if isinstance(block, (blocks.BaseStructBlock, blocks.BaseStreamBlock)):
        return any(_refers(child) for child in block.child_blocks.values())
    return False


def _collect(block, raw, ids, links):
    """Add the chooser ids and rich-text links in ``raw`` (stored JSON of ``block``).

    With ``links`` None, rich text is not read.
    """
    if raw is None or not _refers(block):
        return
    if isinstance(block, image_blocks.ImageBlock) and not isinstance(raw, dict):
        # An ImageChooserBlock's value kept after the block became an ImageBlock.
        _collect(block.child_blocks["image"], raw, ids, links)
    elif isinstance(block, blocks.ChooserBlock):
        _stored_pk(block, raw, ids, _unshown.get())
    elif isinstance(block, blocks.RichTextBlock):
        if links is not None and isinstance(raw, str):
            links.add(raw)
    elif isinstance(block, blocks.BaseStructBlock):
        if isinstance(raw, dict):
            unshown = _unshown.get()
            for name, child, chooser, listed in _referring_children(block):
                child_raw = raw.get(name)
                if chooser is not None:
                    _stored_pk(chooser, child_raw, ids, unshown)
                elif listed is not None:
                    for item in child_raw if isinstance(child_raw, list) else ():
                        _stored_pk(listed, _list_item(item), ids, unshown)
                else:
                    _collect(child, child_raw, ids, links)
    elif isinstance(block, blocks.ListBlock):
        for item in raw if isinstance(raw, list) else ():
            _collect(block.child_block, _list_item(item), ids, links)
    elif isinstance(block, blocks.BaseStreamBlock):
        for item in raw if isinstance(raw, list) else ():
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                _collect(child, item.get("value"), ids, links)


# The fields of ``Page`` a link or teaser of a page reads (a block's chosen page, a section,
# event or project on the booth's home): a title, a URL, the language, and when it was
# published (for an event's calendar links). The others (revisions, locks, scheduling, SEO)
# are left out of its query.
SHOWN_PAGE_FIELDS = (
    "id",
    "path",
    "depth",
    "translation_key",
    "locale",
    "live",
    "last_published_at",
    "title",
    "slug",
    "content_type",
    "url_path",
)


@cache
def unread_page_fields():
    """The fields of ``Page`` a link or teaser leaves unread (see ``SHOWN_PAGE_FIELDS``)."""
    page_model = swapper.load_model("wagtailcore", "Page")
    return tuple(
        field.name
        for field in page_model._meta.concrete_fields
        if field.name not in SHOWN_PAGE_FIELDS and not field.primary_key
    )


# Set on a translatable object a stream's batch fetched (see ``batch_translations``).
_TRANSLATION_ATTR = "_icm_ebooth_visitor_translation"


def batch_translations(objects):
    """The live translation in the active language a stream's batch found for each object.

    A list (None where an object has none), or None when some object did not come from a
    batch that looked for translations: the caller then looks them up itself.
    """
    objects = list(objects)
    if not all(hasattr(obj, _TRANSLATION_ATTR) for obj in objects):
        return None
    return [getattr(obj, _TRANSLATION_ATTR) for obj in objects]


def _fetch(model, pks):
    """{pk: object} for ``pks``, in one query with the relations its page view needs.

    A translatable object also gets its live version in the active language (or None),
    found in the same query, which the blocks show instead (see ``batch_translations``).
    """
    related = getattr(model, "serving_related", ())
    # A chosen page is shown as a link or a teaser, never with the streams of its own page.
    unread = getattr(model, "page_only_fields", ())
    if issubclass(model, swapper.load_model("wagtailcore", "Page")):
        unread = (*unread, *unread_page_fields())
    queryset = model.objects.defer(*unread)
    if related:
        # Without names, ``select_related()`` would join every relation that cannot be
        # null (a page's content type and locale, a document's collection): none is shown.
        queryset = queryset.select_related(*related)
    translatable = any(field.name == "translation_key" for field in model._meta.get_fields())
    if hasattr(queryset, "prefetch_renditions") and renditions_uncached():
        # Wagtail finds renditions in its cache, one query each when it has none: then
        # they come with their images.
        if not translatable:
            rows = with_rendition_columns(queryset.filter(pk__in=pks), model)
            images = hand_out_renditions(rows, model, _itself, using=rows.db)
            return {image.pk: image for image in images}
        queryset = queryset.prefetch_renditions()
    if not translatable or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return queryset.in_bulk(pks)
    code = active_language_code()
    keys = model.objects.filter(pk__in=pks).values("translation_key")
    # Keys first, so the database starts from their index (docs/production.md, "Queries
    # and the database's planner").
    rows = (
        queryset.filter(translation_key__in=keys)
        .filter(Q(pk__in=pks) | Q(locale__language_code=code))
        .annotate(language_code=F("locale__language_code"))
        # Looked up by key and translation key: any order will do.
        .order_by()
    )
    translations = {
        row.translation_key: row
        for row in rows
        if row.language_code == code and getattr(row, "live", True)
    }
    objects = {row.pk: row for row in rows if row.pk in pks}
    for obj in objects.values():
        setattr(obj, _TRANSLATION_ATTR, translations.get(obj.translation_key))
    return objects


def _fetch_each(ids):
    """{model: {pk: object}} for ``ids`` ({model: pks}), one query per model (see ``_fetch``).

    Pages chosen by blocks of several page types (a link to any page, an event block's
    event) come in one query: the pages, with the own rows of the types chosen joined.
    """
    pages = {model: pks for model, pks in ids.items() if _joinable_page_type(model)}
    fetched = {}
    if len(pages) > 1 and getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        fetched = _fetch_pages(pages)
    for model, pks in ids.items():
        if model not in fetched:
            fetched[model] = _fetch(model, pks)
    return fetched


def _joinable_page_type(model):
    # ``Page`` itself, or a type whose own row joins straight to a page's.
    page_model = swapper.load_model("wagtailcore", "Page")
    return model is page_model or (
        issubclass(model, page_model) and page_model in model._meta.parents
    )


def _fetch_pages(pages):
    """``_fetch`` for the pages of several types ({model: pks}), in one query."""
    page_model = swapper.load_model("wagtailcore", "Page")
    related, unread = set(), list(unread_page_fields())
    for model in pages:
        if model is page_model:
            continue
        name = model._meta.model_name
        related.add(name)
        for relation in getattr(model, "serving_related", ()):
            # A relation of the page itself (its locale) is joined once, to the page.
            inherited = relation in {field.name for field in page_model._meta.fields}
            related.add(relation if inherited else f"{name}__{relation}")
        unread += [f"{name}__{field}" for field in getattr(model, "page_only_fields", ())]
    wanted = set().union(*pages.values())
    code = active_language_code()
    keys = page_model.objects.filter(pk__in=wanted).values("translation_key")
    rows = list(
        page_model.objects.defer(*unread)
        .select_related(*sorted(related))
        .filter(translation_key__in=keys)
        .filter(Q(pk__in=wanted) | Q(locale__language_code=code))
        .annotate(language_code=F("locale__language_code"))
        .order_by()
    )
    fetched = {}
    for model, pks in pages.items():
        name = None if model is page_model else model._meta.model_name
        translations, objects = {}, {}
        for row in rows:
            # A page of another type has no joined row: its reverse relation raises
            # AttributeError.
            own = row if name is None else getattr(row, name, None)
            if own is None:
                continue
            if row.language_code == code and row.live:
                translations[row.translation_key] = own
            if row.pk in pks:
                objects[row.pk] = own
        for obj in objects.values():
            setattr(obj, _TRANSLATION_ATTR, translations.get(obj.translation_key))
        fetched[model] = objects
    return fetched


def _itself(image):
    return image


@contextmanager
def unshown(*chooser_blocks):
    """Streams converted within leave the objects of ``chooser_blocks`` unfetched.

    For a teaser that shows part of its blocks: the booth's latest resources show no topic,
    say. Each such object is fetched by itself should something read it after all.
    """
    token = _unshown.set(_unshown.get() | {id(block) for block in chooser_blocks})
    try:
        yield
    finally:
        _unshown.reset(token)


def _lazy_object(model, pk):
    return SimpleLazyObject(lambda: _fetch(model, {pk}).get(pk))


@contextmanager
def _sharing(fetched, links):
    fetched_token, links_token = _fetched.set(fetched), _links.set(links)
    try:
        yield
    finally:
        _fetched.reset(fetched_token)
        _links.reset(links_token)


class SharedFetchStreamValue(blocks.StreamValue):
    """A stream whose first access converts every block, one query per model referred to."""

    def _prefetch_blocks(self, type_name):
        # Wagtail calls this for one block type when a block of that type is first read
        # (see ``icm_ebooth.compat.OVERRIDES``).
        convert_together(self)

    def _convert_pending(self, fetched, links):
        with _sharing(fetched, links):
            for name in dict.fromkeys(raw["type"] for raw in unconverted_raw_blocks(self)):
                convert_blocks_of_type(self, name)


def convert_together(*streams, images_of=()):
    """Convert the blocks of several streams, fetching each model they refer to once.

    A page showing blocks from a few streams (a booth's sections and the latest items of
    its library) thus pays one query per model, not one per model and stream. Values that
    are not from a ``SharedFetchStreamBlock`` (or None) are left to convert themselves.

    ``images_of``: (object, field name) of images the page shows outside the streams (a
    booth's logo and hero). Without a renditions cache, each would cost a query for its
    renditions; they are fetched with the streams' images instead and set on the objects.
    One read with its renditions already (routing brings a booth's logo so) is not read
    again, and serves the streams that show it too.
    """
    streams = [stream for stream in streams if isinstance(stream, SharedFetchStreamValue)]
    ids, links = defaultdict(set), LinkBatch()
    for stream in streams:
        _collect(stream.stream_block, unconverted_raw_blocks(stream), ids, links)
    shown, in_hand = [], defaultdict(dict)
    if renditions_uncached():
        for obj, name in images_of:
            field = obj._meta.get_field(name)
            pk = getattr(obj, field.attname)
            if pk is None:
                continue
            if _has_renditions(obj, name):
                in_hand[field.related_model][pk] = getattr(obj, name)
            else:
                ids[field.related_model].add(pk)
                shown.append((obj, name, field.related_model, pk))
    missing = {model: pks - in_hand[model].keys() for model, pks in ids.items()}
    fetched = _fetch_each({model: pks for model, pks in missing.items() if pks})
    fetched = {model: {**in_hand[model], **fetched.get(model, {})} for model in ids}
    for stream in streams:
        stream._convert_pending(fetched, links)
    for obj, name, model, pk in shown:
        if pk in fetched[model]:
            setattr(obj, name, fetched[model][pk])


def _has_renditions(obj, name):
    descriptor = getattr(type(obj), name)
    return descriptor.is_cached(obj) and has_prefetched_renditions(getattr(obj, name))


def stored_values(stream):
    """The blocks of ``stream`` as stored, with the objects they choose: ``(fetched, items)``.

    ``items``: ``(block, raw, value)`` of each struct block of a known type, ``value`` a dict
    of its children's stored values but for its choosers (and lists of them), which hold
    their object, or None when it no longer exists. ``fetched``: ``{model: {pk: object}}``,
    one query per model for every block, with which ``convert_fetched`` converts those
    shown. For a list that filters and counts its blocks on their stored values: a
    library's hundreds of items are read in one pass.
    """
    child_blocks = stream.stream_block.child_blocks
    ids, unshown = defaultdict(set), _unshown.get()
    items, chosen, listed_chosen = [], [], []
    for raw in stream.raw_data:
        block = child_blocks.get(raw.get("type")) if isinstance(raw, dict) else None
        if not isinstance(block, blocks.BaseStructBlock):
            continue
        stored = raw.get("value")
        value = dict(stored) if isinstance(stored, dict) else {}
        items.append((block, raw, value))
        for name, child, chooser, listed in _referring_children(block):
            child_raw = value.get(name)
            if chooser is not None:
                pk = _stored_pk(chooser, child_raw, ids, unshown)
                chosen.append((value, name, chooser.model_class, pk))
            elif listed is not None:
                pks = [
                    _stored_pk(listed, _list_item(item), ids, unshown)
                    for item in (child_raw if isinstance(child_raw, list) else ())
                ]
                listed_chosen.append((value, name, listed.model_class, pks))
            else:
                _collect(child, child_raw, ids, None)
    fetched = _fetch_each(ids)
    for value, name, model, pk in chosen:
        value[name] = fetched.get(model, {}).get(pk)
    for value, name, model, pks in listed_chosen:
        objects = fetched.get(model, {})
        value[name] = [objects.get(pk) for pk in pks]
    return fetched, items


def _stored_pk(chooser, raw, ids, unshown):
    """The pk ``raw`` stored for ``chooser`` (None for none), added to ``ids`` when shown."""
    if raw is None or isinstance(raw, (dict, list)):
        return None
    model = chooser.model_class
    pk = model._meta.pk.to_python(raw)
    if id(chooser) not in unshown:
        ids[model].add(pk)
    return pk


def _list_item(item):
    in_block_format = isinstance(item, dict) and item.get("type") == "item"
    return item.get("value") if in_block_format else item


def convert_fetched(stream, fetched):
    """Convert the blocks of ``stream`` with the objects ``stored_values`` found for them."""
    if not isinstance(stream, SharedFetchStreamValue):
        return
    links = LinkBatch()
    _collect(stream.stream_block, unconverted_raw_blocks(stream), defaultdict(set), links)
    stream._convert_pending(fetched, links)


class SharedFetchStreamBlock(blocks.StreamBlock):
    """A StreamBlock whose values fetch what all their blocks refer to at once."""

    def to_python(self, value):
        stream = super().to_python(value)
        # A stream value passed in is returned as it is, with any changes made to its blocks.
        if stream is value or not stream.is_lazy:
            return stream
        return SharedFetchStreamValue(self, list(stream.raw_data), is_lazy=True)
