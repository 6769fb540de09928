from django import template

from icm_ebooth.translations import language_versions

register = template.Library()


@register.inclusion_tag("icm_ebooth/includes/language_switcher.html", takes_context=True)
def ebooth_language_switcher(context, page):
    """A list of links to the page's other languages, each marked with its own ``lang``."""
    return {"versions": language_versions(page, context.get("request"))}


@register.inclusion_tag("icm_ebooth/includes/language_alternates.html", takes_context=True)
def ebooth_language_alternates(context, page):
    """``<link rel="alternate" hreflang>`` tags for the page's language versions."""
    request = context.get("request")
    versions = language_versions(page, request)
    if request is not None:
        versions = [
            (version, request.build_absolute_uri(version.url)) for version in versions
        ]
    else:
        versions = [(version, version.url) for version in versions]
    return {"versions": versions if len(versions) > 1 else []}
