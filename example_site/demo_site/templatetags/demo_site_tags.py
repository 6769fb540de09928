from django import template
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from demo_site.models import StandardPage
from icm_ebooth.tree import children_q

register = template.Library()


@register.simple_tag(takes_context=True)
def accessibility_statement(context):
    """The site's accessibility statement, the standard page with the slug "accessibility"."""
    return _site_page(context, "accessibility")


@register.simple_tag(takes_context=True)
def privacy_notice(context):
    """The site's privacy notice, the standard page with the slug "privacy"."""
    return _site_page(context, "privacy")


def _site_page(context, slug):
    """The live standard page with ``slug`` below the site's root page, in the visitor's
    language, else in the site's own. One query finds it and its live translations.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    root = site.root_page
    keys = Page.objects.filter(children_q(root), slug=slug, live=True).values("translation_key")
    candidates = StandardPage.objects.live().filter(translation_key__in=keys)
    try:
        visitor_language = get_supported_content_language_variant(get_language())
    except LookupError:
        # An interface language with no content in it: the site's own page.
        visitor_language = None
    by_language = {page.locale.language_code: page for page in candidates.select_related("locale")}
    own = next((page for page in by_language.values() if page.locale_id == root.locale_id), None)
    return by_language.get(visitor_language, own)
