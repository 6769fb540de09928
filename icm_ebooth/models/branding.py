"""A booth's brand as its pages show it: logo, hero image, and a stylesheet of its colours.

Every page of a booth shows its logo and links the booth's stylesheet, which sets the
``--icm-ebooth-*`` colour tokens for the booth (see ``icm_ebooth.views.booth_stylesheet``).
The stylesheet's URL carries a hash of what it says, so browsers and CDNs keep it for good
and a new colour is a new URL; pages that link it are cleared from the page cache when the
booth is published, like everything else the booth shows.
"""

import hashlib

from django.apps import apps
from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.models import Page

STYLESHEET_NAME = "brand-{version}.css"
# For the URL pattern: the version is the hash below.
STYLESHEET_PATTERN = r"brand-(?P<version>[0-9a-f]{12})\.css"
# A stylesheet named by its two colours, for previews: an edited colour is in no booth's
# published stylesheet yet, and the preview keeps the pages' Content-Security-Policy.
COLOURS_STYLESHEET_PATTERN = r"_ebooth/brand/(?P<light>[0-9a-f]{6})-(?P<dark>[0-9a-f]{6})\.css"


def stylesheet_version(brand_colours):
    """A short hash of the colours a booth's stylesheet sets."""
    return hashlib.sha256(",".join(brand_colours).encode()).hexdigest()[:12]


def stylesheet_css(brand_colours):
    """The booth's stylesheet: its accent colours on the root of its pages.

    The link colour is ``light-dark(light, dark)``, so it follows the scheme the design
    system (``icm_ebooth.css``) chooses with ``color-scheme``. In the dark scheme the light
    accent stays the background of buttons (white text, as checked), and links take the
    dark accent, checked against the dark page.
    """
    light, dark = brand_colours
    return (
        "/* The booth's colours, set by its editors; see icm_ebooth.colours. */\n"
        f".icm-ebooth {{ --icm-ebooth-accent: {light}; --icm-ebooth-on-accent: #fff; "
        f"--icm-ebooth-link: light-dark({light}, {dark}); }}\n"
    )


class BoothBrand:
    """The brand of a page's booth, read once for the page and only if the page shows it.

    ``booth`` is the page's booth as routing found it: on the booth's own page, the booth
    with its logo and hero image joined (``serving_related``); below it, a plain ``Page``
    with the booth's own row and logo joined (``shown_below``, see
    ``icm_ebooth.routing.on_the_way_joins``). A booth found another way takes one query.
    """

    def __init__(self, booth, request=None):
        self._booth = booth
        self._request = request

    @cached_property
    def booth(self):
        # By name: the booth's model is built on the mixin that shows this brand.
        BoothPage = apps.get_model("icm_ebooth", "BoothPage")  # noqa: N806 - a model class
        booth = self._booth
        if booth is None:
            return None
        if not isinstance(booth, BoothPage) and Page.boothpage.is_cached(booth):
            booth = booth.boothpage
        if isinstance(booth, BoothPage) and (
            booth.logo_id is None or BoothPage.logo.is_cached(booth) or self.is_preview
        ):
            return booth
        return (
            BoothPage.objects.defer_streamfields()
            .select_related("logo")
            .filter(pk=booth.pk)
            .first()
        )

    @property
    def is_preview(self):
        """Whether the page is an editor's preview, which shows the booth as edited."""
        return getattr(self._request, "is_preview", False)

    def __bool__(self):
        return self.booth is not None and bool(self.logo or self.colours)

    @property
    def logo(self):
        return self.booth.logo if self.booth is not None else None

    @property
    def hero_image(self):
        return self.booth.hero_image if self.booth is not None else None

    @cached_property
    def colours(self):
        return self.booth.brand_colours() if self.booth is not None else None

    @cached_property
    def stylesheet_url(self):
        """Where the booth's stylesheet is, or "" when the booth has no colours."""
        if not self.colours:
            return ""
        if self.is_preview:
            light, dark = self.colours
            return reverse(
                "icm_ebooth_colours_stylesheet", kwargs={"light": light[1:], "dark": dark[1:]}
            )
        url = self._booth.get_url(request=self._request)
        if not url:
            return ""
        return url + STYLESHEET_NAME.format(version=stylesheet_version(self.colours))
