from django.conf import settings
from wagtail.models import Locale, Page, Site

from demo_site.models import HomePage

HOME_INTRO = (
    "<p>This example site shows the <b>icm_ebooth</b> package for Wagtail with the Erasmus+ "
    "International Credit Mobility e-Booth: the information stand a funding programme shows "
    "at a virtual fair.</p>"
)


def ensure_locales():
    return [
        Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]


def ensure_home_page():
    """Make a HomePage the default site's root, replacing Wagtail's welcome page."""
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title="Erasmus+ e-Booths",
                slug="home-en",
                intro=HOME_INTRO,
                locale=Locale.get_default(),
            )
        )
        home.save_revision().publish()
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Erasmus+ e-Booths",
        )
    elif site.root_page_id != home.pk:
        previous_root = site.root_page
        site.root_page = home
        site.site_name = "Erasmus+ e-Booths"
        site.save()
        # Wagtail's own "Welcome" page is not part of the demo.
        if previous_root.depth == 2 and previous_root.specific_class != HomePage:
            previous_root.delete()
    return home
