"""Which library items a visitor may see, and the library's filter form.

Works on the library's StreamField value: the items were fetched with the page, documents
and images in bulk, so filtering costs a constant number of queries however many items
there are.
"""

from django.utils.translation import get_language
from wagtail.models import Locale, Page

from icm_ebooth.blocks.prefetch import (
    batch_translations,
    convert_fetched,
    convert_together,
    stored_values,
)
from icm_ebooth.languages import language_name
from icm_ebooth.privacy import may_show_page, public_documents
from icm_ebooth.query import PAGE, Option, Parameter, QueryParameters, read_param

FILTERS = ("type", "topic", "language")
# Every parameter the library reads (see ``icm_ebooth.query``).
LIBRARY_PARAMETERS = QueryParameters(*(Parameter(name) for name in FILTERS), PAGE)


# The stored file each kind of library item cannot do without.
REQUIRED_MEDIA = {"document": "document", "slides": "document", "image": "image"}


def _is_available(item, public_document_ids):
    """Whether ``item``'s file (if it needs one) exists and a visitor may see its document."""
    value = item.value
    required = REQUIRED_MEDIA.get(item.block_type)
    if required is not None and value.get(required) is None:
        # The document or image was deleted: the item has nothing to offer.
        return False
    document = value.get("document")
    if document is not None and document.pk not in public_document_ids:
        return False
    # A video needs a link or a file; a deleted file leaves nothing to play.
    return not (
        item.block_type == "video" and not value.get("url") and value.get("document") is None
    )


def available_resources(stream, request=None):
    """Items whose file exists and is not in a private collection, in ``stream``'s order."""
    documents = [item.value.get("document") for item in stream]
    public_ids = {document.pk for document in public_documents(documents, request)}
    return [item for item in stream if _is_available(item, public_ids)]


def public_resources(stream, request=None):
    """Items whose file exists and is not in a private collection, newest year first."""
    return sorted(available_resources(stream, request), key=_newest_first)


class StoredItem:
    """A library item read from its stored JSON: enough to filter, count and order it.

    Its chosen documents, images and topics are objects (see ``stored_values``); only the
    items a page shows are converted (see ``LibraryListing``).
    """

    __slots__ = ("block", "block_type", "raw", "value")

    def __init__(self, block, raw, value):
        self.raw = raw
        self.block = block
        self.block_type = raw["type"]
        self.value = value


class LibraryListing:
    """A library's items that a visitor may see, newest first, read from the stored JSON.

    Converting every item of a library of hundreds, to filter and count them and show a
    dozen, would cost most of the page's time: the items are filtered on their stored values,
    and ``converted`` converts those shown, with the objects fetched for all of them (one
    query per model however many items there are).
    """

    def __init__(self, stream, request=None):
        self.stream = stream
        self._fetched, stored = stored_values(stream)
        self.items = public_resources([StoredItem(*item) for item in stored], request)

    def converted(self, items):
        """The blocks of the stored ``items``, converted."""
        shown = self.stream.stream_block.to_python([item.raw for item in items])
        convert_fetched(shown, self._fetched)
        return list(shown)


def _newest_first(item):
    return -(item.value.get("year") or 0)


def latest_resources(stream, limit, request=None, convert_with=(), images_of=()):
    """Featured items first, then the newest: the first ``limit`` available ones.

    The order is read from the stored JSON, so only the items shown (and a few more, should
    some be unavailable) are converted: converting a library of hundreds of items, their
    documents and topics, to show four would cost most of a booth page's time. The first
    items are converted with the streams in ``convert_with``, which the page shows too, and
    the images of ``images_of`` fetched with them (see ``convert_together``).
    """
    raw_items = list(stream.raw_data)
    ranked = sorted(raw_items, key=_raw_rank)
    chunk = max(2 * limit, 8)
    latest = []
    for start in range(0, len(ranked), chunk):
        if len(latest) >= limit:
            break
        candidates = stream.stream_block.to_python(ranked[start : start + chunk])
        if start == 0:
            convert_together(candidates, *convert_with, images_of=images_of)
        else:
            convert_together(candidates)
        latest.extend(available_resources(candidates, request))
    if not ranked:
        convert_together(*convert_with, images_of=images_of)
    return latest[:limit]


