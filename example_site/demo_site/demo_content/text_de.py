"""German texts of the demo, keyed by their English source text.

Read by :mod:`demo_site.demo_content.translations`; an English text with no entry here stays
in English and is reported as missing. Vocabulary follows the German Erasmus+
Programmleitfaden: Internationale Credit-Mobilität (ICM), Nationale Agentur, Programmländer,
Partnerländer, Leitaktion, interinstitutionelle Vereinbarung, Lernvereinbarung.
"""

STRINGS = {
    # Contact: CBHE information desk
    "CBHE information desk": "CBHE-Informationsstelle",
    "Example contact of this demonstration booth": "Beispielkontakt dieses Demonstrationsstands",
    "European Education and Culture Executive Agency (EACEA)": (
        "Europäische Exekutivagentur für Bildung und Kultur (EACEA)"
    ),
    # Contact: ICM information desk
    "ICM information desk": "ICM-Informationsstelle",
    # Home page: Erasmus+ e-Booths
    "Erasmus+ e-Booths": "Erasmus+ e-Booths",
    "home-en": "startseite",
    (
        "This example site shows the <b>icm_ebooth</b> package for Wagtail with the Erasmus+ "
        "International Credit Mobility e-Booth: the information stand a funding programme "
        "shows at a virtual fair."
    ): (
        "Diese Beispielseite zeigt das Paket <b>icm_ebooth</b> für Wagtail mit dem Erasmus+ "
        "e-Booth zur Internationalen Credit-Mobilität: dem Informationsstand, den ein "
        "Förderprogramm auf einer virtuellen Messe zeigt."
    ),
    # Fair: Erasmus+ virtual fair
    "Erasmus+ virtual fair": "Virtuelle Erasmus+ Messe",
    "erasmus-virtual-fair": "virtuelle-erasmus-messe",
    (
        "The Erasmus+ e-Booths: International Credit Mobility and Capacity Building in Higher"
        " Education."
    ): (
        "Die Erasmus+ e-Booths: Internationale Credit-Mobilität und Kapazitätsaufbau im "
        "Hochschulbereich."
    ),
    (
        "Welcome to the Erasmus+ virtual fair. Each e-Booth presents one part of the "
        "programme: what it offers, how to apply, examples of projects and materials to take "
        "away, with a live event to ask questions."
    ): (
        "Willkommen auf der virtuellen Erasmus+ Messe. Jeder e-Booth stellt einen Teil des "
        "Programms vor: was er bietet, wie man einen Antrag stellt, Projektbeispiele und "
        "Materialien zum Mitnehmen, dazu eine Live-Veranstaltung für Ihre Fragen."
    ),
    # Booth: International Credit Mobility
    "International Credit Mobility": "Internationale Credit-Mobilität",
    "international-credit-mobility": "internationale-credit-mobilitaet",
    (
        "Erasmus+ International Credit Mobility (KA107, KA171 from call 2022): how to apply, "
        "activities, funding, impact, project examples and materials."
    ): (
        "Erasmus+ Internationale Credit-Mobilität (KA107, ab der Antragsrunde 2022 KA171): "
        "Antragstellung, Aktivitäten, Förderung, Wirkung, Projektbeispiele und Materialien."
    ),
    "Erasmus+ student and staff mobility with partner countries around the world": (
        "Erasmus+ Mobilität von Studierenden und Personal mit Partnerländern in aller Welt"
    ),
    (
        "This e-Booth provides general information about the Erasmus+ International Credit "
        "Mobility and project examples. This Erasmus+ key action (KA107) has supported "
        "mobility of staff and students going to or coming from most parts of the world since"
        " 2015. Participants are welcome to explore the opportunities offered by this key "
        "action, which will continue to be part of the new Erasmus+ programme as of 2022."
    ): (
        "Dieser e-Booth bietet allgemeine Informationen über die Erasmus+ Internationale "
        "Credit-Mobilität sowie Projektbeispiele. Diese Erasmus+ Leitaktion (KA107) fördert "
        "seit 2015 die Mobilität von Personal und Studierenden aus den meisten Teilen der "
        "Welt und in die meisten Teile der Welt. Alle Interessierten sind eingeladen, die "
        "Möglichkeiten dieser Leitaktion zu entdecken, die ab 2022 auch Teil des neuen "
        "Erasmus+ Programms sein wird."
    ),
    (
        "International credit mobility is currently offering opportunities for staff and "
        "student mobility (including traineeships) in most regions of the world. Mobilities "
        "are funded with individual support, travel support and organisational support. The "
        "key action is highly competitive and all applications have to go through a "
        "qualitative assessment."
    ): (
        "Die Internationale Credit-Mobilität bietet derzeit Möglichkeiten für die Mobilität "
        "von Personal und Studierenden (einschließlich Praktika) in den meisten Regionen der "
        "Welt. Mobilitäten werden mit individueller Unterstützung, Reisekostenzuschüssen und "
        "organisatorischer Unterstützung gefördert. Die Leitaktion ist sehr "
        "wettbewerbsintensiv, und alle Anträge durchlaufen eine qualitative Bewertung."
    ),
    (
        "Synergies with other key actions is usually considered an asset when applying for EU"
        " funds. For project coordinators of CBHE projects, international credit mobility may"
        " represent an opportunity to build on projects to prepare for activities such as "
        "staff and student mobility."
    ): (
        "Synergien mit anderen Leitaktionen gelten bei Anträgen auf EU-Mittel in der Regel "
        "als Vorteil. Für Koordinatorinnen und Koordinatoren von CBHE-Projekten kann die "
        "Internationale Credit-Mobilität eine Gelegenheit sein, auf Projekten aufzubauen und "
        "Aktivitäten wie die Mobilität von Personal und Studierenden vorzubereiten."
    ),
    (
        "Staff for training and teaching, doctoral mobility and short- and long-term student "
        "mobility can be funded with international credit mobility. For those CBHE projects "
        "that have cooperation with the labour market, funding of traineeships may be of "
        "relevance."
    ): (
        "Mit der Internationalen Credit-Mobilität können Fort- und Weiterbildungs- sowie "
        "Lehraufenthalte des Personals, Doktorandenmobilität sowie kurz- und langfristige "
        "Mobilität von Studierenden gefördert werden. Für CBHE-Projekte, die mit dem "
        "Arbeitsmarkt zusammenarbeiten, kann auch die Förderung von Praktika von Bedeutung "
        "sein."
    ),
    (
        "To be able to benefit from the possible synergies it is important to be aware of the"
        " opportunities available within Erasmus+. For beneficiaries with cooperation "
        "interests in partner countries, International Credit Mobility represents an "
        "excellent possibility to kick-off, complement, or sustain partnerships within the "
        "field of higher education."
    ): (
        "Um mögliche Synergien nutzen zu können, ist es wichtig, die Möglichkeiten von "
        "Erasmus+ zu kennen. Für Begünstigte mit Kooperationsinteressen in Partnerländern ist"
        " die Internationale Credit-Mobilität eine hervorragende Möglichkeit, Partnerschaften"
        " im Hochschulbereich anzustoßen, zu ergänzen oder zu verstetigen."
    ),
    (
        "The priorities of simplification and inclusion in the next Erasmus+ programme also "
        "apply to international credit mobility. We aim for a simpler application procedure "
        "and management of funds, stronger focus on inclusion, and more opportunities within "
        "the key action such as traineeships for recent graduates and short-term mobility."
    ): (
        "Die Prioritäten Vereinfachung und Inklusion des nächsten Erasmus+ Programms gelten "
        "auch für die Internationale Credit-Mobilität. Wir streben ein einfacheres "
        "Antragsverfahren und eine einfachere Mittelverwaltung an, einen stärkeren Fokus auf "
        "Inklusion und mehr Möglichkeiten innerhalb der Leitaktion, etwa Praktika für "
        "Hochschulabsolventinnen und -absolventen und Kurzzeitmobilität."
    ),
    "No call in 2021, back from call 2022": (
        "Keine Antragsrunde 2021, wieder ab der Antragsrunde 2022"
    ),
    (
        "ICM will not have a call 2021, but will be included in the Erasmus+ programme as of "
        "call 2022."
    ): (
        "Für ICM gibt es 2021 keine Antragsrunde, die Aktion wird aber ab der Antragsrunde "
        "2022 Teil des Erasmus+ Programms sein."
    ),
    "Stay tuned for more details about this action to come later this year!": (
        "Bleiben Sie dran: Weitere Einzelheiten zu dieser Aktion folgen im Laufe des Jahres!"
    ),
    (
        "Please find ICM (KA107 Higher education student and staff mobility between Programme"
        ' and Partner countries) <a id="a1">project examples here</a>. The examples are '
        "illustrative: they show the kind of projects the action funds, not real records."
    ): (
        '<a id="a1">Hier finden Sie Projektbeispiele</a> für ICM (KA107, Mobilität von '
        "Studierenden und Hochschulpersonal zwischen Programm- und Partnerländern). Die "
        "Beispiele dienen der Veranschaulichung: Sie zeigen, welche Art von Projekten die "
        "Aktion fördert, und sind keine echten Datensätze."
    ),
    # Topic: How to apply
    "How to apply": "Antragstellung",
    "how-to-apply": "antragstellung",
    (
        "Who applies, the role of the National Agencies, the inter-institutional agreement "
        "and the qualitative assessment, step by step."
    ): (
        "Wer Anträge stellt, die Rolle der Nationalen Agenturen, die interinstitutionelle "
        "Vereinbarung und die qualitative Bewertung, Schritt für Schritt."
    ),
    "Who applies, to whom, and how applications are assessed.": (
        "Wer Anträge stellt, bei wem und wie die Anträge bewertet werden."
    ),
    (
        "International Credit Mobility is decentralised: higher education institutions in "
        "Programme Countries that hold an Erasmus Charter for Higher Education (ECHE) apply "
        "to their National Agency, for the mobilities they plan with partner institutions "
        "around the world. The key action is highly competitive: all applications go through "
        "a qualitative assessment."
    ): (
        "Die Internationale Credit-Mobilität ist dezentral organisiert: Hochschulen in "
        "Programmländern, die eine Erasmus-Charta für die Hochschulbildung (ECHE) besitzen, "
        "stellen ihren Antrag bei ihrer Nationalen Agentur, für die Mobilitäten, die sie mit "
        "Partnerhochschulen in aller Welt planen. Die Leitaktion ist sehr "
        "wettbewerbsintensiv: Alle Anträge durchlaufen eine qualitative Bewertung."
    ),
    (
        "Four numbered steps: agree on mobilities with a partner, apply to your National "
        "Agency, qualitative assessment, sign the inter-institutional agreement."
    ): (
        "Vier nummerierte Schritte: Mobilitäten mit einem Partner vereinbaren, Antrag bei der"
        " Nationalen Agentur stellen, qualitative Bewertung, interinstitutionelle "
        "Vereinbarung unterzeichnen."
    ),
    "The four steps in one picture.": "Die vier Schritte auf einen Blick.",
    "Infographic made for this demonstration from the Erasmus+ Programme Guide 2020": (
        "Für diese Demonstration erstellte Infografik nach dem Erasmus+ Programmleitfaden 2020"
    ),
    "Four steps to an ICM project": "In vier Schritten zum ICM-Projekt",
    "Agree on the mobilities with a partner": "Mobilitäten mit einem Partner vereinbaren",
    (
        "A higher education institution in a Programme Country and its partner in a Partner "
        "Country agree on the mobilities they want: which direction, for students or staff, "
        "in which fields, and how many."
    ): (
        "Eine Hochschule in einem Programmland und ihre Partnerhochschule in einem "
        "Partnerland vereinbaren die gewünschten Mobilitäten: in welche Richtung, für "
        "Studierende oder Personal, in welchen Fachbereichen und wie viele."
    ),
    "Apply to your National Agency": "Antrag bei der Nationalen Agentur stellen",
    (
        "The institution in the Programme Country (or a national mobility consortium) applies"
        " to the National Agency of its country, with one section per Partner Country, before"
        " the deadline of the call. For Key Action 1 the deadline was in early February of "
        'each year. <a id="a1">Find your National Agency</a>.'
    ): (
        "Die Hochschule im Programmland (oder ein nationales Mobilitätskonsortium) stellt den"
        " Antrag vor Ablauf der Antragsfrist bei der Nationalen Agentur ihres Landes, mit "
        "einem Abschnitt je Partnerland. In Leitaktion 1 endete die Frist jeweils Anfang "
        'Februar. <a id="a1">Finden Sie Ihre Nationale Agentur</a>.'
    ),
    "Qualitative assessment": "Qualitative Bewertung",
    (
        "Experts assess each Partner Country section against the award criteria; the National"
        " Agency selects the best-scored mobilities within the budget of each partner region."
    ): (
        "Sachverständige bewerten jeden Partnerland-Abschnitt anhand der Vergabekriterien; "
        "die Nationale Agentur wählt die am besten bewerteten Mobilitäten im Rahmen des "
        "Budgets jeder Partnerregion aus."
    ),
    "Inter-institutional agreement, then mobilities": (
        "Interinstitutionelle Vereinbarung, dann Mobilitäten"
    ),
    (
        "After the grant agreement with the National Agency, the partners sign an "
        "inter-institutional agreement and select participants in a fair and transparent way."
    ): (
        "Nach der Finanzhilfevereinbarung mit der Nationalen Agentur unterzeichnen die "
        "Partner eine interinstitutionelle Vereinbarung und wählen die Teilnehmenden in einem"
        " fairen und transparenten Verfahren aus."
    ),
    "The role of the National Agencies": "Die Rolle der Nationalen Agenturen",
    (
        "In each Programme Country a National Agency manages the action: it informs "
        "applicants, receives the applications, organises their assessment, signs the grant "
        "agreements and follows the projects until their final report. The National Agency "
        "also shares the budget of each partner region among the selected projects."
    ): (
        "In jedem Programmland verwaltet eine Nationale Agentur die Aktion: Sie informiert "
        "Antragstellende, nimmt die Anträge entgegen, organisiert ihre Bewertung, "
        "unterzeichnet die Finanzhilfevereinbarungen und begleitet die Projekte bis zum "
        "Abschlussbericht. Die Nationale Agentur verteilt außerdem das Budget jeder "
        "Partnerregion auf die ausgewählten Projekte."
    ),
    "The inter-institutional agreement": "Die interinstitutionelle Vereinbarung",
    (
        "Before mobilities start, the sending and receiving institutions sign an "
        "inter-institutional agreement. Institutions in Partner Countries do not hold an "
        "ECHE: by signing the agreement they commit to its principles, including the full "
        "recognition of the credits students earn abroad. Each student then has a learning "
        "agreement, and each staff member a mobility agreement."
    ): (
        "Bevor die Mobilitäten beginnen, unterzeichnen die entsendende und die aufnehmende "
        "Hochschule eine interinstitutionelle Vereinbarung. Hochschulen in Partnerländern "
        "besitzen keine ECHE: Mit der Unterzeichnung der Vereinbarung verpflichten sie sich "
        "zu deren Grundsätzen, einschließlich der vollständigen Anerkennung der "
        "Leistungspunkte, die Studierende im Ausland erwerben. Anschließend erhalten alle "
        "Studierenden eine Lernvereinbarung und alle Personalmitglieder eine "
        "Mobilitätsvereinbarung."
    ),
    "The qualitative assessment": "Die qualitative Bewertung",
    (
        "Each Partner Country section of the application is scored out of 100 points against "
        "four award criteria (Erasmus+ Programme Guide 2020, Key Action 1, KA107):"
    ): (
        "Jeder Partnerland-Abschnitt des Antrags wird anhand von vier Vergabekriterien mit "
        "bis zu 100 Punkten bewertet (Erasmus+ Programmleitfaden 2020, Leitaktion 1, KA107):"
    ),
    "relevance of the strategy (up to 30 points);": "Relevanz der Strategie (bis zu 30 Punkte);",
    "quality of the cooperation arrangements (up to 30 points);": (
        "Qualität der Kooperationsvereinbarungen (bis zu 30 Punkte);"
    ),
    "quality of the activity design and implementation (up to 20 points);": (
        "Qualität der Konzeption und Durchführung der Aktivitäten (bis zu 20 Punkte);"
    ),
    "impact and dissemination (up to 20 points).": "Wirkung und Verbreitung (bis zu 20 Punkte).",
    "International credit mobility": "Internationale Credit-Mobilität",
    "The action on three pages: activities, how to apply and the 2020 rates.": (
        "Die Aktion auf drei Seiten: Aktivitäten, Antragstellung und die Fördersätze 2020."
    ),
    "Frequently asked questions": "Häufig gestellte Fragen",
    "Can a university in a Partner Country apply itself?": (
        "Kann eine Hochschule in einem Partnerland selbst einen Antrag stellen?"
    ),
    (
        "No. The institution in the Programme Country applies on behalf of the partnership; "
        "its partners in Partner Countries take part through the application and the "
        "inter-institutional agreement."
    ): (
        "Nein. Die Hochschule im Programmland stellt den Antrag im Namen der Partnerschaft; "
        "ihre Partner in Partnerländern wirken über den Antrag und die interinstitutionelle "
        "Vereinbarung mit."
    ),
    "Is there a call in 2021?": "Gibt es 2021 eine Antragsrunde?",
    (
        "No. ICM will not have a call 2021, but will be included in the Erasmus+ programme as"
        " of call 2022, as key action KA171."
    ): (
        "Nein. Für ICM gibt es 2021 keine Antragsrunde, die Aktion wird aber ab der "
        "Antragsrunde 2022 als Leitaktion KA171 Teil des Erasmus+ Programms sein."
    ),
    "Do exchange students pay tuition fees at the host institution?": (
        "Zahlen Austauschstudierende Studiengebühren an der Gasthochschule?"
    ),
    (
        "No. Erasmus+ exchange students pay no tuition, registration or examination fees at "
        "the receiving institution; they keep paying those of their home institution."
    ): (
        "Nein. Erasmus+ Austauschstudierende zahlen an der aufnehmenden Hochschule keine "
        "Studien-, Einschreibe- oder Prüfungsgebühren; sie zahlen weiterhin die Gebühren "
        "ihrer Heimathochschule."
    ),
    "Why does the budget depend on the partner region?": (
        "Warum hängt das Budget von der Partnerregion ab?"
    ),
    (
        "ICM is funded by the EU's external action instruments. Each partner region has its "
        "own budget envelope, so the competition for funds takes place region by region."
    ): (
        "ICM wird aus den Instrumenten der EU für das auswärtige Handeln finanziert. Jede "
        "Partnerregion hat ihr eigenes Budget, daher findet der Wettbewerb um die Mittel "
        "Region für Region statt."
    ),
    "Ask your questions live": "Stellen Sie Ihre Fragen live",
    "Questions about applying?": "Fragen zur Antragstellung?",
    "The rules of each call": "Die Regeln jeder Antragsrunde",
    (
        "The Programme Guide of the call year sets the eligibility rules, award criteria and "
        "deadlines."
    ): (
        "Der Programmleitfaden des jeweiligen Jahres legt die Förderkriterien, die "
        "Vergabekriterien und die Fristen fest."
    ),
    "Read the Erasmus+ Programme Guide": "Erasmus+ Programmleitfaden lesen",
    # Topic: What kind of activities are supported
    "What kind of activities are supported": "Welche Aktivitäten gefördert werden",
    "supported-activities": "gefoerderte-aktivitaeten",
    (
        "Student studies and traineeships, doctoral mobility, staff teaching and training, "
        "and the short-term and blended mobility of the 2021-2027 programme."
    ): (
        "Studienaufenthalte und Praktika von Studierenden, Doktorandenmobilität, Lehr- und "
        "Fortbildungsaufenthalte des Personals sowie die Kurzzeitmobilität und Blended "
        "Mobility des Programms 2021-2027."
    ),
    "Studies, traineeships, doctoral mobility and staff mobility, in both directions.": (
        "Studium, Praktika, Doktorandenmobilität und Personalmobilität, in beide Richtungen."
    ),
    (
        "International Credit Mobility funds mobility in both directions: from Programme "
        "Countries to Partner Countries and from Partner Countries to Programme Countries, "
        "for students at every study cycle and for staff."
    ): (
        "Die Internationale Credit-Mobilität fördert Mobilität in beide Richtungen: von "
        "Programmländern in Partnerländer und von Partnerländern in Programmländer, für "
        "Studierende aller Studienzyklen und für Personal."
    ),
    "Students": "Studierende",
    (
        "<b>Studies</b> at a partner institution last from 3 to 12 months and may include a "
        "traineeship. <b>Traineeships</b> in an enterprise or another organisation last from "
        "2 to 12 months. A student may spend up to 12 months abroad in each study cycle, "
        "adding up all of their Erasmus+ periods."
    ): (
        "<b>Studienaufenthalte</b> an einer Partnerhochschule dauern 3 bis 12 Monate und "
        "können ein Praktikum einschließen. <b>Praktika</b> in einem Unternehmen oder einer "
        "anderen Einrichtung dauern 2 bis 12 Monate. Studierende können in jedem "
        "Studienzyklus bis zu 12 Monate im Ausland verbringen; dabei werden alle ihre "
        "Erasmus+ Aufenthalte zusammengerechnet."
    ),
    "Doctoral mobility": "Doktorandenmobilität",
    (
        "Doctoral candidates take part as students of the third cycle, for studies or for a "
        "traineeship, with the same durations as other students."
    ): (
        "Doktorandinnen und Doktoranden nehmen als Studierende des dritten Zyklus teil, für "
        "einen Studienaufenthalt oder ein Praktikum, mit derselben Dauer wie andere "
        "Studierende."
    ),
    "Staff": "Personal",
    (
        "<b>Teaching</b>: academic staff teach at a partner institution, at least 8 hours per"
        " week. <b>Training</b>: staff train at a partner institution or another relevant "
        "organisation, for example through job shadowing or training courses. A staff "
        "mobility lasts from 5 days to 2 months, excluding travel time."
    ): (
        "<b>Lehraufenthalte</b>: Lehrende unterrichten an einer Partnerhochschule, mindestens"
        " 8 Stunden pro Woche. <b>Fort- und Weiterbildung</b>: Das Personal bildet sich an "
        "einer Partnerhochschule oder einer anderen geeigneten Einrichtung fort, zum Beispiel"
        " durch Job-Shadowing oder Schulungen. Eine Personalmobilität dauert 5 Tage bis 2 "
        "Monate, ohne Reisezeit."
    ),
    "Durations in the KA107 calls": "Dauer in den KA107-Antragsrunden",
    "3-12 months": "3-12 Monate",
    "Student mobility for studies": "Studierendenmobilität zu Studienzwecken",
    "Erasmus+ Programme Guide 2020, Key Action 1, KA107": (
        "Erasmus+ Programmleitfaden 2020, Leitaktion 1, KA107"
    ),
    "2-12 months": "2-12 Monate",
    "Student traineeships": "Praktika von Studierenden",
    "5 days-2 months": "5 Tage-2 Monate",
    "Staff teaching and training, excluding travel": (
        "Lehr- und Fortbildungsaufenthalte des Personals, ohne Reisezeit"
    ),
    "8 hours": "8 Stunden",
    "Minimum teaching per week of a teaching mobility": (
        "Mindestlehrumfang pro Woche bei einem Lehraufenthalt"
    ),
    (
        "Durations: student studies 3 to 12 months, traineeships 2 to 12 months, staff "
        "teaching and training 5 days to 2 months excluding travel; organisational support "
        "EUR 350 per participant (Erasmus+ Programme Guide 2020, KA107)."
    ): (
        "Dauer: Studienaufenthalte 3 bis 12 Monate, Praktika 2 bis 12 Monate, Lehr- und "
        "Fortbildungsaufenthalte des Personals 5 Tage bis 2 Monate ohne Reisezeit; "
        "organisatorische Unterstützung 350 EUR pro Person (Erasmus+ Programmleitfaden 2020, "
        "KA107)."
    ),
    "Durations of student and staff mobility, and organisational support.": (
        "Dauer der Mobilität von Studierenden und Personal sowie organisatorische Unterstützung."
    ),
    "From 2021-2027: short-term and blended mobility": (
        "Ab 2021-2027: Kurzzeitmobilität und Blended Mobility"
    ),
    (
        "From call 2022, ICM continues as key action KA171, with more ways to take part. "
        "Besides long-term studies and traineeships, students and doctoral candidates can go "
        "abroad for short-term mobility of 5 to 30 days; for students it is blended mobility,"
        " combined with a compulsory virtual part. Recent graduates can do a traineeship "
        "within one year of graduating (Erasmus+ Programme Guide 2022, Key Action 1, KA171)."
    ): (
        "Ab der Antragsrunde 2022 wird ICM als Leitaktion KA171 fortgeführt, mit mehr "
        "Möglichkeiten zur Teilnahme. Neben langfristigen Studienaufenthalten und Praktika "
        "können Studierende sowie Doktorandinnen und Doktoranden für eine Kurzzeitmobilität "
        "von 5 bis 30 Tagen ins Ausland gehen; für Studierende ist dies Blended Mobility, "
        "kombiniert mit einem verpflichtenden virtuellen Teil. Hochschulabsolventinnen und "
        "-absolventen können innerhalb eines Jahres nach ihrem Abschluss ein Praktikum "
        "absolvieren (Erasmus+ Programmleitfaden 2022, Leitaktion 1, KA171)."
    ),
    # Topic: What are the funding opportunities
    "What are the funding opportunities": "Welche Fördermöglichkeiten es gibt",
    "funding-opportunities": "foerdermoeglichkeiten",
    (
        "Individual support, travel support by distance band and organisational support, with"
        " the rates of the 2020 Programme Guide."
    ): (
        "Individuelle Unterstützung, Reisekostenzuschüsse nach Entfernungsstufe und "
        "organisatorische Unterstützung, zu den Sätzen des Programmleitfadens 2020."
    ),
    "Individual, travel and organisational support, at the 2020 rates.": (
        "Individuelle Unterstützung, Reisekosten und organisatorische Unterstützung, zu den "
        "Sätzen von 2020."
    ),
    (
        "Mobilities are funded with three kinds of grant: <b>individual support</b> for "
        "living costs during the stay, <b>travel support</b> by distance band, and "
        "<b>organisational support</b> for the institutions. Participants with special needs "
        "may receive extra support based on real costs. The amounts below are those of the "
        "2020 Programme Guide for KA107."
    ): (
        "Mobilitäten werden mit drei Arten von Zuschüssen gefördert: <b>individuelle "
        "Unterstützung</b> für die Aufenthaltskosten, <b>Reisekostenzuschüsse</b> nach "
        "Entfernungsstufe und <b>organisatorische Unterstützung</b> für die Hochschulen. "
        "Teilnehmende mit besonderen Bedürfnissen können zusätzliche Unterstützung auf "
        "Grundlage der tatsächlichen Kosten erhalten. Die folgenden Beträge sind die des "
        "Programmleitfadens 2020 für KA107."
    ),
    "Rates change with each call": "Die Fördersätze ändern sich mit jeder Antragsrunde",
    (
        "Later calls (KA171, from call 2022) use the rates of the Programme Guide of their "
        "year. Check the guide of your call before planning a budget."
    ): (
        "Spätere Antragsrunden (KA171, ab der Antragsrunde 2022) verwenden die Sätze des "
        "Programmleitfadens ihres Jahres. Prüfen Sie den Leitfaden Ihrer Antragsrunde, bevor "
        "Sie ein Budget planen."
    ),
    "Individual support": "Individuelle Unterstützung",
    "Individual support for students, per month": (
        "Individuelle Unterstützung für Studierende, pro Monat"
    ),
    "Direction of the mobility": "Richtung der Mobilität",
    "Amount per month": "Betrag pro Monat",
    "From a Programme Country to a Partner Country": "Von einem Programmland in ein Partnerland",
    "EUR 700": "700 EUR",
    "From a Partner Country to a Programme Country": "Von einem Partnerland in ein Programmland",
    "EUR 850": "850 EUR",
    (
        "Staff going from a Programme Country to a Partner Country receive EUR 180 per day of"
        " activity (Erasmus+ Programme Guide 2020, Key Action 1, KA107)."
    ): (
        "Personal, das von einem Programmland in ein Partnerland reist, erhält 180 EUR pro "
        "Tag der Aktivität (Erasmus+ Programmleitfaden 2020, Leitaktion 1, KA107)."
    ),
    "Travel support": "Reisekosten",
    (
        "Travel support depends on the one-way distance between the sending and the receiving"
        " institution, measured with the European Commission's distance calculator; the "
        "amount contributes to the return journey."
    ): (
        "Der Reisekostenzuschuss richtet sich nach der einfachen Entfernung zwischen der "
        "entsendenden und der aufnehmenden Hochschule, gemessen mit dem Entfernungsrechner "
        "der Europäischen Kommission; der Betrag ist ein Zuschuss zur Hin- und Rückreise."
    ),
    "Travel support per participant, by distance band": (
        "Reisekostenzuschuss pro Person, nach Entfernungsstufe"
    ),
    "One-way travel distance": "Einfache Reiseentfernung",
    "Amount per participant": "Betrag pro Person",
    "Between 10 and 99 km": "Zwischen 10 und 99 km",
    "EUR 20": "20 EUR",
    "Between 100 and 499 km": "Zwischen 100 und 499 km",
    "EUR 180": "180 EUR",
    "Between 500 and 1999 km": "Zwischen 500 und 1999 km",
    "EUR 275": "275 EUR",
    "Between 2000 and 2999 km": "Zwischen 2000 und 2999 km",
    "EUR 360": "360 EUR",
    "Between 3000 and 3999 km": "Zwischen 3000 und 3999 km",
    "EUR 530": "530 EUR",
    "Between 4000 and 7999 km": "Zwischen 4000 und 7999 km",
    "EUR 820": "820 EUR",
    "8000 km or more": "8000 km oder mehr",
    "EUR 1500": "1500 EUR",
    "Organisational support": "Organisatorische Unterstützung",
    (
        "The institutions receive organisational support for each participant, to prepare, "
        "host and follow up the mobilities: selection, language preparation, recognition of "
        "credits and the welcome of incoming participants."
    ): (
        "Die Hochschulen erhalten für jede teilnehmende Person organisatorische "
        "Unterstützung, um die Mobilitäten vorzubereiten, durchzuführen und nachzubereiten: "
        "Auswahl, sprachliche Vorbereitung, Anerkennung von Leistungspunkten und Betreuung "
        "der ankommenden Teilnehmenden."
    ),
    "The 2020 rates in four figures": "Die Sätze von 2020 in vier Zahlen",
    "EUR 350": "350 EUR",
    "Organisational support per participant": "Organisatorische Unterstützung pro Person",
    "A month for students coming to a Programme Country": (
        "Pro Monat für Studierende, die in ein Programmland kommen"
    ),
    "A month for students going to a Partner Country": (
        "Pro Monat für Studierende, die in ein Partnerland gehen"
    ),
    "Travel support for 8000 km or more": "Reisekostenzuschuss für 8000 km oder mehr",
    "Funding at a glance": "Förderung auf einen Blick",
    (
        "Bar chart of travel support per participant: EUR 20 for 10 to 99 km up to EUR 1500 "
        "for 8000 km or more (Erasmus+ Programme Guide 2020, KA107)."
    ): (
        "Balkendiagramm des Reisekostenzuschusses pro Person: von 20 EUR für 10 bis 99 km bis"
        " 1500 EUR für 8000 km oder mehr (Erasmus+ Programmleitfaden 2020, KA107)."
    ),
    "Travel support by distance band (2020)": "Reisekostenzuschuss nach Entfernungsstufe (2020)",
    "International Credit Mobility at a glance": "Internationale Credit-Mobilität auf einen Blick",
    "See what others did with the grant": "Was andere mit der Förderung gemacht haben",
    "Illustrative projects show how institutions combine student and staff mobility.": (
        "Beispielprojekte zeigen, wie Hochschulen Studierenden- und Personalmobilität verbinden."
    ),
    "Browse the project examples": "Projektbeispiele ansehen",
    # Topic: Expectations of impact
    "Expectations of impact": "Erwartete Wirkung",
    "expected-impact": "erwartete-wirkung",
    (
        "What mobility should change for participants, for institutions in Europe and in "
        "partner countries, and how ICM builds on other actions."
    ): (
        "Was Mobilität für Teilnehmende und für Hochschulen in Europa und in Partnerländern "
        "verändern soll und wie ICM auf anderen Aktionen aufbaut."
    ),
    "What mobility should change for participants and institutions.": (
        "Was Mobilität für Teilnehmende und Hochschulen verändern soll."
    ),
    (
        "Like all Erasmus+ mobility, International Credit Mobility is expected to make a "
        "difference for the people who go abroad, for the institutions that send and host "
        "them, and for the cooperation between Europe and the rest of the world (Erasmus+ "
        "Programme Guide 2020, Key Action 1, expected impact)."
    ): (
        "Wie jede Erasmus+ Mobilität soll auch die Internationale Credit-Mobilität etwas "
        "bewirken: für die Menschen, die ins Ausland gehen, für die Hochschulen, die sie "
        "entsenden und aufnehmen, und für die Zusammenarbeit zwischen Europa und der übrigen "
        "Welt (Erasmus+ Programmleitfaden 2020, Leitaktion 1, erwartete Wirkung)."
    ),
    "For participants": "Für Teilnehmende",
    (
        "Knowledge and skills that count for their studies and their career, with full "
        "recognition of the credits earned abroad."
    ): (
        "Kenntnisse und Kompetenzen, die für Studium und Beruf zählen, mit voller Anerkennung"
        " der im Ausland erworbenen Leistungspunkte."
    ),
    "Better language skills and intercultural awareness.": (
        "Bessere Sprachkenntnisse und interkulturelles Bewusstsein."
    ),
    "For staff: new teaching methods, and contacts to build joint courses and research.": (
        "Für das Personal: neue Lehrmethoden und Kontakte für gemeinsame Lehrveranstaltungen "
        "und Forschung."
    ),
    "For institutions": "Für Hochschulen",
    "Partnerships with institutions outside Europe that last beyond one project.": (
        "Partnerschaften mit Hochschulen außerhalb Europas, die über ein Projekt hinaus bestehen."
    ),
    (
        "Stronger international offices and recognition practices, in Europe and in partner "
        "countries."
    ): (
        "Stärkere International Offices und Anerkennungsverfahren, in Europa und in "
        "Partnerländern."
    ),
    "A more international campus for the students who do not go abroad.": (
        "Ein internationalerer Campus für die Studierenden, die nicht ins Ausland gehen."
    ),
    "Building on other actions": "Auf anderen Aktionen aufbauen",
    (
        "Synergies with other key actions are usually considered an asset. For coordinators "
        "of Capacity Building in Higher Education (CBHE) projects, International Credit "
        "Mobility can bring the staff and student mobility that sustains a partnership after "
        "the project."
    ): (
        "Synergien mit anderen Leitaktionen gelten in der Regel als Vorteil. Für "
        "Koordinatorinnen und Koordinatoren von Projekten zum Kapazitätsaufbau im "
        "Hochschulbereich (CBHE) kann die Internationale Credit-Mobilität die Mobilität von "
        "Personal und Studierenden bringen, die eine Partnerschaft über das Projekt hinaus "
        "trägt."
    ),
    (
        "The semester abroad changed how I work in a team, and our two universities now plan "
        "a joint summer school."
    ): (
        "Das Auslandssemester hat verändert, wie ich im Team arbeite, und unsere beiden "
        "Universitäten planen jetzt eine gemeinsame Sommerschule."
    ),
    "Illustrative testimonial": "Beispielhafter Erfahrungsbericht",
    "Written for this demonstration; not a real participant": (
        "Für diese Demonstration verfasst; keine echte teilnehmende Person"
    ),
    "International student testimonial": "Erfahrungsbericht eines internationalen Studenten",
    (
        "Illustrative testimonial written for this demonstration; the speaker is not a real "
        "participant."
    ): (
        "Beispielhafter Erfahrungsbericht, für diese Demonstration verfasst; die sprechende "
        "Person hat nicht wirklich teilgenommen."
    ),
    (
        "Hello, I am a master's student in agronomy. I spent one semester at a partner "
        "university in Europe with International Credit Mobility."
    ): (
        "Hallo, ich studiere Agrarwissenschaften im Master. Mit der Internationalen "
        "Credit-Mobilität habe ich ein Semester an einer Partneruniversität in Europa "
        "verbracht."
    ),
    (
        "Before leaving, my home university and the host university agreed on my courses in a"
        " learning agreement, so I knew that every credit I earned would count at home."
    ): (
        "Vor der Abreise haben meine Heimatuniversität und die Gastuniversität meine Kurse in"
        " einer Lernvereinbarung festgelegt, sodass ich wusste, dass jeder erworbene "
        "Leistungspunkt zu Hause zählen würde."
    ),
    (
        "The grant paid for my return flight and a monthly amount for living costs. I did not"
        " pay tuition fees at the host university."
    ): (
        "Das Stipendium hat meinen Hin- und Rückflug und einen monatlichen Betrag für die "
        "Lebenshaltungskosten bezahlt. Studiengebühren an der Gastuniversität musste ich "
        "nicht zahlen."
    ),
    (
        "What I learnt most was to work in international teams. Back home, I shared the "
        "laboratory methods I used abroad with my classmates, and our two universities now "
        "plan a joint summer school."
    ): (
        "Am meisten habe ich gelernt, in internationalen Teams zu arbeiten. Zurück zu Hause "
        "habe ich die Labormethoden, die ich im Ausland angewendet habe, mit meinen "
        "Kommilitoninnen und Kommilitonen geteilt, und unsere beiden Universitäten planen "
        "jetzt eine gemeinsame Sommerschule."
    ),
    (
        "If you are thinking about applying: ask the international office of your university "
        "which partners they have. It is worth it."
    ): (
        "Wenn Sie über eine Bewerbung nachdenken: Fragen Sie das International Office Ihrer "
        "Universität, welche Partner es gibt. Es lohnt sich."
    ),
    "Explore further": "Mehr entdecken",
    # Project examples index: Project examples
    "Project examples": "Projektbeispiele",
    "project-examples": "projektbeispiele",
    (
        "Illustrative KA107 and KA171 projects across partner regions, mobility types and "
        "call years."
    ): (
        "Beispielhafte KA107- und KA171-Projekte aus verschiedenen Partnerregionen, "
        "Mobilitätsarten und Antragsjahren."
    ),
    (
        "Illustrative examples of International Credit Mobility projects (KA107 calls "
        "2015-2020, KA171 from call 2022) across partner regions and mobility types. The "
        "institutions and identifiers are made up for this demonstration."
    ): (
        "Beispielhafte Projekte der Internationalen Credit-Mobilität (KA107-Antragsrunden "
        "2015-2020, KA171 ab der Antragsrunde 2022) aus verschiedenen Partnerregionen und "
        "Mobilitätsarten. Die Einrichtungen und Kennungen sind für diese Demonstration "
        "erfunden."
    ),
    # Project example: Agronomy exchanges with the Western Balkans
    "Agronomy exchanges with the Western Balkans": (
        "Agrarwissenschaftlicher Austausch mit dem Westbalkan"
    ),
    "agronomy-western-balkans": "agrar-westbalkan",
    (
        "Agronomy students from two partner universities spent a semester in Germany, and "
        "German lecturers taught soil science modules at the partners."
    ): (
        "Studierende der Agrarwissenschaften von zwei Partneruniversitäten verbrachten ein "
        "Semester in Deutschland, und deutsche Lehrende unterrichteten Module zur Bodenkunde "
        "bei den Partnern."
    ),
    "Higher education student and staff mobility": (
        "Mobilität von Studierenden und Personal im Hochschulbereich"
    ),
    "Higher education institution (tertiary level)": "Hochschuleinrichtung (tertiärer Bereich)",
    (
        "The partners adapted two modules to the European Credit Transfer System, so that "
        "credits earned on exchange are recognised in full."
    ): (
        "Die Partner haben zwei Module an das Europäische System zur Übertragung und "
        "Akkumulierung von Studienleistungen (ECTS) angepasst, sodass im Austausch erworbene "
        "Leistungspunkte vollständig anerkannt werden."
    ),
    (
        "Partner region: Western Balkans (Albania, Bosnia and Herzegovina). This is an "
        "illustrative example made for this demonstration: the institutions and the "
        "identifier are not real."
    ): (
        "Partnerregion: Westbalkan (Albanien, Bosnien und Herzegowina). Dies ist ein für "
        "diese Demonstration erstelltes Beispiel: Die Einrichtungen und die Kennung sind "
        "nicht echt."
    ),
    "Questions about ICM?": "Fragen zu ICM?",
    # Project example: Engineering mobility with the Eastern Partnership
    "Engineering mobility with the Eastern Partnership": (
        "Ingenieurmobilität mit der Östlichen Partnerschaft"
    ),
    "engineering-eastern-partnership": "ingenieurwesen-oestliche-partnerschaft",
    (
        "Civil engineering students came to Poland for one semester; international office "
        "staff of the partners trained in credit recognition."
    ): (
        "Studierende des Bauingenieurwesens kamen für ein Semester nach Polen; Mitarbeitende "
        "der International Offices der Partner bildeten sich in der Anerkennung von "
        "Leistungspunkten fort."
    ),
    "Each partner university now runs its own learning-agreement procedure.": (
        "Jede Partneruniversität hat jetzt ein eigenes Verfahren für Lernvereinbarungen."
    ),
    (
        "Partner region: Eastern Partnership (Georgia, Ukraine, Armenia). This is an "
        "illustrative example made for this demonstration: the institutions and the "
        "identifier are not real."
    ): (
        "Partnerregion: Östliche Partnerschaft (Georgien, Ukraine, Armenien). Dies ist ein "
        "für diese Demonstration erstelltes Beispiel: Die Einrichtungen und die Kennung sind "
        "nicht echt."
    ),
    # Project example: Sustainable tourism with the South Mediterranean
    "Sustainable tourism with the South Mediterranean": (
        "Nachhaltiger Tourismus mit dem südlichen Mittelmeerraum"
    ),
    "tourism-south-mediterranean": "tourismus-suedlicher-mittelmeerraum",
    (
        "Tourism students studied in France and did traineeships with regional tourist "
        "boards; lecturers from both sides co-taught a module on sustainable tourism."
    ): (
        "Tourismusstudierende studierten in Frankreich und absolvierten Praktika bei "
        "regionalen Tourismusverbänden; Lehrende beider Seiten unterrichteten gemeinsam ein "
        "Modul zu nachhaltigem Tourismus."
    ),
    "The co-taught module became a permanent elective at the three institutions.": (
        "Das gemeinsam unterrichtete Modul wurde an allen drei Einrichtungen zu einem festen "
        "Wahlfach."
    ),
    (
        "Partner region: South Mediterranean (Morocco, Tunisia). This is an illustrative "
        "example made for this demonstration: the institutions and the identifier are not "
        "real."
    ): (
        "Partnerregion: Südlicher Mittelmeerraum (Marokko, Tunesien). Dies ist ein für diese "
        "Demonstration erstelltes Beispiel: Die Einrichtungen und die Kennung sind nicht "
        "echt."
    ),
    # Project example: Forestry research stays with Russia
    "Forestry research stays with Russia": (
        "Forschungsaufenthalte in der Forstwissenschaft mit Russland"
    ),
    "forestry-russia": "forstwissenschaft-russland",
    (
        "Doctoral candidates in forestry spent research stays in Finland, and Finnish "
        "lecturers taught short courses at the partner."
    ): (
        "Doktorandinnen und Doktoranden der Forstwissenschaft verbrachten "
        "Forschungsaufenthalte in Finnland, und finnische Lehrende hielten Kurzkurse beim "
        "Partner."
    ),
    "Two joint conference papers came out of the research stays.": (
        "Aus den Forschungsaufenthalten entstanden zwei gemeinsame Konferenzbeiträge."
    ),
    (
        "Partner region: Russian Federation (Russia). This is an illustrative example made "
        "for this demonstration: the institutions and the identifier are not real."
    ): (
        "Partnerregion: Russische Föderation (Russland). Dies ist ein für diese Demonstration"
        " erstelltes Beispiel: Die Einrichtungen und die Kennung sind nicht echt."
    ),
    # Project example: Water management with South-East Asia
    "Water management with South-East Asia": "Wassermanagement mit Südostasien",
    "water-management-asia": "wassermanagement-asien",
    (
        "Students of water management studied in the Netherlands; Dutch students did "
        "traineeships with water authorities in the partner countries."
    ): (
        "Studierende des Wassermanagements studierten in den Niederlanden; niederländische "
        "Studierende absolvierten Praktika bei Wasserbehörden in den Partnerländern."
    ),
    "The traineeship hosts now offer places every year.": (
        "Die Praktikumsstellen bieten jetzt jedes Jahr Plätze an."
    ),
    (
        "Partner region: Asia (Vietnam, Indonesia). This is an illustrative example made for "
        "this demonstration: the institutions and the identifier are not real."
    ): (
        "Partnerregion: Asien (Vietnam, Indonesien). Dies ist ein für diese Demonstration "
        "erstelltes Beispiel: Die Einrichtungen und die Kennung sind nicht echt."
    ),
    # Project example: Doctoral mobility with Central Asia
    "Doctoral mobility with Central Asia": "Doktorandenmobilität mit Zentralasien",
    "doctoral-central-asia": "doktorandenmobilitaet-zentralasien",
    (
        "Doctoral candidates in renewable energy spent five months in Spain; research "
        "administrators of the partners trained in managing international projects."
    ): (
        "Doktorandinnen und Doktoranden im Bereich erneuerbare Energien verbrachten fünf "
        "Monate in Spanien; Forschungsmanagerinnen und -manager der Partner bildeten sich im "
        "Management internationaler Projekte fort."
    ),
    "The partners drafted a joint supervision agreement for doctoral theses.": (
        "Die Partner haben eine gemeinsame Betreuungsvereinbarung für Doktorarbeiten entworfen."
    ),
    (
        "Partner region: Central Asia (Kazakhstan, Uzbekistan). This is an illustrative "
        "example made for this demonstration: the institutions and the identifier are not "
        "real."
    ): (
        "Partnerregion: Zentralasien (Kasachstan, Usbekistan). Dies ist ein für diese "
        "Demonstration erstelltes Beispiel: Die Einrichtungen und die Kennung sind nicht "
        "echt."
    ),
    # Project example: Public health with Latin America
    "Public health with Latin America": "Öffentliche Gesundheit mit Lateinamerika",
    "public-health-latin-america": "oeffentliche-gesundheit-lateinamerika",
    (
        "Public health students studied for a semester in Portugal and Portuguese lecturers "
        "taught epidemiology at the partners."
    ): (
        "Studierende der öffentlichen Gesundheit verbrachten ein Studiensemester in Portugal,"
        " und portugiesische Lehrende unterrichteten Epidemiologie bei den Partnern."
    ),
    "Lectures were recorded and shared as open course materials.": (
        "Die Vorlesungen wurden aufgezeichnet und als offene Lehrmaterialien geteilt."
    ),
    (
        "Partner region: Latin America (Brazil, Colombia). This is an illustrative example "
        "made for this demonstration: the institutions and the identifier are not real."
    ): (
        "Partnerregion: Lateinamerika (Brasilien, Kolumbien). Dies ist ein für diese "
        "Demonstration erstelltes Beispiel: Die Einrichtungen und die Kennung sind nicht "
        "echt."
    ),
    # Project example: Design and architecture with Latin America
    "Design and architecture with Latin America": "Design und Architektur mit Lateinamerika",
    "design-latin-america": "design-lateinamerika",
    (
        "Architecture students from both sides spent a semester abroad; some combined it with"
        " a traineeship in an architecture office."
    ): (
        "Architekturstudierende beider Seiten verbrachten ein Semester im Ausland; einige "
        "verbanden es mit einem Praktikum in einem Architekturbüro."
    ),
    "A joint design studio now runs every spring.": (
        "Ein gemeinsames Entwurfsstudio findet jetzt jedes Frühjahr statt."
    ),
    (
        "Partner region: Latin America (Peru, Mexico). This is an illustrative example made "
        "for this demonstration: the institutions and the identifier are not real."
    ): (
        "Partnerregion: Lateinamerika (Peru, Mexiko). Dies ist ein für diese Demonstration "
        "erstelltes Beispiel: Die Einrichtungen und die Kennung sind nicht echt."
    ),
    # Project example: Agricultural traineeships with East and West Africa
    "Agricultural traineeships with East and West Africa": (
        "Landwirtschaftliche Praktika mit Ost- und Westafrika"
    ),
    "agriculture-africa": "landwirtschaft-afrika",
    (
        "Belgian students did traineeships with farming cooperatives; staff of the partners "
        "taught and trained in Belgium."
    ): (
        "Belgische Studierende absolvierten Praktika bei landwirtschaftlichen "
        "Genossenschaften; Personal der Partner lehrte und bildete sich in Belgien fort."
    ),
    "The cooperatives and the university college now co-supervise bachelor theses.": (
        "Die Genossenschaften und die Hochschule betreuen jetzt gemeinsam Bachelorarbeiten."
    ),
    (
        "Partner region: Africa, Caribbean and Pacific (Kenya, Ghana). This is an "
        "illustrative example made for this demonstration: the institutions and the "
        "identifier are not real."
    ): (
        "Partnerregion: Afrika, Karibik und Pazifik (Kenia, Ghana). Dies ist ein für diese "
        "Demonstration erstelltes Beispiel: Die Einrichtungen und die Kennung sind nicht "
        "echt."
    ),
    # Project example: Teacher education with South Africa
    "Teacher education with South Africa": "Lehrkräftebildung mit Südafrika",
    "teacher-education-south-africa": "lehrkraeftebildung-suedafrika",
    "Teacher educators from both institutions taught and observed classes at the partner.": (
        "Lehrkräftebildnerinnen und -bildner beider Einrichtungen unterrichteten und "
        "hospitierten beim Partner."
    ),
    "Both institutions added a module on multilingual classrooms.": (
        "Beide Einrichtungen haben ein Modul zu mehrsprachigen Klassenzimmern eingeführt."
    ),
    (
        "Partner region: South Africa (South Africa). This is an illustrative example made "
        "for this demonstration: the institutions and the identifier are not real."
    ): (
        "Partnerregion: Südafrika (Südafrika). Dies ist ein für diese Demonstration "
        "erstelltes Beispiel: Die Einrichtungen und die Kennung sind nicht echt."
    ),
    # Project example: Blended and doctoral mobility with Africa
    "Blended and doctoral mobility with Africa": (
        "Blended Mobility und Doktorandenmobilität mit Afrika"
    ),
    "blended-mobility-africa": "blended-mobility-afrika",
    (
        "Students joined a blended course on climate adaptation with one week on site in "
        "Sweden; doctoral candidates spent short research stays."
    ): (
        "Studierende nahmen an einem Blended-Kurs zur Anpassung an den Klimawandel mit einer "
        "Präsenzwoche in Schweden teil; Doktorandinnen und Doktoranden absolvierten kurze "
        "Forschungsaufenthalte."
    ),
    "The blended course is open to students of all three universities.": (
        "Der Blended-Kurs steht Studierenden aller drei Universitäten offen."
    ),
    (
        "Partner region: Sub-Saharan Africa (Ethiopia, Rwanda). This is an illustrative "
        "example made for this demonstration: the institutions and the identifier are not "
        "real."
    ): (
        "Partnerregion: Subsahara-Afrika (Äthiopien, Ruanda). Dies ist ein für diese "
        "Demonstration erstelltes Beispiel: Die Einrichtungen und die Kennung sind nicht "
        "echt."
    ),
    # Project example: Digital skills with South Asia
    "Digital skills with South Asia": "Digitale Kompetenzen mit Südasien",
    "digital-skills-asia": "digitale-kompetenzen-asien",
    (
        "Short-term mobility for computing students and staff exchanges to build a shared "
        "course on data skills."
    ): (
        "Kurzzeitmobilität für Informatikstudierende und Personalaustausch zum Aufbau eines "
        "gemeinsamen Kurses zu Datenkompetenzen."
    ),
    "The first cohort is travelling; results will follow.": (
        "Der erste Jahrgang ist unterwegs; Ergebnisse folgen."
    ),
    (
        "Partner region: Asia (India, Nepal). This is an illustrative example made for this "
        "demonstration: the institutions and the identifier are not real."
    ): (
        "Partnerregion: Asien (Indien, Nepal). Dies ist ein für diese Demonstration "
        "erstelltes Beispiel: Die Einrichtungen und die Kennung sind nicht echt."
    ),
    # Resource library: Visual materials
    "Visual materials": "Visuelle Materialien",
    "visual-materials": "visuelle-materialien",
    (
        "The ICM leaflet, the slides of the live event, the international student "
        "testimonial, infographics and the Programme Guide."
    ): (
        "Das ICM-Faltblatt, die Folien der Live-Veranstaltung, der Erfahrungsbericht eines "
        "internationalen Studenten, Infografiken und der Programmleitfaden."
    ),
    (
        "The leaflet, the slides of the live event, the international student testimonial, "
        "infographics and the Programme Guide."
    ): (
        "Das Faltblatt, die Folien der Live-Veranstaltung, der Erfahrungsbericht eines "
        "internationalen Studenten, Infografiken und der Programmleitfaden."
    ),
    "The action on three pages: activities, how to apply, the 2020 rates and what comes next.": (
        "Die Aktion auf drei Seiten: Aktivitäten, Antragstellung, die Fördersätze 2020 und "
        "wie es weitergeht."
    ),
    "Slides of the live event of 27 January 2021": (
        "Folien der Live-Veranstaltung vom 27. Januar 2021"
    ),
    "The PPT presented during the live event.": (
        "Die während der Live-Veranstaltung gezeigte PowerPoint-Präsentation."
    ),
    (
        "Illustrative testimonial: the transcript was written for this demonstration and the "
        "link leads to a placeholder video, not to a real participant."
    ): (
        "Beispielhafter Erfahrungsbericht: Das Transkript wurde für diese Demonstration "
        "verfasst, und der Link führt zu einem Platzhaltervideo, nicht zu einer echten "
        "teilnehmenden Person."
    ),
    "An infographic made for this demonstration from the Erasmus+ Programme Guide 2020 (KA107).": (
        "Eine für diese Demonstration erstellte Infografik nach dem Erasmus+ "
        "Programmleitfaden 2020 (KA107)."
    ),
    "How to apply in four steps": "Antragstellung in vier Schritten",
    "Erasmus+ Programme Guide": "Erasmus+ Programmleitfaden",
    (
        "The European Commission's page with the Programme Guide of each call: eligibility, "
        "award criteria, deadlines and funding rules."
    ): (
        "Die Seite der Europäischen Kommission mit dem Programmleitfaden jeder Antragsrunde: "
        "Förderfähigkeit, Vergabekriterien, Fristen und Finanzierungsregeln."
    ),
    # Event index: Events
    "Events": "Veranstaltungen",
    "events": "veranstaltungen",
    "The live event and upcoming information sessions.": (
        "Die Live-Veranstaltung und kommende Informationsveranstaltungen."
    ),
    (
        "Live events of the International Credit Mobility e-Booth, with their times in "
        "Brussels time."
    ): (
        "Live-Veranstaltungen des e-Booths Internationale Credit-Mobilität, mit Uhrzeiten in "
        "Brüsseler Zeit."
    ),
    # Event: International Credit Mobility: live event
    "International Credit Mobility: live event": (
        "Internationale Credit-Mobilität: Live-Veranstaltung"
    ),
    "live-event-27-january-2021": "live-veranstaltung-27-januar-2021",
    (
        "Join us in the e-Booth's live event: International Credit Mobility today, the end of"
        " the KA107 calls and what to expect from call 2022."
    ): (
        "Seien Sie bei der Live-Veranstaltung des e-Booths dabei: die Internationale "
        "Credit-Mobilität heute, das Ende der KA107-Antragsrunden und was von der "
        "Antragsrunde 2022 zu erwarten ist."
    ),
    (
        "You can find here the PPT presented during the live event. If you need more "
        "information, please contact the ICM information desk."
    ): (
        "Hier finden Sie die während der Live-Veranstaltung gezeigte PowerPoint-Präsentation."
        " Wenn Sie weitere Informationen benötigen, wenden Sie sich bitte an die "
        "ICM-Informationsstelle."
    ),
    # Event: Information session: International Credit Mobility under KA171
    "Information session: International Credit Mobility under KA171": (
        "Informationsveranstaltung: Internationale Credit-Mobilität unter KA171"
    ),
    "information-session": "informationsveranstaltung",
    (
        "An example upcoming session of this demonstration: how ICM works from call 2022 "
        "(KA171), followed by questions and answers."
    ): (
        "Eine beispielhafte kommende Veranstaltung dieser Demonstration: wie ICM ab der "
        "Antragsrunde 2022 (KA171) funktioniert, mit anschließender Fragerunde."
    ),
    "Welcome and introduction": "Begrüßung und Einführung",
    "International Credit Mobility under KA171": "Internationale Credit-Mobilität unter KA171",
    "Questions and answers": "Fragen und Antworten",
    # Booth: Capacity Building in Higher Education
    "Capacity Building in Higher Education": "Kapazitätsaufbau im Hochschulbereich",
    "capacity-building-higher-education": "kapazitaetsaufbau-hochschulbereich",
    (
        "Erasmus+ Capacity Building in Higher Education: what it supports and how it connects"
        " with International Credit Mobility."
    ): (
        "Erasmus+ Kapazitätsaufbau im Hochschulbereich: was gefördert wird und wie es mit der"
        " Internationalen Credit-Mobilität zusammenhängt."
    ),
    "Erasmus+ cooperation projects that modernise higher education in Partner Countries": (
        "Erasmus+ Kooperationsprojekte, die die Hochschulbildung in Partnerländern modernisieren"
    ),
    (
        "This e-Booth presents Erasmus+ Capacity Building in Higher Education: international "
        "cooperation projects that help higher education institutions in Partner Countries "
        "modernise and internationalise, together with institutions in Programme Countries."
    ): (
        "Dieser e-Booth stellt den Erasmus+ Kapazitätsaufbau im Hochschulbereich vor: "
        "internationale Kooperationsprojekte, die Hochschulen in Partnerländern gemeinsam mit"
        " Hochschulen in Programmländern bei Modernisierung und Internationalisierung "
        "unterstützen."
    ),
    (
        "Capacity Building in Higher Education is part of Erasmus+ Key Action 2 (Erasmus+ "
        "Programme Guide 2020, Key Action 2, Capacity Building in Higher Education). Projects"
        " bring together institutions that want to modernise curricula, governance and the "
        "links between higher education and society."
    ): (
        "Der Kapazitätsaufbau im Hochschulbereich ist Teil der Erasmus+ Leitaktion 2 "
        "(Erasmus+ Programmleitfaden 2020, Leitaktion 2, Kapazitätsaufbau im "
        "Hochschulbereich). Die Projekte bringen Hochschulen zusammen, die Curricula, "
        "Governance und die Verbindungen zwischen Hochschulbildung und Gesellschaft "
        "modernisieren wollen."
    ),
    # Topic: What CBHE supports
    "What CBHE supports": "Was CBHE fördert",
    "what-cbhe-supports": "was-cbhe-foerdert",
    (
        "Joint and structural projects of two or three years between institutions in "
        "Programme and Partner Countries."
    ): (
        "Gemeinsame und strukturelle Projekte von zwei oder drei Jahren zwischen Hochschulen "
        "in Programm- und Partnerländern."
    ),
    "Cooperation projects that modernise higher education in Partner Countries.": (
        "Kooperationsprojekte, die die Hochschulbildung in Partnerländern modernisieren."
    ),
    (
        "CBHE projects are partnerships of higher education institutions from Programme "
        "Countries and eligible Partner Countries. <b>Joint projects</b> develop curricula, "
        "teaching methods and the management of institutions; <b>structural projects</b> also"
        " involve national authorities to reform higher education systems. Unlike "
        "International Credit Mobility, CBHE is managed centrally: applications go to the "
        "European Education and Culture Executive Agency (EACEA), not to National Agencies."
    ): (
        "CBHE-Projekte sind Partnerschaften von Hochschulen aus Programmländern und "
        "förderfähigen Partnerländern. <b>Gemeinsame Projekte</b> entwickeln Curricula, "
        "Lehrmethoden und das Hochschulmanagement weiter; <b>strukturelle Projekte</b> "
        "beziehen zusätzlich nationale Behörden ein, um Hochschulsysteme zu reformieren. "
        "Anders als die Internationale Credit-Mobilität wird CBHE zentral verwaltet: Anträge "
        "gehen an die Europäische Exekutivagentur für Bildung und Kultur (EACEA), nicht an "
        "die Nationalen Agenturen."
    ),
    "CBHE projects in the 2020 call": "CBHE-Projekte der Antragsrunde 2020",
    "2 or 3 years": "2 oder 3 Jahre",
    "Project duration": "Projektdauer",
    "Erasmus+ Programme Guide 2020, Key Action 2, Capacity Building in Higher Education": (
        "Erasmus+ Programmleitfaden 2020, Leitaktion 2, Kapazitätsaufbau im Hochschulbereich"
    ),
    "EUR 500,000-1,000,000": "500.000-1.000.000 EUR",
    "EU grant per project": "EU-Zuschuss pro Projekt",
    (
        "The Programme Guide of the call year sets the eligible countries, the award criteria"
        " and the deadline."
    ): (
        "Der Programmleitfaden des jeweiligen Jahres legt die förderfähigen Länder, die "
        "Vergabekriterien und die Frist fest."
    ),
    # Topic: Synergies with International Credit Mobility
    "Synergies with International Credit Mobility": (
        "Synergien mit der Internationalen Credit-Mobilität"
    ),
    "synergies-with-icm": "synergien-mit-icm",
    "How a CBHE partnership can go on with staff and student mobility funded by ICM.": (
        "Wie eine CBHE-Partnerschaft mit einer von ICM geförderten Mobilität von Personal und"
        " Studierenden weitergehen kann."
    ),
    "Building on a CBHE project with mobility.": "Auf einem CBHE-Projekt mit Mobilität aufbauen.",
    (
        "Synergies with other key actions are usually considered an asset when applying for "
        "EU funds. For coordinators of CBHE projects, International Credit Mobility may be an"
        " opportunity to build on the project with staff and student mobility; where the "
        "project cooperates with the labour market, traineeships may be of interest."
    ): (
        "Synergien mit anderen Leitaktionen gelten bei Anträgen auf EU-Mittel in der Regel "
        "als Vorteil. Für Koordinatorinnen und Koordinatoren von CBHE-Projekten kann die "
        "Internationale Credit-Mobilität eine Gelegenheit sein, mit der Mobilität von "
        "Personal und Studierenden auf dem Projekt aufzubauen; wenn das Projekt mit dem "
        "Arbeitsmarkt zusammenarbeitet, können Praktika interessant sein."
    ),
    "Where to start": "Wo anfangen",
    "In the ICM e-Booth": "Im ICM-e-Booth",
    # Standard page: Accessibility statement
    "Accessibility statement": "Erklärung zur Barrierefreiheit",
    "accessibility": "barrierefreiheit",
    (
        "How accessible the example site is, how it was checked, and how to tell us about a "
        "barrier."
    ): (
        "Wie barrierefrei die Beispielseite ist, wie sie geprüft wurde und wie Sie uns eine "
        "Barriere melden."
    ),
    (
        "This statement applies to the example site of the icm_ebooth package for Wagtail, in "
        "English, French and German. It follows the model of the EU Web Accessibility "
        "Directive (EU) 2016/2102 for public-sector websites."
    ): (
        "Diese Erklärung gilt für die Beispielseite des Pakets icm_ebooth für Wagtail auf "
        "Englisch, Französisch und Deutsch. Sie folgt dem Muster der Richtlinie (EU) "
        "2016/2102 über den barrierefreien Zugang zu den Websites öffentlicher Stellen."
    ),
    "Conformance status": "Stand der Vereinbarkeit",
    (
        "The site aims to conform with the Web Content Accessibility Guidelines (WCAG) 2.2 at "
        "level AA, which covers the requirements for web content of the harmonised European "
        "standard EN 301 549. The site is partially conformant: the exceptions are listed "
        "under known limitations below."
    ): (
        "Die Seite strebt die Konformität mit den Richtlinien für barrierefreie Webinhalte "
        "(WCAG) 2.2 auf Stufe AA an, die die Anforderungen der harmonisierten europäischen "
        "Norm EN 301 549 an Webinhalte abdecken. Die Seite ist teilweise konform: die "
        "Ausnahmen stehen unten unter den bekannten Einschränkungen."
    ),
    "How the site was checked": "Wie die Seite geprüft wurde",
    (
        "The test suite runs axe-core in the Chromium browser on every page of the site in "
        "every language: the WCAG 2.0, 2.1 and 2.2 rules of levels A and AA, plus heading "
        "order, a single main heading and landmarks."
    ): (
        "Die Testsuite führt axe-core im Browser Chromium auf jeder Seite in jeder Sprache "
        "aus: die Regeln der WCAG 2.0, 2.1 und 2.2 der Stufen A und AA sowie "
        "Überschriftenreihenfolge, eine einzige Hauptüberschrift und Landmarks."
    ),
    (
        "The test suite follows every link of the site from its English, French and German "
        "home pages, and no link may lead to a missing page or an error."
    ): (
        "Die Testsuite folgt jedem Link der Seite ab ihren englischen, französischen und "
        "deutschen Startseiten, und kein Link darf zu einer fehlenden Seite oder einem Fehler"
        " führen."
    ),
    (
        "Pages were checked with the keyboard alone and at a width of 320 CSS pixels, where "
        "they reflow without horizontal scrolling."
    ): (
        "Die Seiten wurden allein mit der Tastatur und bei einer Breite von 320 CSS-Pixeln "
        "geprüft, bei der sie ohne horizontales Scrollen umbrechen."
    ),
    (
        "Every page works without JavaScript: filters are ordinary forms, and a video is a "
        "plain link until the visitor chooses to play it."
    ): (
        "Jede Seite funktioniert ohne JavaScript: Filter sind gewöhnliche Formulare, und ein "
        "Video ist ein einfacher Link, bis die Besucherin oder der Besucher es abspielt."
    ),
    "Known limitations": "Bekannte Einschränkungen",
    (
        "The demonstration video, the international student testimonial, is a placeholder "
        "link and not a real recording: it has no captions or audio description. Its "
        "transcript is given on the page."
    ): (
        "Das Demonstrationsvideo, der Erfahrungsbericht einer internationalen Studentin, ist "
        "ein Platzhalter-Link und keine echte Aufnahme: Es hat weder Untertitel noch "
        "Audiodeskription. Sein Transkript steht auf der Seite."
    ),
    (
        "A video player from another provider, such as Vimeo, loads only after the visitor "
        "activates it. Once activated, the accessibility of that player is outside our "
        "control."
    ): (
        "Ein Videoplayer eines anderen Anbieters, etwa Vimeo, lädt erst, wenn Besuchende ihn "
        "aktivieren. Nach der Aktivierung liegt die Barrierefreiheit dieses Players außerhalb"
        " unseres Einflusses."
    ),
    (
        "The PDF documents and slides offered for download are sample files. They have not "
        "been checked against the requirements for non-web documents of EN 301 549."
    ): (
        "Die zum Herunterladen angebotenen PDF-Dokumente und Folien sind Beispieldateien. Sie"
        " wurden nicht nach den Anforderungen der EN 301 549 an Nicht-Web-Dokumente geprüft."
    ),
    "Feedback and contact": "Feedback und Kontakt",
    (
        "If you meet a barrier on this site, or need a page or a document in another format, "
        'write to <a id="a1">accessibility@example.org</a>. We aim to answer within ten '
        "working days."
    ): (
        "Wenn Sie auf dieser Seite auf eine Barriere stoßen oder eine Seite oder ein Dokument "
        'in einem anderen Format benötigen, schreiben Sie an <a id="a1">'
        "accessibility@example.org</a>. Wir antworten möglichst innerhalb von zehn "
        "Arbeitstagen."
    ),
    (
        "If our answer does not satisfy you, you can turn to the body that enforces web "
        "accessibility in your country."
    ): (
        "Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die "
        "Durchsetzungsstelle für digitale Barrierefreiheit in Ihrem Land wenden."
    ),
    "Date of this statement": "Datum dieser Erklärung",
    (
        "This statement was prepared on 29 November 2026, from the checks described above. "
        "It is reviewed whenever the site changes."
    ): (
        "Diese Erklärung wurde am 29. November 2026 auf Grundlage der oben beschriebenen "
        "Prüfungen erstellt. Sie wird bei jeder Änderung der Seite überprüft."
    ),
    # Standard page: Privacy notice
    "Privacy notice": "Datenschutzhinweis",
    "privacy": "datenschutz",
    (
        "What the example site does with the personal data of visitors who ask a booth a "
        "question, and how it counts visits without cookies."
    ): (
        "Was die Beispielseite mit den personenbezogenen Daten von Besuchern macht, die einem "
        "Messestand eine Frage stellen, und wie sie Besuche ohne Cookies zählt."
    ),
    (
        "This notice explains what the example site of the icm_ebooth package does with "
        "personal data. A site that installs the package writes its own."
    ): (
        "Dieser Hinweis erklärt, was die Beispielseite des Pakets icm_ebooth mit "
        "personenbezogenen Daten macht. Eine Seite, die das Paket installiert, verfasst ihren "
        "eigenen."
    ),
    "Cookies": "Cookies",
    (
        "The site sets no cookie for its visitors. Only editors who sign in to the "
        "administration receive a session cookie."
    ): (
        "Die Seite setzt bei ihren Besuchern kein Cookie. Nur Redakteure, die sich in der "
        "Verwaltung anmelden, erhalten ein Sitzungscookie."
    ),
    "Questions to a booth": "Fragen an einen Messestand",
    (
        "When you ask a booth a question, the site keeps your name if you give it, your e-mail "
        "address and your question, and sends them by e-mail to the booth's contact, who "
        "answers you. You are not sent a copy. In the administration, only the editors of "
        "that booth see your question."
    ): (
        "Wenn Sie einem Messestand eine Frage stellen, speichert die Seite Ihren Namen, falls "
        "Sie ihn angeben, Ihre E-Mail-Adresse und Ihre Frage und sendet sie per E-Mail an den "
        "Kontakt des Messestands, der Ihnen antwortet. Sie erhalten keine Kopie. In der "
        "Verwaltung sehen nur die Redakteure dieses Messestands Ihre Frage."
    ),
    ("Questions are deleted 180 days after they were asked, whether they were answered or not."): (
        "Fragen werden 180 Tage nach dem Stellen gelöscht, ob sie beantwortet wurden oder nicht."
    ),
    (
        "To stop abuse, the site counts the questions sent from each network address for an "
        "hour, under a keyed hash of the address. The address itself is not stored."
    ): (
        "Um Missbrauch zu verhindern, zählt die Seite eine Stunde lang die von jeder "
        "Netzwerkadresse gesendeten Fragen, unter einem verschlüsselten Hashwert der Adresse. "
        "Die Adresse selbst wird nicht gespeichert."
    ),
    "Visitor statistics": "Besucherstatistik",
    (
        "For each booth and each day, the site counts page views, downloads, calendar "
        "entries, clicks to join an event and the searches made in its listings. It uses no "
        "cookie and sends nothing to another site."
    ): (
        "Für jeden Messestand und jeden Tag zählt die Seite Seitenaufrufe, Downloads, "
        "Kalendereinträge, Klicks zur Teilnahme an einer Veranstaltung und die Suchen in "
        "ihren Listen. Sie verwendet kein Cookie und sendet nichts an eine andere Seite."
    ),
    (
        "To count unique visitors, the site hashes your network address and browser name "
        "with a random key that changes every day and is then thrown away. The hashes are "
        "deleted within two days: only the daily totals are kept."
    ): (
        "Um eindeutige Besucher zu zählen, bildet die Seite einen Hashwert aus Ihrer "
        "Netzwerkadresse und dem Namen Ihres Browsers mit einem zufälligen Schlüssel, der "
        "jeden Tag wechselt und danach verworfen wird. Die Hashwerte werden innerhalb von "
        "zwei Tagen gelöscht: Nur die Tagessummen bleiben erhalten."
    ),
    (
        "If your browser sends Do Not Track or Global Privacy Control, you are not counted at all."
    ): (
        "Wenn Ihr Browser Do Not Track oder Global Privacy Control sendet, werden Sie "
        "überhaupt nicht gezählt."
    ),
    "Your rights": "Ihre Rechte",
    (
        "You may ask to see, correct or delete the data the site holds about you by writing "
        'to <a id="a1">privacy@example.org</a>. You may also complain to the data protection '
        "authority of your country."
    ): (
        "Sie können verlangen, die Daten, die die Seite über Sie speichert, einzusehen, zu "
        'berichtigen oder zu löschen, indem Sie an <a id="a1">privacy@example.org</a> '
        "schreiben. Sie können sich auch bei der Datenschutzbehörde Ihres Landes beschweren."
    ),
    "This notice was written on 6 December 2026.": (
        "Dieser Hinweis wurde am 6. Dezember 2026 verfasst."
    ),
}
