from django import template
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from demo_site.models import StandardPage
from icm_ebooth.tree import children_q

register = template.Library()


@register.simple_tag(takes_context=True)
def accessibility_statement(context):
    """The site's accessibility statement in the visitor's language, else in the site's own.

    The statement is the live standard page with the slug "accessibility" below the site's
    root page. One query finds it and its live translations.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    root = site.root_page
    statement_keys = Page.objects.filter(children_q(root), slug="accessibility", live=True).values(
        "translation_key"
    )
    candidates = StandardPage.objects.live().filter(translation_key__in=statement_keys)
    try:
        visitor_language = get_supported_content_language_variant(get_language())
    except LookupError:
        # An interface language with no content in it: the site's own statement.
        visitor_language = None
    by_language = {page.locale.language_code: page for page in candidates.select_related("locale")}
    own = next((page for page in by_language.values() if page.locale_id == root.locale_id), None)
    return by_language.get(visitor_language, own)
