"""A sitemap of every language's pages, each with ``hreflang`` alternates.

Wagtail's own sitemap lists the site root's tree in one language only.
"""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from icm_ebooth.addresses import on_request_host
from icm_ebooth.privacy import visible_to_public
from icm_ebooth.tree import descendants_q


class MultilingualSitemap(Sitemap):
    """Every live, public page of the site in every locale, with links to its translations."""

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        in_site = Q()
        for root in roots:
            in_site |= descendants_q(root, inclusive=True)
        pages = visible_to_public(Page.objects.filter(in_site), self.request)
        return pages.select_related("locale").order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        # Alternates come from the pages listed in the same sitemap page (all of them up to
        # Django's limit of 50,000 URLs), so they cost no extra query.
        site = self.get_wagtail_site()
        entries = [
            (item, {**info, "location": on_request_host(info["location"], site, self.request)})
            for item in self.paginator.page(page).object_list
            for info in item.get_sitemap_urls(self.request)
        ]
        by_key = defaultdict(list)
        for item, info in entries:
            by_key[item.translation_key].append(
                {"lang_code": item.locale.language_code, "location": info["location"]}
            )
        urls = []
        for item, info in entries:
            alternates = by_key[item.translation_key]
            urls.append({**info, "alternates": alternates if len(alternates) > 1 else []})
        last_mods = {info.get("lastmod") for _item, info in entries}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
