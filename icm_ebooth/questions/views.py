"""The page the question form posts to, shows its errors on, and thanks the visitor from.

``<page-url>question`` answers GET with the form on a page of its own (where a link can lead
without JavaScript), POST with a redirect to ``?sent=1`` once the question is stored (and
with the form and its errors otherwise), and ``?sent=1`` with thanks. None of these
responses may be cached or set a cookie: they read no session and use no CSRF token.
"""

from django.http import Http404, HttpResponseForbidden, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from icm_ebooth.conf import ebooth_settings
from icm_ebooth.models import BoothPage, EventPage, Question, question_recipient
from icm_ebooth.questions import question_url
from icm_ebooth.questions.forms import QuestionForm
from icm_ebooth.questions.guards import comes_from_site, within_rate_limit
from icm_ebooth.questions.mail import send_when_stored
from icm_ebooth.signals import question_asked
from icm_ebooth.translations import in_locale
from icm_ebooth.views import public_page

TEMPLATE = "icm_ebooth/question_page.html"


def _question_page(request, page_path):
    if not ebooth_settings.QUESTIONS:
        raise Http404
    page = public_page(request, page_path)
    if not isinstance(page, (BoothPage, EventPage)):
        raise Http404
    recipient = question_recipient(page)
    if recipient is None:
        raise Http404
    return page, in_locale(recipient, page.locale_id)


def _private(response):
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def _render(request, page, recipient, form=None, sent=False, status=200):
    if form is not None:
        form.describe_fields()
    context = {
        "page": page,
        "self": page,
        "icm_ebooth_base_template": ebooth_settings.BASE_TEMPLATE,
        "question": {
            "form": form,
            "action": question_url(page, request),
            "recipient": recipient,
            "page": page,
        },
        "sent": sent,
    }
    return _private(TemplateResponse(request, TEMPLATE, context, status=status))


def _store(form, page, request):
    booth = page if isinstance(page, BoothPage) else page.booth_and_parent()[0]
    if booth is None:
        raise Http404
    question = Question.objects.create(
        booth_id=booth.pk,
        event=page if isinstance(page, EventPage) else None,
        language=get_language() or "",
        name=form.cleaned_data["name"],
        email=form.cleaned_data["email"],
        text=form.cleaned_data["question"],
        consent=str(ebooth_settings.QUESTION_CONSENT),
    )
    question_asked.send(
        sender=Question,
        booth=booth,
        event=question.event,
        language=question.language,
    )
    send_when_stored(question)
    return question


def _sent(request, page):
    return _private(HttpResponseRedirect(f"{question_url(page, request)}?sent=1", status=303))


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def ask(request, page_path):
    """The form of the booth or event at ``page_path``: shown, received, or thanked for."""
    page, recipient = _question_page(request, page_path)
    if request.method != "POST":
        if request.GET.get("sent"):
            return _render(request, page, recipient, sent=True)
        return _render(request, page, recipient, form=QuestionForm())
    if not comes_from_site(request):
        return _private(
            HttpResponseForbidden(_("Send your question from the form on the booth's page."))
        )
    form = QuestionForm(request.POST)
    if form.is_spam_trap_filled:
        return _sent(request, page)
    if not form.is_valid():
        return _render(request, page, recipient, form=form)
    if not within_rate_limit(request):
        form.add_error(
            None,
            _("You have sent several questions in a short time. Try again later."),
        )
        return _render(request, page, recipient, form=form, status=429)
    _store(form, page, request)
    return _sent(request, page)
