"""A booth's accent colour: parsing, WCAG contrast, and the shades that pass it.

Where the design system (``icm_ebooth.css``) puts the accent, and so the colours it is
checked against (WCAG 2.2 SC 1.4.3: 4.5:1, the ratio for normal-size text):

- light scheme: the accent is the colour of links on the page (white) and on shaded panels
  (``#f3f5f8``), and the background of buttons and the booth's hero, whose text is white;
- dark scheme: buttons and the hero keep the light accent with white text (checked above);
  links take the dark accent, on the dark page (``#15181d``) and its panels (``#1d2128``,
  ``#232832``).

No colour passes against both white and a near-black page, so the dark scheme has an accent
of its own; an editor who sets none gets :func:`dark_shade` of the light one. The booth's
stylesheet sets the text colour on the accent with the accent itself, so that pair holds
whatever else a site changes; the backgrounds are the design tokens' defaults.
"""

import math
import re

# The colours above: what the light accent meets, and what the dark one meets.
LIGHT_PARTNERS = ("#ffffff", "#f3f5f8")
DARK_PARTNERS = ("#15181d", "#1d2128", "#232832")

# WCAG 2.2 SC 1.4.3 (contrast minimum) for text below 18pt, or 14pt bold.
MINIMUM_RATIO = 4.5

_HEX = re.compile(r"#?(?P<digits>[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def normalise(value):
    """``value`` as ``#rrggbb`` in lower case, or None if it is not a hex colour.

    Accepts ``#abc``, ``abc``, ``#aabbcc`` and ``aabbcc``, with spaces around.
    """
    match = _HEX.fullmatch((value or "").strip())
    if match is None:
        return None
    digits = match["digits"].lower()
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return f"#{digits}"


def _channels(colour):
    digits = normalise(colour)[1:]
    return [int(digits[index : index + 2], 16) for index in (0, 2, 4)]


def _hex(channels):
    return "#" + "".join(f"{round(channel):02x}" for channel in channels)


def relative_luminance(colour):
    """WCAG 2.x relative luminance of a ``#rrggbb`` colour, 0 (black) to 1 (white)."""

    def linear(channel):
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in _channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first, second):
    """WCAG contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def shown_ratio(ratio):
    """``ratio`` cut (never rounded up) to two decimals: 4.499 is shown as 4.49, not 4.50."""
    return math.floor(ratio * 100) / 100


def weakest(colour, partners):
    """The partner ``colour`` contrasts least with, and that ratio."""
    return min(((partner, contrast_ratio(colour, partner)) for partner in partners),
               key=lambda pair: pair[1])  # fmt: skip


def passes(colour, partners):
    return weakest(colour, partners)[1] >= MINIMUM_RATIO


def _mix(colour, towards, share):
    return _hex(
        start + (end - start) * share
        for start, end in zip(_channels(colour), _channels(towards), strict=True)
    )


def _nearest_passing(colour, towards, partners):
    """``colour`` mixed with ``towards`` in the smallest step that passes with ``partners``."""
    for step in range(101):
        shade = _mix(colour, towards, step / 100)
        if passes(shade, partners):
            return shade
    return towards


def light_suggestion(colour):
    """A darker shade of ``colour`` that passes in the light scheme."""
    return _nearest_passing(colour, "#000000", LIGHT_PARTNERS)


def dark_shade(colour):
    """``colour`` if it passes in the dark scheme, else its nearest lighter shade that does."""
    return _nearest_passing(colour, "#ffffff", DARK_PARTNERS)
