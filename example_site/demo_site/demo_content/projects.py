"""Illustrative project examples: made-up records in the format of real ones.

Institution names contain "Example", identifiers end in 0000NN and no record links to the
results platform: these show the kind of projects ICM funds, not real projects.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django_countries import countries

from demo_site.demo_content.pages import publish, stream, upsert_child
from demo_site.demo_content.topics import text
from icm_ebooth.models import ProjectExamplePage, ProjectPartner
from icm_ebooth.models.projects import key_action_from_reference

MOBILITY = {
    "studies": "student_studies",
    "traineeships": "student_traineeships",
    "teaching": "staff_teaching",
    "training": "staff_training",
    "doctoral": "doctoral",
    "short-term": "short_term_blended",
}


@dataclass(frozen=True)
class Example:
    slug: str
    title: str
    reference: str
    call_year: int
    region: str
    coordinator: str
    country: str
    partners: tuple
    mobility: tuple
    incoming: int
    outgoing: int
    grant: str
    summary: str
    result: str
    labels: tuple = field(default=())


EXAMPLES = [
    Example(
        "agronomy-western-balkans",
        "Agronomy exchanges with the Western Balkans",
        "2016-1-DE01-KA107-000001",
        2016,
        "Western Balkans",
        "University of Applied Sciences Example-Nord",
        "DE",
        ("AL", "BA"),
        ("studies", "teaching"),
        14,
        6,
        "98450.00",
        "Agronomy students from two partner universities spent a semester in Germany, and "
        "German lecturers taught soil science modules at the partners.",
        "The partners adapted two modules to the European Credit Transfer System, so that "
        "credits earned on exchange are recognised in full.",
        ("good_practice",),
    ),
    Example(
        "engineering-eastern-partnership",
        "Engineering mobility with the Eastern Partnership",
        "2018-1-PL01-KA107-000002",
        2018,
        "Eastern Partnership",
        "Example University of Technology",
        "PL",
        ("GE", "UA", "AM"),
        ("studies", "training"),
        22,
        8,
        "176320.00",
        "Civil engineering students came to Poland for one semester; international office "
        "staff of the partners trained in credit recognition.",
        "Each partner university now runs its own learning-agreement procedure.",
    ),
    Example(
        "tourism-south-mediterranean",
        "Sustainable tourism with the South Mediterranean",
        "2017-1-FR01-KA107-000003",
        2017,
        "South Mediterranean",
        "Université Exemple-Sud",
        "FR",
        ("MA", "TN"),
        ("studies", "traineeships", "teaching"),
        18,
        10,
        "154900.00",
        "Tourism students studied in France and did traineeships with regional tourist "
        "boards; lecturers from both sides co-taught a module on sustainable tourism.",
        "The co-taught module became a permanent elective at the three institutions.",
        ("success_story",),
    ),
    Example(
        "forestry-russia",
        "Forestry research stays with Russia",
        "2015-1-FI01-KA107-000004",
        2015,
        "Russian Federation",
        "Example University of Applied Sciences Lakeland",
        "FI",
        ("RU",),
        ("doctoral", "teaching"),
        6,
        4,
        "61200.00",
        "Doctoral candidates in forestry spent research stays in Finland, and Finnish "
        "lecturers taught short courses at the partner.",
        "Two joint conference papers came out of the research stays.",
    ),
    Example(
        "water-management-asia",
        "Water management with South-East Asia",
        "2019-1-NL01-KA107-000005",
        2019,
        "Asia",
        "Example University of Applied Sciences Delta",
        "NL",
        ("VN", "ID"),
        ("studies", "traineeships", "training"),
        16,
        12,
        "188760.00",
        "Students of water management studied in the Netherlands; Dutch students did "
        "traineeships with water authorities in the partner countries.",
        "The traineeship hosts now offer places every year.",
        ("good_practice",),
    ),
    Example(
        "doctoral-central-asia",
        "Doctoral mobility with Central Asia",
        "2019-1-ES01-KA107-000006",
        2019,
        "Central Asia",
        "Universidad Ejemplo",
        "ES",
        ("KZ", "UZ"),
        ("doctoral", "training"),
        8,
        3,
        "92140.00",
        "Doctoral candidates in renewable energy spent five months in Spain; research "
        "administrators of the partners trained in managing international projects.",
        "The partners drafted a joint supervision agreement for doctoral theses.",
    ),
    Example(
        "public-health-latin-america",
        "Public health with Latin America",
        "2020-1-PT01-KA107-000007",
        2020,
        "Latin America",
        "Universidade Exemplo",
        "PT",
        ("BR", "CO"),
        ("studies", "teaching"),
        12,
        8,
        "163300.00",
        "Public health students studied for a semester in Portugal and Portuguese lecturers "
        "taught epidemiology at the partners.",
        "Lectures were recorded and shared as open course materials.",
    ),
    Example(
        "design-latin-america",
        "Design and architecture with Latin America",
        "2016-1-IT02-KA107-000008",
        2016,
        "Latin America",
        "Politecnico Esempio",
        "IT",
        ("PE", "MX"),
        ("studies", "traineeships"),
        10,
        10,
        "147800.00",
        "Architecture students from both sides spent a semester abroad; some combined it "
        "with a traineeship in an architecture office.",
        "A joint design studio now runs every spring.",
    ),
    Example(
        "agriculture-africa",
        "Agricultural traineeships with East and West Africa",
        "2019-1-BE02-KA107-000009",
        2019,
        "Africa, Caribbean and Pacific",
        "Example University College",
        "BE",
        ("KE", "GH"),
        ("traineeships", "teaching", "training"),
        9,
        11,
        "139650.00",
        "Belgian students did traineeships with farming cooperatives; staff of the partners "
        "taught and trained in Belgium.",
        "The cooperatives and the university college now co-supervise bachelor theses.",
        ("good_practice", "success_story"),
    ),
    Example(
        "teacher-education-south-africa",
        "Teacher education with South Africa",
        "2018-1-AT01-KA107-000010",
        2018,
        "South Africa",
        "Example University College of Teacher Education",
        "AT",
        ("ZA",),
        ("teaching", "training"),
        6,
        6,
        "58900.00",
        "Teacher educators from both institutions taught and observed classes at the partner.",
        "Both institutions added a module on multilingual classrooms.",
    ),
    Example(
        "blended-mobility-africa",
        "Blended and doctoral mobility with Africa",
        "2022-1-SE01-KA171-HED-000000011",
        2022,
        "Sub-Saharan Africa",
        "Example University of the North",
        "SE",
        ("ET", "RW"),
        ("short-term", "doctoral", "studies"),
        20,
        14,
        "212400.00",
        "Students joined a blended course on climate adaptation with one week on site in "
        "Sweden; doctoral candidates spent short research stays.",
        "The blended course is open to students of all three universities.",
        ("success_story",),
    ),
    Example(
        "digital-skills-asia",
        "Digital skills with South Asia",
        "2023-1-IE01-KA171-HED-000000012",
        2023,
        "Asia",
        "Example Institute of Technology",
        "IE",
        ("IN", "NP"),
        ("short-term", "teaching", "training"),
        16,
        10,
        "174250.00",
        "Short-term mobility for computing students and staff exchanges to build a shared "
        "course on data skills.",
        "The first cohort is travelling; results will follow.",
    ),
]


def _fields(example, booth_contact):
    start = datetime.date(example.call_year, 8, 1)
    duration = 2 if example.call_year < 2018 else 3
    end = datetime.date(example.call_year + duration, 7, 31)
    mobility = {name: kind in example.mobility for kind, name in MOBILITY.items()}
    partner_names = ", ".join(countries.name(code) for code in example.partners)
    body = [
        text(f"<p>{example.result}</p>"),
        text(
            f"<p>Partner region: {example.region} ({partner_names}). This is an illustrative "
            "example made for this demonstration: the institutions and the identifier are "
            "not real.</p>"
        ),
    ]
    if "good_practice" in example.labels:
        body.append(("contact", {"heading": "Questions about ICM?", "contact": booth_contact}))
    return {
        "title": example.title,
        "project_reference": example.reference,
        "key_action": key_action_from_reference(example.reference),
        "action_type": "Higher education student and staff mobility",
        "call_year": example.call_year,
        "status": "completed" if end < datetime.date.today() else "ongoing",
        "start_date": start,
        "end_date": end,
        "coordinator_name": example.coordinator,
        "coordinator_type": "Higher education institution (tertiary level)",
        "coordinator_country": example.country,
        "coordinator_website": "",
        "partner_countries": list(example.partners),
        **mobility,
        "incoming_mobilities": example.incoming,
        "outgoing_mobilities": example.outgoing,
        "eu_grant": Decimal(example.grant),
        "summary": example.summary,
        "body": stream(ProjectExamplePage, "body", body),
        "is_good_practice": "good_practice" in example.labels,
        "is_success_story": "success_story" in example.labels,
        "is_illustrative": True,
        "project_card_url": "",
        "website": "",
        "search_description": example.summary,
        "partners": [
            ProjectPartner(
                name=f"Example University ({countries.name(code)})",
                country=code,
                organisation_type="Higher education institution",
            )
            for code in example.partners
        ],
    }


def build_project_examples(index, contact):
    """Publish the index and its examples; return the examples."""
    publish(
        index,
        title="Project examples",
        introduction="Illustrative examples of International Credit Mobility projects "
        "(KA107 calls 2015-2020, KA171 from call 2022) across partner regions and mobility "
        "types. The institutions and identifiers are made up for this demonstration.",
    )
    return [
        upsert_child(index, ProjectExamplePage, example.slug, **_fields(example, contact))
        for example in EXAMPLES
    ]
