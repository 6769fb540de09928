"""Where the demo's facts come from; every figure and table names one of these."""

GUIDE_2020 = "Erasmus+ Programme Guide 2020, Key Action 1, KA107"
GUIDE_2022 = "Erasmus+ Programme Guide 2022, Key Action 1, KA171"
GUIDE_2020_CBHE = (
    "Erasmus+ Programme Guide 2020, Key Action 2, Capacity Building in Higher Education"
)
PROGRAMME_GUIDE_URL = (
    "https://erasmus-plus.ec.europa.eu/programme-guide/erasmusplus-programme-guide"
)
NATIONAL_AGENCIES_URL = "https://erasmus-plus.ec.europa.eu/contacts/national-agencies"


def figure(value, label, source=GUIDE_2020, year=2020):
    return {"value": value, "label": label, "source": source, "year": year}
