"""Bar charts as SVG, drawn on the server, for the admin's metrics report.

Each chart is an image with a title and a description (``role="img"``, ``aria-labelledby``)
that say what it shows; the report puts a table with the same numbers beside it, which is
what screen readers and keyboard users read. Colours follow the text (``currentColor``), so
the charts suit Wagtail's light and dark themes, and no style attribute is needed.
"""

import itertools

from django.utils.html import format_html, format_html_join

_ids = itertools.count(1)
# Opacity of each series: the first solid, the second lighter, so print and colour-blind
# readers can tell them apart; each also has its own legend entry.
_SERIES_OPACITY = ("1", "0.45")


def _n(number):
    """A coordinate as SVG reads it: one decimal is finer than a screen's pixel."""
    return f"{number:.1f}"


def _scale(values):
    top = max([0, *values])
    return top or 1


def _frame(width, height, title, description, body):
    number = next(_ids)
    return format_html(
        '<svg class="ebooth-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" '
        'width="100%" role="img" aria-labelledby="ebooth-chart-{}-title ebooth-chart-{}-desc">'
        '<title id="ebooth-chart-{}-title">{}</title><desc id="ebooth-chart-{}-desc">{}</desc>'
        "{}</svg>",
        width,
        height,
        number,
        number,
        number,
        title,
        number,
        description,
        body,
    )


def _legend(series, x, y):
    items = []
    for index, (name, _values) in enumerate(series):
        items.append(
            format_html(
                '<rect x="{}" y="{}" width="12" height="12" fill="currentColor" '
                'fill-opacity="{}"/>'
                '<text x="{}" y="{}" fill="currentColor" font-size="12">{}</text>',
                x + index * 180,
                y,
                _SERIES_OPACITY[index],
                x + index * 180 + 18,
                y + 11,
                name,
            )
        )
    return format_html_join("", "{}", ((item,) for item in items))


def column_chart(title, description, labels, series, label_every=1):
    """Columns over ``labels`` (e.g. days); ``series`` is [(name, values)], one or two."""
    width, height, left, bottom, top = 720, 240, 40, 40, 30
    plot_height = height - bottom - top
    slot = (width - left - 10) / max(len(labels), 1)
    bar = max(slot / (len(series) + 0.5), 1)
    scale = _scale([value for _name, values in series for value in values])
    shapes = [
        format_html(
            '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="currentColor" stroke-opacity="0.4"/>'
            '<text x="{}" y="{}" fill="currentColor" font-size="11" text-anchor="end">{}</text>',
            left,
            top,
            width - 10,
            top,
            left - 4,
            top + 4,
            scale,
        )
    ]
    for index, label in enumerate(labels):
        for number, (name, values) in enumerate(series):
            value = values[index]
            bar_height = plot_height * value / scale
            shapes.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" '
                    'fill="currentColor" fill-opacity="{}"><title>{}: {} {}</title></rect>',
                    _n(left + index * slot + number * bar),
                    _n(top + plot_height - bar_height),
                    _n(bar),
                    _n(bar_height),
                    _SERIES_OPACITY[number],
                    label,
                    value,
                    name,
                )
            )
        if index % label_every == 0:
            shapes.append(
                format_html(
                    '<text x="{}" y="{}" fill="currentColor" font-size="11">{}</text>',
                    _n(left + index * slot),
                    height - bottom + 14,
                    label,
                )
            )
    shapes.append(_legend(series, left, height - 16))
    body = format_html_join("", "{}", ((shape,) for shape in shapes))
    return _frame(width, height, title, description, body)


def bar_chart(title, description, labels, series):
    """Horizontal bars, one group per label (an event, a document); [(name, values)]."""
    row, left, width = 22 * len(series) + 10, 260, 720
    height = row * max(len(labels), 1) + 40
    scale = _scale([value for _name, values in series for value in values])
    shapes = []
    for index, label in enumerate(labels):
        y = 10 + index * row
        shapes.append(
            format_html(
                '<text x="{}" y="{}" fill="currentColor" font-size="12" text-anchor="end">'
                "{}</text>",
                left - 8,
                y + 14,
                label if len(label) <= 40 else label[:39] + "…",
            )
        )
        for number, (name, values) in enumerate(series):
            value = values[index]
            bar_width = (width - left - 60) * value / scale
            shapes.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="18" fill="currentColor" '
                    'fill-opacity="{}"><title>{}: {} {}</title></rect>'
                    '<text x="{}" y="{}" fill="currentColor" font-size="11">{}</text>',
                    left,
                    y + number * 22,
                    _n(bar_width),
                    _SERIES_OPACITY[number],
                    label,
                    value,
                    name,
                    _n(left + bar_width + 4),
                    y + number * 22 + 13,
                    value,
                )
            )
    shapes.append(_legend(series, left, height - 20))
    body = format_html_join("", "{}", ((shape,) for shape in shapes))
    return _frame(width, height, title, description, body)
