"""The question form: what a visitor fills in, and the messages they read when it is wrong."""

from django import forms
from django.utils.translation import gettext_lazy as _

from icm_ebooth.conf import ebooth_settings
from icm_ebooth.questions.guards import current_stamp, stamp_age

MAX_QUESTION_LENGTH = 3000
# The honeypot: a field people never see (hidden by the ``hidden`` attribute) and bots fill.
HONEYPOT = "website"


class QuestionForm(forms.Form):
    """Name (optional), e-mail address, question, and the site's consent sentence."""

    name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=100,
        required=False,
        error_messages={
            "max_length": _("Shorten your name to %(limit_value)d characters or fewer."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
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
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
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
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    consent = forms.BooleanField(
        error_messages={
            "required": _("Tick this box to agree, or the booth cannot answer your question."),
        },
    )
    stamp = forms.CharField(required=False, widget=forms.HiddenInput)
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
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
