from django import template
from django.db.models import OuterRef, Subquery
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


# The footer's pages, by slug below the site's root page.
FOOTER_SLUGS = ("accessibility", "privacy")
_FOOTER_ATTR = "_demo_site_footer_pages"


def _site_page(context, slug):
    """The live standard page with ``slug`` below the site's root page, in the visitor's
    language, else in the site's own.
    """
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, _FOOTER_ATTR):
        setattr(request, _FOOTER_ATTR, _footer_pages(request))
    return getattr(request, _FOOTER_ATTR).get(slug)


def _footer_pages(request):
    """{slug: page} for the footer's pages; one query finds them and their translations."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    root = site.root_page
    own_pages = Page.objects.filter(children_q(root), slug__in=FOOTER_SLUGS, live=True)
    candidates = StandardPage.objects.live().filter(
        translation_key__in=own_pages.values("translation_key")
    )
    candidates = candidates.annotate(
        own_slug=Subquery(
            own_pages.filter(translation_key=OuterRef("translation_key")).values("slug")[:1]
        )
    ).select_related("locale")
    try:
        visitor_language = get_supported_content_language_variant(get_language())
    except LookupError:
        # An interface language with no content in it: the site's own page.
        visitor_language = None
    by_slug = {}
    for page in candidates:
        by_slug.setdefault(page.own_slug, {})[page.locale.language_code] = page
    found = {}
    for slug, by_language in by_slug.items():
        own = next(
            (page for page in by_language.values() if page.locale_id == root.locale_id), None
        )
        found[slug] = by_language.get(visitor_language, own)
    return found
