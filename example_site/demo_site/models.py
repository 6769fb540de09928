from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from icm_ebooth.routing import JoinedChildRouteMixin
from icm_ebooth.tree import children_q


class HomePage(JoinedChildRouteMixin, Page):
    """The example site's front page: an introduction and the fairs and booths below it."""

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short welcome shown above the list of fairs and booths."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    max_count_per_parent = 1
    subpage_types = ["icm_ebooth.FairPage", "icm_ebooth.BoothPage", "demo_site.StandardPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Standard pages (such as the accessibility statement) are linked from the footer.
        # By tree path: get_children() trusts a count of children that can be stale.
        children = Page.objects.filter(children_q(self)).order_by("path")
        context["children"] = children.live().public().not_type(StandardPage).specific()
        return context


class StandardPage(Page):
    """A plain page of the site, such as its accessibility statement: a title and a body."""

    body = RichTextField(
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("The text of the page. Start headings at level 2: the title is level 1."),
    )

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["demo_site.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("standard page")