def _raw_rank(raw_item):
    value = raw_item.get("value") if isinstance(raw_item, dict) else None
    value = value if isinstance(value, dict) else {}
    year = value.get("year")
    return (not value.get("featured"), -year if isinstance(year, int) else 0)


class ResourceFilter:
    """Filter library items by type, topic and language from a query string.

    Unknown values are ignored, so a shared or mistyped link still shows the library.
    """

    def __init__(self, params, items, request=None):
        self.items = items
        self.request = request
        self.type = read_param(params, "type")
        self.topic = read_param(params, "topic")
        self.language = read_param(params, "language")
        self._topic_titles = self._load_topic_titles()
        if self.type not in {item.block_type for item in items}:
            self.type = ""
        if self.topic not in self._topic_titles:
            self.topic = ""
        if self.language not in {item.value.get("language") for item in items}:
            self.language = ""

    @staticmethod
    def _topic_ids(item):
        return {str(page.pk) for page in item.value.get("topics") or [] if page is not None}

    def _load_topic_titles(self):
        """{source topic id: title in the visitor's language}, in one query at most.

        Only topics a visitor may open are named: the visitor's translation when it is
        public, else the chosen page when that is.
        """
        chosen = {}
        for item in self.items:
            for page in item.value.get("topics") or []:
                if page is not None:
                    chosen[page.translation_key] = page
        if not chosen:
            return {}
        fetched = batch_translations(chosen.values())
        if fetched is not None:
            translations = dict(zip(chosen, fetched, strict=True))
        else:
            locale = Locale.objects.filter(language_code=get_language()).first()
            pages = Page.objects.none()
            if locale is not None:
                pages = Page.objects.filter(translation_key__in=chosen, locale=locale).only(
                    "translation_key", "title", "path", "live"
                )
            translations = {page.translation_key: page for page in pages}
        titles = {}
        for key, page in chosen.items():
            translation = translations.get(key)
            shown = translation if may_show_page(translation, self.request) else page
            if may_show_page(shown, self.request):
                titles[str(page.pk)] = shown.title
        return titles

    def ignored_filters(self, params):
        """Whether ``params`` name a filter value that no item has (and is ignored)."""
        return any(read_param(params, name) != getattr(self, name) for name in FILTERS)

    def _matches(self, item, skip=None):
        if skip != "type" and self.type and item.block_type != self.type:
            return False
        if skip != "topic" and self.topic and self.topic not in self._topic_ids(item):
            return False
        return not (
            skip != "language" and self.language and item.value.get("language") != self.language
        )

    @property
    def results(self):
        return [item for item in self.items if self._matches(item)]

    @property
    def is_active(self):
        return bool(self.type or self.topic or self.language)

    def type_options(self):
        labels = {}
        counts = {}
        for item in self.items:
            labels.setdefault(item.block_type, item.block.label)
            if self._matches(item, skip="type"):
                counts[item.block_type] = counts.get(item.block_type, 0) + 1
        return [
            Option(key, str(label), counts.get(key, 0), key == self.type)
            for key, label in labels.items()
        ]

    def topic_options(self):
        counts = dict.fromkeys(self._topic_titles, 0)
        for item in self.items:
            if self._matches(item, skip="topic"):
                for topic_id in self._topic_ids(item) & counts.keys():
                    counts[topic_id] += 1
        return sorted(
            (
                Option(key, title, counts[key], key == self.topic)
                for key, title in self._topic_titles.items()
            ),
            key=lambda option: option.label,
        )

    def language_options(self):
        counts = {}
        for item in self.items:
            code = item.value.get("language")
            counts.setdefault(code, 0)
            if self._matches(item, skip="language"):
                counts[code] += 1
        return sorted(
            (
                Option(code, language_name(code), count, code == self.language)
                for code, count in counts.items()
                if code
            ),
            key=lambda option: option.label,
        )
