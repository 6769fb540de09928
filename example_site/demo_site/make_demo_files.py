"""Generate the demo's committed files in demo_files/: a PDF, a slide deck and PNG images.

The loader (``manage.py load_demo``) only reads the committed files; run this script when
their content should change. It needs three libraries the site itself does not:

    .venv/bin/pip install reportlab python-pptx Pillow
    cd example_site && ../.venv/bin/python demo_site/make_demo_files.py

Every figure carries its source and year, as on the demo pages.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from pptx import Presentation
from pptx.util import Inches, Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent / "demo_files"

EU_BLUE = "#003399"
EU_YELLOW = "#FFCC00"
INK = "#1a1a1a"
PAPER = "#ffffff"
SOURCE_2020 = "Source: Erasmus+ Programme Guide 2020, Key Action 1, KA107."

# Travel support per participant for the return journey, by one-way distance band.
DISTANCE_BANDS = [
    ("10-99 km", 20),
    ("100-499 km", 180),
    ("500-1999 km", 275),
    ("2000-2999 km", 360),
    ("3000-3999 km", 530),
    ("4000-7999 km", 820),
    ("8000 km or more", 1500),
]

DURATIONS = [
    ("Student mobility for studies", "3 to 12 months"),
    ("Student traineeships", "2 to 12 months"),
    ("Staff teaching and training", "5 days to 2 months, excluding travel"),
]

STEPS = [
    "Agree on mobilities with a partner institution in a partner country",
    "Apply to your National Agency, per partner country",
    "Qualitative assessment and selection by the National Agency",
    "Sign the inter-institutional agreement and select participants",
]


def font(size):
    return ImageFont.load_default(size=size)


def save(image, filename):
    # A small palette keeps flat infographics a few dozen kilobytes.
    image.quantize(colors=32).save(OUT / filename, optimize=True)


def new_canvas(width, height, title):
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, width, 120], fill=EU_BLUE)
    draw.text((48, 34), title, fill=PAPER, font=font(46))
    return image, draw


def footer(draw, width, height, text):
    draw.rectangle([0, height - 64, width, height], fill="#f0f2f7")
    draw.text((48, height - 46), text, fill=INK, font=font(24))


def make_at_a_glance():
    width, height = 1600, 900
    image, draw = new_canvas(width, height, "International Credit Mobility at a glance")
    y = 170
    for label, value in DURATIONS:
        draw.rounded_rectangle([48, y, width - 48, y + 150], radius=18, outline=EU_BLUE, width=4)
        draw.text((84, y + 24), label, fill=INK, font=font(38))
        draw.text((84, y + 82), value, fill=EU_BLUE, font=font(44))
        y += 180
    draw.text(
        (48, y + 6), "Organisational support: EUR 350 per participant", fill=INK, font=font(36)
    )
    footer(draw, width, height, SOURCE_2020)
    save(image, "icm-at-a-glance.png")


def make_distance_bands():
    width, height = 1600, 900
    image, draw = new_canvas(width, height, "Travel support by distance band (2020)")
    top, bar_height, gap = 160, 70, 28
    largest = max(amount for _band, amount in DISTANCE_BANDS)
    for index, (band, amount) in enumerate(DISTANCE_BANDS):
        y = top + index * (bar_height + gap)
        draw.text((48, y + 16), band, fill=INK, font=font(32))
        length = int((width - 620) * amount / largest)
        draw.rectangle([380, y, 380 + length, y + bar_height], fill=EU_BLUE)
        draw.text((400 + length, y + 16), f"EUR {amount}", fill=INK, font=font(32))
    footer(draw, width, height, SOURCE_2020 + " One-way distance; amount per participant.")
    save(image, "icm-travel-distance-bands-2020.png")


def make_how_to_apply():
    width, height = 1600, 900
    image, draw = new_canvas(width, height, "How to apply in four steps")
    y = 170
    for number, step in enumerate(STEPS, start=1):
        draw.ellipse([48, y, 148, y + 100], fill=EU_YELLOW)
        draw.text((84, y + 22), str(number), fill=INK, font=font(50))
        draw.text((180, y + 28), step, fill=INK, font=font(36))
        y += 150
    footer(draw, width, height, "Summary of the KA107 procedure, Erasmus+ Programme Guide 2020.")
    save(image, "icm-how-to-apply.png")


def make_poster():
    width, height = 1280, 720
    image = Image.new("RGB", (width, height), EU_BLUE)
    draw = ImageDraw.Draw(image)
    draw.ellipse([540, 200, 740, 400], outline=EU_YELLOW, width=10)
    draw.polygon([(615, 245), (615, 355), (705, 300)], fill=EU_YELLOW)
    draw.text((80, 470), "International student testimonial", fill=PAPER, font=font(56))
    draw.text(
        (80, 560), "Illustrative testimonial for this demonstration", fill=PAPER, font=font(34)
    )
    save(image, "testimonial-poster.png")


def make_logo(filename, letters, background):
    image = Image.new("RGB", (400, 400), background)
    draw = ImageDraw.Draw(image)
    draw.rectangle([24, 24, 376, 376], outline=EU_YELLOW, width=10)
    box = draw.textbbox((0, 0), letters, font=font(120))
    x = (400 - (box[2] - box[0])) / 2
    draw.text((x, 130), letters, fill=PAPER, font=font(120))
    save(image, filename)


# The demo booth's accent colour (see demo_content/icm_booth.py): a teal of its own, not the
# European flag's blue.
ICM_ACCENT = "#005f73"


def make_hero(filename):
    """The ICM booth's hero: an abstract illustration (routes between dots), made for the demo.

    It carries no text: the hero image is decoration, skipped by screen readers.
    """
    width, height = 1600, 500
    image = Image.new("RGB", (width, height), ICM_ACCENT)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        # A vertical gradient from the accent to a darker shade of it.
        share = y / height
        draw.line([(0, y), (width, y)], fill=(0, round(95 - 45 * share), round(115 - 55 * share)))
    dots = [(140, 360), (420, 170), (700, 330), (980, 140), (1260, 300), (1480, 120)]
    for (x1, y1), (x2, y2) in zip(dots, dots[1:], strict=False):
        # A curve from dot to dot, bowed upwards like a flight route.
        cx, cy = (x1 + x2) / 2, min(y1, y2) - 120
        steps = [n / 40 for n in range(41)]
        points = [
            ((1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t**2 * x2,
             (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t**2 * y2)
            for t in steps
        ]  # fmt: skip
        draw.line(points, fill="#8fd3e0", width=5, joint="curve")
    for x, y in dots:
        draw.ellipse([x - 16, y - 16, x + 16, y + 16], fill="#ffd23f")
    image.quantize(colors=64).save(OUT / filename, optimize=True)


def make_pdf():
    styles = getSampleStyleSheet()
    body, heading = styles["BodyText"], styles["Heading2"]
    story = [
        Paragraph("International credit mobility", styles["Title"]),
        Paragraph(
            "Erasmus+ Key Action 1: higher education student and staff mobility between "
            "Programme and Partner Countries (KA107, 2015-2020; KA171 from call 2022).",
            body,
        ),
        Paragraph("What the action offers", heading),
        Paragraph(
            "International credit mobility supports mobility of staff and students going to "
            "or coming from most parts of the world. Mobilities are funded with individual "
            "support, travel support and organisational support. The key action is highly "
            "competitive and all applications go through a qualitative assessment.",
            body,
        ),
        Paragraph("Supported activities and durations", heading),
    ]
    story += [Paragraph(f"{label}: {value}.", body) for label, value in DURATIONS]
    story += [
        Paragraph("Doctoral candidates can take part as students (third cycle).", body),
        Paragraph(SOURCE_2020, styles["Italic"]),
        PageBreak(),
        Paragraph("How to apply", heading),
    ]
    story += [Paragraph(f"{n}. {step}.", body) for n, step in enumerate(STEPS, start=1)]
    table = Table(
        [["One-way distance", "Travel support per participant"]]
        + [[band, f"EUR {amount}"] for band, amount in DISTANCE_BANDS],
        colWidths=[6 * cm, 7 * cm],
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(EU_BLUE)),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ]
        )
    )
    story += [
        PageBreak(),
        Paragraph("Funding (2020 rates)", heading),
        Paragraph(
            "Individual support per month for students: EUR 700 from a Programme Country to "
            "a Partner Country, EUR 850 from a Partner Country to a Programme Country. "
            "Staff going to a Partner Country: EUR 180 per day. Organisational support: "
            "EUR 350 per participant.",
            body,
        ),
        Spacer(1, 6),
        table,
        Paragraph(SOURCE_2020, styles["Italic"]),
        Paragraph("What comes next", heading),
        Paragraph(
            "ICM will not have a call 2021, but will be included in the Erasmus+ programme "
            "as of call 2022 (KA171). Later calls use the rates of the Programme Guide of "
            "their year.",
            body,
        ),
    ]
    SimpleDocTemplate(
        str(OUT / "international-credit-mobility.pdf"),
        pagesize=A4,
        title="International credit mobility",
        author="Erasmus+ e-Booth demo",
        invariant=1,
    ).build(story)


# The French leaflet, which the French booth shows instead of the English one.
SOURCE_2020_FR = "Source : Guide du programme Erasmus+ 2020, action clé 1, KA107."

DURATIONS_FR = [
    ("Mobilité des étudiants à des fins d'études", "3 à 12 mois"),
    ("Stages des étudiants", "2 à 12 mois"),
    ("Enseignement et formation du personnel", "5 jours à 2 mois, hors voyage"),
]

STEPS_FR = [
    "Convenir des mobilités avec un établissement partenaire d'un pays partenaire",
    "Déposer la candidature auprès de son agence nationale, par pays partenaire",
    "Évaluation qualitative et sélection par l'agence nationale",
    "Signer l'accord interinstitutionnel et sélectionner les participants",
]

DISTANCE_BANDS_FR = [
    ("10-99 km", 20),
    ("100-499 km", 180),
    ("500-1999 km", 275),
    ("2000-2999 km", 360),
    ("3000-3999 km", 530),
    ("4000-7999 km", 820),
    ("8000 km ou plus", 1500),
]


def make_pdf_fr():
    styles = getSampleStyleSheet()
    body, heading = styles["BodyText"], styles["Heading2"]
    story = [
        Paragraph("Mobilité internationale de crédits", styles["Title"]),
        Paragraph(
            "Erasmus+, action clé 1 : mobilité des étudiants et du personnel de "
            "l'enseignement supérieur entre pays du programme et pays partenaires (KA107, "
            "2015-2020 ; KA171 à partir de l'appel 2022).",
            body,
        ),
        Paragraph("Ce que propose l'action", heading),
        Paragraph(
            "La mobilité internationale de crédits soutient la mobilité du personnel et des "
            "étudiants vers ou depuis la plupart des régions du monde. Les mobilités sont "
            "financées par un soutien individuel, une contribution aux frais de voyage et un "
            "soutien organisationnel. L'action clé est très compétitive et toutes les "
            "candidatures font l'objet d'une évaluation qualitative.",
            body,
        ),
        Paragraph("Activités soutenues et durées", heading),
    ]
    story += [Paragraph(f"{label} : {value}.", body) for label, value in DURATIONS_FR]
    story += [
        Paragraph(
            "Les doctorants peuvent participer en tant qu'étudiants (troisième cycle).", body
        ),
        Paragraph(SOURCE_2020_FR, styles["Italic"]),
        PageBreak(),
        Paragraph("Comment candidater", heading),
    ]
    story += [Paragraph(f"{n}. {step}.", body) for n, step in enumerate(STEPS_FR, start=1)]
    table = Table(
        [["Distance (aller simple)", "Frais de voyage par participant"]]
        + [[band, f"{amount} EUR"] for band, amount in DISTANCE_BANDS_FR],
        colWidths=[6 * cm, 7 * cm],
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(EU_BLUE)),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ]
        )
    )
    story += [
        PageBreak(),
        Paragraph("Financement (taux 2020)", heading),
        Paragraph(
            "Soutien individuel mensuel des étudiants : 700 EUR d'un pays du programme vers "
            "un pays partenaire, 850 EUR d'un pays partenaire vers un pays du programme. "
            "Personnel se rendant dans un pays partenaire : 180 EUR par jour. Soutien "
            "organisationnel : 350 EUR par participant.",
            body,
        ),
        Spacer(1, 6),
        table,
        Paragraph(SOURCE_2020_FR, styles["Italic"]),
        Paragraph("Et ensuite ?", heading),
        Paragraph(
            "La MIC n'aura pas d'appel en 2021, mais fera partie du programme Erasmus+ à "
            "partir de l'appel 2022 (KA171). Les appels suivants appliquent les taux du guide "
            "du programme de leur année.",
            body,
        ),
    ]
    SimpleDocTemplate(
        str(OUT / "mobilite-internationale-de-credits.pdf"),
        pagesize=A4,
        title="Mobilité internationale de crédits",
        author="Erasmus+ e-Booth demo",
        lang="fr",
        invariant=1,
    ).build(story)


def add_slide(deck, title, lines):
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = title
    frame = slide.placeholders[1].text_frame
    frame.text = lines[0]
    for line in lines[1:]:
        frame.add_paragraph().text = line
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(22)


def make_slides():
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    cover = deck.slides.add_slide(deck.slide_layouts[0])
    cover.shapes.title.text = "International Credit Mobility"
    cover.placeholders[1].text = "Live event, Wednesday 27 January 2021 (Brussels time)"
    add_slide(
        deck,
        "Why this e-Booth?",
        [
            "General information about Erasmus+ International Credit Mobility",
            "Key action KA107 since 2015: staff and students to and from most of the world",
            "Continues in the new Erasmus+ programme as of call 2022 (KA171)",
        ],
    )
    add_slide(deck, "Supported activities", [f"{label}: {value}" for label, value in DURATIONS])
    add_slide(
        deck,
        "Funding in 2020",
        [
            "Individual support: students EUR 700 (to Partner) / EUR 850 (to Programme) a month",
            "Travel support by distance band: EUR 20 to EUR 1500",
            "Organisational support: EUR 350 per participant",
            SOURCE_2020,
        ],
    )
    add_slide(deck, "How to apply", [f"{n}. {step}" for n, step in enumerate(STEPS, start=1)])
    add_slide(
        deck,
        "What comes next",
        [
            "No call in 2021",
            "Back in the Erasmus+ programme as of call 2022",
            "Priorities: simplification, inclusion, traineeships and short-term mobility",
        ],
    )
    deck.core_properties.title = "International Credit Mobility: live event"
    deck.save(OUT / "icm-live-event-2021-01-27.pptx")


def main():
    OUT.mkdir(exist_ok=True)
    make_at_a_glance()
    make_distance_bands()
    make_how_to_apply()
    make_poster()
    make_logo("logo-icm.png", "ICM", EU_BLUE)
    make_logo("logo-cbhe.png", "CBHE", "#2d5a27")
    make_hero("hero-icm.png")
    make_pdf()
    make_pdf_fr()
    make_slides()
    for path in sorted(OUT.iterdir()):
        print(f"{path.name}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
