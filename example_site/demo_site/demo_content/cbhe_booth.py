"""A second, smaller booth: Capacity Building in Higher Education (CBHE).

Facts come from the Erasmus+ Programme Guide 2020 (Key Action 2, CBHE) and the ICM seed
text on synergies between the two actions.
"""

from demo_site.demo_content.pages import ensure_child, publish, stream, upsert_child
from demo_site.demo_content.sources import GUIDE_2020_CBHE, PROGRAMME_GUIDE_URL, figure
from demo_site.demo_content.topics import heading, text
from icm_ebooth.models import BoothPage, TopicPage

AIM = (
    "<p>This e-Booth presents Erasmus+ Capacity Building in Higher Education: international "
    "cooperation projects that help higher education institutions in Partner Countries "
    "modernise and internationalise, together with institutions in Programme Countries.</p>"
)


def build_cbhe_booth(fair, media, contacts, icm_booth):
    booth = ensure_child(fair, BoothPage, "capacity-building-higher-education", title="CBHE")
    upsert_child(
        booth,
        TopicPage,
        "what-cbhe-supports",
        title="What CBHE supports",
        search_description="Joint and structural projects of two or three years between "
        "institutions in Programme and Partner Countries.",
        introduction="Cooperation projects that modernise higher education in Partner Countries.",
        body=stream(
            TopicPage,
            "body",
            [
                text(
                    "<p>CBHE projects are partnerships of higher education institutions from "
                    "Programme Countries and eligible Partner Countries. <b>Joint projects</b> "
                    "develop curricula, teaching methods and the management of institutions; "
                    "<b>structural projects</b> also involve national authorities to reform "
                    "higher education systems. Unlike International Credit Mobility, CBHE "
                    "is managed centrally: applications go to the European Education and "
                    "Culture Executive Agency (EACEA), not to National Agencies.</p>"
                ),
                (
                    "figures",
                    {
                        "heading": "CBHE projects in the 2020 call",
                        "figures": [
                            figure("2 or 3 years", "Project duration", GUIDE_2020_CBHE),
                            figure(
                                "EUR 500,000-1,000,000", "EU grant per project", GUIDE_2020_CBHE
                            ),
                        ],
                    },
                ),
                (
                    "cta",
                    {
                        "heading": "The rules of each call",
                        "text": "The Programme Guide of the call year sets the eligible "
                        "countries, the award criteria and the deadline.",
                        "button_label": "Read the Erasmus+ Programme Guide",
                        "page": None,
                        "url": PROGRAMME_GUIDE_URL,
                    },
                ),
            ],
        ),
    )
    upsert_child(
        booth,
        TopicPage,
        "synergies-with-icm",
        title="Synergies with International Credit Mobility",
        search_description="How a CBHE partnership can go on with staff and student "
        "mobility funded by ICM.",
        introduction="Building on a CBHE project with mobility.",
        body=stream(
            TopicPage,
            "body",
            [
                text(
                    "<p>Synergies with other key actions are usually considered an asset "
                    "when applying for EU funds. For coordinators of CBHE projects, "
                    "International Credit Mobility may be an opportunity to build on the "
                    "project with staff and student mobility; where the project cooperates "
                    "with the labour market, traineeships may be of interest.</p>"
                ),
                heading("Where to start"),
                ("related", {"heading": "In the ICM e-Booth", "pages": [icm_booth]}),
            ],
        ),
    )
    return publish(
        booth,
        title="Capacity Building in Higher Education",
        tagline="Erasmus+ cooperation projects that modernise higher education in Partner "
        "Countries",
        search_description="Erasmus+ Capacity Building in Higher Education: what it supports "
        "and how it connects with International Credit Mobility.",
        logo=media.logo_cbhe,
        aim=AIM,
        background=stream(
            BoothPage,
            "background",
            [
                text(
                    "<p>Capacity Building in Higher Education is part of Erasmus+ Key Action "
                    f"2 ({GUIDE_2020_CBHE}). Projects bring together institutions that want "
                    "to modernise curricula, governance and the links between higher "
                    "education and society.</p>"
                )
            ],
        ),
        contact=contacts["cbhe"],
    )
