"""The question form: what a visitor fills in, and the messages they read when it is wrong."""

from django import forms
from django.forms.renderers import DjangoTemplates, get_default_renderer
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from icm_ebooth.conf import ebooth_settings
from icm_ebooth.questions.guards import current_stamp, stamp_age

MAX_QUESTION_LENGTH = 3000
# The honeypot: a field people never see (hidden by the ``hidden`` attribute) and bots fill.
HONEYPOT = "website"

# Django's widget templates that write one <input> (see ``_PythonWrittenWidget``).
_INPUT_TEMPLATES = {
    f"django/forms/widgets/{name}.html"
    for name in ("input", "text", "email", "hidden", "checkbox")
}
_TEXTAREA_TEMPLATE = "django/forms/widgets/textarea.html"


def _text(value):
    # ``{{ value|stringformat:'s' }}``
    return conditional_escape(value if isinstance(value, str) else str(value))


def _attrs_html(attrs):
    # django/forms/widgets/attrs.html
    return "".join(
        f" {_text(name)}" if value is True else f' {_text(name)}="{_text(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _widget_html(template_name, widget):
    """What Django's template ``template_name`` writes for ``widget``, else None."""
    attrs = _attrs_html(widget["attrs"])
    if template_name in _INPUT_TEMPLATES:
        value = "" if widget["value"] is None else f' value="{_text(widget["value"])}"'
        return (
            f'<input type="{_text(widget["type"])}" name="{_text(widget["name"])}"{value}{attrs}>'
        )
    if template_name == _TEXTAREA_TEMPLATE:
        value = _text(widget["value"]) if widget["value"] else ""
        return f'<textarea name="{_text(widget["name"])}"{attrs}>\n{value}</textarea>'
    return None


class _PythonWrittenWidget:
    """A widget written in Python with the HTML of Django's own template.

    The form is on every booth and event page: through the template engine, its six widgets
    cost more than the rest of the form. A site whose form renderer may have widget
    templates of its own (``FORM_RENDERER``) gets them.
    """

    def render(self, name, value, attrs=None, renderer=None):
        # Widget.render's public signature: Django's private ``_render`` is left alone.
        if type(renderer or get_default_renderer()) is DjangoTemplates:
            context = self.get_context(name, value, attrs)
            html = _widget_html(self.template_name, context["widget"])
            if html is not None:
                return mark_safe(html)  # noqa: S308 - every value above is escaped
        return super().render(name, value, attrs, renderer)


class _TextInput(_PythonWrittenWidget, forms.TextInput):
    pass


class _EmailInput(_PythonWrittenWidget, forms.EmailInput):
    pass


class _Textarea(_PythonWrittenWidget, forms.Textarea):
    pass


class _CheckboxInput(_PythonWrittenWidget, forms.CheckboxInput):
    pass


class _HiddenInput(_PythonWrittenWidget, forms.HiddenInput):
    pass


class QuestionForm(forms.Form):
    """Name (optional), e-mail address, question, and the site's consent sentence."""

    name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=100,
        required=False,
        error_messages={
            "max_length": _("Shorten your name to %(limit_value)d characters or fewer."),
        },
        widget=_TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("The answer is sent to this address. It is not shown on the site."),
        max_length=254,
        error_messages={
            "required": _("Enter your e-mail address, so that the booth can answer you."),
            "invalid": _("Enter an e-mail address in the form name@example.org."),
            "max_length": _("Enter an e-mail address in the form name@example.org."),
        },
        widget=_EmailInput(attrs={"autocomplete": "email"}),
    )
    question = forms.CharField(
        label=_("Your question"),
        max_length=MAX_QUESTION_LENGTH,
        error_messages={
            "required": _("Write your question."),
            "max_length": _(
                "Shorten your question to %(limit_value)d characters or fewer "
                "(it has %(show_value)d)."
            ),
        },
        widget=_Textarea(attrs={"rows": 6}),
    )
    consent = forms.BooleanField(
        widget=_CheckboxInput,
        error_messages={
            "required": _("Tick this box to agree, or the booth cannot answer your question."),
        },
    )
    stamp = forms.CharField(required=False, widget=_HiddenInput)
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=_TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "question-%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # Read live, and translated into the visitor's language when the form is shown.
        self.fields["consent"].label = ebooth_settings.QUESTION_CONSENT
        if not self.is_bound:
            self.initial["stamp"] = current_stamp()

    @property
    def is_spam_trap_filled(self):
        """Whether the honeypot was filled: a bot, told "sent" and given nothing."""
        return self.is_bound and bool(self.data.get(HONEYPOT, "").strip())

    def clean_name(self):
        # Whitespace of any kind, line breaks included, becomes one space: the name goes
        # into the mail's Reply-To header.
        return " ".join(self.cleaned_data["name"].split())

    def clean(self):
        cleaned = super().clean()
        age = stamp_age(self.data.get("stamp"))
        if age is None or age > ebooth_settings.QUESTION_MAX_AGE:
            # A page left open for days, or a form that never came from this site: a fresh
            # stamp goes out with the form shown again.
            self.data = self.data.copy()
            self.data["stamp"] = current_stamp()
            raise forms.ValidationError(
                _("This form was open for a long time. Check your question and send it again."),
                code="expired",
            )
        if age < ebooth_settings.QUESTION_MIN_SECONDS:
            raise forms.ValidationError(
                _("That was very quick. Check your question and send it again."),
                code="too_fast",
            )
        return cleaned

    def describe_fields(self):
        """Point each field to its help and its error message, for screen readers."""
        for name, field in self.fields.items():
            described_by = []
            if field.help_text:
                described_by.append(f"question-{name}-help")
            if name in self.errors:
                field.widget.attrs["aria-invalid"] = "true"
                described_by.append(f"question-{name}-error")
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)
