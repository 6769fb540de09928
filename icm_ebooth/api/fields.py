"""Serialisers for page fields in Wagtail's API, each showing what a page view would show.

Documents and images follow ``icm_ebooth.privacy.may_show_document``, rich text loses its
links to private documents, contacts come in the page's language.
"""

from rest_framework import serializers
from wagtail.api.rich_text import APIRichText

from icm_ebooth.privacy import may_show_document, without_private_document_links
from icm_ebooth.resource_filters import available_resources
from icm_ebooth.safety import safe_url
from icm_ebooth.translations import in_locale


def _request(field):
    return field.context.get("request")


def _absolute(field, url):
    request = _request(field)
    return request.build_absolute_uri(url) if request is not None and url else url


class PublicDocumentField(serializers.Field):
    """A document as ``{id, title, download_url}``; null when a visitor may not see it."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, document):
        if not may_show_document(document, _request(self)) or not document.file.name:
            return None
        return {
            "id": document.pk,
            "title": document.title,
            "download_url": _absolute(self, document.url),
        }


class PublicImageField(serializers.Field):
    """An image as ``{id, title, width, height, download_url}``; null in a private collection."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, image):
        if not may_show_document(image, _request(self)):
            return None
        return {
            "id": image.pk,
            "title": image.title,
            "width": image.width,
            "height": image.height,
            "download_url": _absolute(self, image.file.url),
        }


class LocalisedContactField(serializers.Field):
    """The page's contact snippet, nested, in the page's language (Wagtail's API has no
    snippet endpoint)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        if not page.contact_id:
            return None
        contact = in_locale(page.contact, page.locale_id)
        # The page's locale is joined with it; the contact's is read only for a fallback.
        locale = page.locale if contact.locale_id == page.locale_id else contact.locale
        return {
            "id": contact.pk,
            "locale": locale.language_code,
            "name": contact.name,
            "role": contact.role,
            "organisation": contact.organisation,
            "email": contact.email,
            "phone": contact.phone,
            "website": safe_url(contact.website),
        }


class CountryCodesField(serializers.Field):
    """Countries (a multiple ``CountryField``) as their ISO 3166-1 codes."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, countries):
        return [country.code for country in countries]


class PublicRichTextField(serializers.CharField):
    """A ``RichTextField`` in the requested format, without links to private documents.

    Wagtail's ``RichTextFieldSerializer`` does the same without the privacy rule; it cannot
    be subclassed here, as its module loads page models at import.
    """

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        # The format the view resolved (and validated) for the request, as Wagtail's does.
        rich_text_format = self.context.get("_wagtail_rich_text_format")
        if rich_text_format is None:
            request = _request(self)
            raw = request.GET.get("rich_text_format") if request is not None else None
            rich_text_format = APIRichText.resolve_format(raw)
        html = without_private_document_links(super().to_representation(value), _request(self))
        return APIRichText.serialize(html, format=rich_text_format)


class PublicResourcesField(serializers.Field):
    """A library's items that its page shows: none whose file is private or deleted."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, stream):
        shown = {item.id for item in available_resources(stream, _request(self))}
        items = stream.stream_block.get_api_representation(stream, self.context)
        return [item for item in items if item["id"] in shown]
