"""``{% ebooth_question_form %}``: the question form of the booth or event page in context."""

from django import template

from icm_ebooth.conf import ebooth_settings
from icm_ebooth.models import BoothPage, EventPage, question_recipient
from icm_ebooth.privacy import may_show_page
from icm_ebooth.questions import question_url
from icm_ebooth.questions.forms import QuestionForm
from icm_ebooth.translations import in_locale

register = template.Library()


@register.simple_tag(takes_context=True)
def ebooth_question_form(context):
    """The form, where it posts and who answers, or None where no question can be asked.

    On the form's own page (``icm_ebooth.questions.views``) that is the form the visitor
    sent, with its errors. Elsewhere it is an empty form that any visitor may be shown,
    cached or not: its only value is the timestamp every visitor shares.
    """
    if "question" in context and context["question"]:
        return context["question"]
    page = context.get("page")
    request = context.get("request")
    if not ebooth_settings.QUESTIONS or not isinstance(page, (BoothPage, EventPage)):
        return None
    # A private booth's form would post to a view that only serves public pages.
    if not may_show_page(page, request):
        return None
    recipient = in_locale(question_recipient(page), page.locale_id)
    if recipient is None:
        return None
    action = question_url(page, request)
    if not action:
        return None
    form = QuestionForm()
    form.describe_fields()
    return {"form": form, "action": action, "recipient": recipient, "page": page}
