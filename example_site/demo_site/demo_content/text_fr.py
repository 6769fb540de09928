"""French texts of the demo, keyed by their English source text.

Read by :mod:`demo_site.demo_content.translations`; an English text with no entry here stays
in English and is reported as missing. Vocabulary follows the French Erasmus+ Programme
Guide: mobilité internationale de crédits (MIC), agence nationale, pays du programme, pays
partenaires, action clé, accord interinstitutionnel, contrat pédagogique.
"""

STRINGS = {
    # Contact: CBHE information desk
    "CBHE information desk": "Service d'information CBHE",
    "Example contact of this demonstration booth": "Contact fictif de ce stand de démonstration",
    "European Education and Culture Executive Agency (EACEA)": (
        "Agence exécutive européenne pour l'éducation et la culture (EACEA)"
    ),
    # Contact: ICM information desk
    "ICM information desk": "Service d'information MIC",
    # Home page: Erasmus+ e-Booths
    "Erasmus+ e-Booths": "Les e-Booths Erasmus+",
    "home-en": "accueil",
    (
        "This example site shows the <b>icm_ebooth</b> package for Wagtail with the Erasmus+ "
        "International Credit Mobility e-Booth: the information stand a funding programme "
        "shows at a virtual fair."
    ): (
        "Ce site d'exemple présente le paquet <b>icm_ebooth</b> pour Wagtail avec l'e-Booth "
        "Erasmus+ de la mobilité internationale de crédits : le stand d'information qu'un "
        "programme de financement tient lors d'un salon virtuel."
    ),
    # Fair: Erasmus+ virtual fair
    "Erasmus+ virtual fair": "Salon virtuel Erasmus+",
    "erasmus-virtual-fair": "salon-virtuel-erasmus",
    (
        "The Erasmus+ e-Booths: International Credit Mobility and Capacity Building in Higher"
        " Education."
    ): (
        "Les e-Booths Erasmus+ : mobilité internationale de crédits et renforcement des "
        "capacités dans le domaine de l'enseignement supérieur."
    ),
    (
        "Welcome to the Erasmus+ virtual fair. Each e-Booth presents one part of the "
        "programme: what it offers, how to apply, examples of projects and materials to take "
        "away, with a live event to ask questions."
    ): (
        "Bienvenue au salon virtuel Erasmus+. Chaque e-Booth présente un volet du programme :"
        " ce qu'il offre, comment candidater, des exemples de projets et des documents à "
        "emporter, avec un événement en direct pour poser vos questions."
    ),
    # Booth: International Credit Mobility
    "International Credit Mobility": "Mobilité internationale de crédits",
    "international-credit-mobility": "mobilite-internationale-de-credits",
    (
        "Erasmus+ International Credit Mobility (KA107, KA171 from call 2022): how to apply, "
        "activities, funding, impact, project examples and materials."
    ): (
        "Mobilité internationale de crédits Erasmus+ (KA107, KA171 à partir de l'appel 2022) "
        ": comment candidater, activités, financement, impact, exemples de projets et "
        "documents."
    ),
    "Erasmus+ student and staff mobility with partner countries around the world": (
        "La mobilité Erasmus+ des étudiants et du personnel avec les pays partenaires du "
        "monde entier"
    ),
    (
        "This e-Booth provides general information about the Erasmus+ International Credit "
        "Mobility and project examples. This Erasmus+ key action (KA107) has supported "
        "mobility of staff and students going to or coming from most parts of the world since"
        " 2015. Participants are welcome to explore the opportunities offered by this key "
        "action, which will continue to be part of the new Erasmus+ programme as of 2022."
    ): (
        "Cet e-Booth fournit des informations générales sur la mobilité internationale de "
        "crédits Erasmus+ ainsi que des exemples de projets. Depuis 2015, cette action clé "
        "Erasmus+ (KA107) soutient la mobilité du personnel et des étudiants vers ou depuis "
        "la plupart des régions du monde. Les participants sont invités à découvrir les "
        "possibilités offertes par cette action clé, qui continuera de faire partie du "
        "nouveau programme Erasmus+ à partir de 2022."
    ),
    (
        "International credit mobility is currently offering opportunities for staff and "
        "student mobility (including traineeships) in most regions of the world. Mobilities "
        "are funded with individual support, travel support and organisational support. The "
        "key action is highly competitive and all applications have to go through a "
        "qualitative assessment."
    ): (
        "La mobilité internationale de crédits offre actuellement des possibilités de "
        "mobilité du personnel et des étudiants (stages compris) dans la plupart des régions "
        "du monde. Les mobilités sont financées par un soutien individuel, une contribution "
        "aux frais de voyage et un soutien organisationnel. L'action clé est très compétitive"
        " et toutes les candidatures font l'objet d'une évaluation qualitative."
    ),
    (
        "Synergies with other key actions is usually considered an asset when applying for EU"
        " funds. For project coordinators of CBHE projects, international credit mobility may"
        " represent an opportunity to build on projects to prepare for activities such as "
        "staff and student mobility."
    ): (
        "Les synergies avec d'autres actions clés sont généralement considérées comme un "
        "atout dans une demande de financement de l'UE. Pour les coordinateurs de projets "
        "CBHE, la mobilité internationale de crédits peut être l'occasion de s'appuyer sur "
        "leurs projets pour préparer des activités telles que la mobilité du personnel et des"
        " étudiants."
    ),
    (
        "Staff for training and teaching, doctoral mobility and short- and long-term student "
        "mobility can be funded with international credit mobility. For those CBHE projects "
        "that have cooperation with the labour market, funding of traineeships may be of "
        "relevance."
    ): (
        "La mobilité internationale de crédits peut financer la mobilité du personnel à des "
        "fins de formation et d'enseignement, la mobilité doctorale et la mobilité des "
        "étudiants de courte et de longue durée. Pour les projets CBHE qui coopèrent avec le "
        "marché du travail, le financement de stages peut être pertinent."
    ),
    (
        "To be able to benefit from the possible synergies it is important to be aware of the"
        " opportunities available within Erasmus+. For beneficiaries with cooperation "
        "interests in partner countries, International Credit Mobility represents an "
        "excellent possibility to kick-off, complement, or sustain partnerships within the "
        "field of higher education."
    ): (
        "Pour tirer parti des synergies possibles, il importe de connaître les possibilités "
        "qu'offre Erasmus+. Pour les bénéficiaires qui souhaitent coopérer avec des pays "
        "partenaires, la mobilité internationale de crédits est une excellente occasion de "
        "lancer, de compléter ou de pérenniser des partenariats dans le domaine de "
        "l'enseignement supérieur."
    ),
    (
        "The priorities of simplification and inclusion in the next Erasmus+ programme also "
        "apply to international credit mobility. We aim for a simpler application procedure "
        "and management of funds, stronger focus on inclusion, and more opportunities within "
        "the key action such as traineeships for recent graduates and short-term mobility."
    ): (
        "Les priorités de simplification et d'inclusion du prochain programme Erasmus+ "
        "s'appliquent aussi à la mobilité internationale de crédits. Nous visons une "
        "procédure de candidature et une gestion des fonds plus simples, une attention accrue"
        " à l'inclusion et davantage de possibilités au sein de l'action clé, comme les "
        "stages pour les jeunes diplômés et la mobilité de courte durée."
    ),
    "No call in 2021, back from call 2022": "Pas d'appel en 2021, retour à partir de l'appel 2022",
    (
        "ICM will not have a call 2021, but will be included in the Erasmus+ programme as of "
        "call 2022."
    ): (
        "La MIC n'aura pas d'appel en 2021, mais fera partie du programme Erasmus+ à partir "
        "de l'appel 2022."
    ),
    "Stay tuned for more details about this action to come later this year!": (
        "Restez à l'écoute : d'autres informations sur cette action suivront dans le courant "
        "de l'année !"
    ),
    (
        "Please find ICM (KA107 Higher education student and staff mobility between Programme"
        ' and Partner countries) <a id="a1">project examples here</a>. The examples are '
        "illustrative: they show the kind of projects the action funds, not real records."
    ): (
        'Retrouvez <a id="a1">ici des exemples de projets</a> de MIC (KA107, mobilité des '
        "étudiants et du personnel de l'enseignement supérieur entre pays du programme et "
        "pays partenaires). Ces exemples sont illustratifs : ils montrent le type de projets "
        "que l'action finance, il ne s'agit pas de fiches réelles."
    ),
    # Topic: How to apply
    "How to apply": "Comment candidater",
    "how-to-apply": "comment-candidater",
    (
        "Who applies, the role of the National Agencies, the inter-institutional agreement "
        "and the qualitative assessment, step by step."
    ): (
        "Qui dépose la candidature, le rôle des agences nationales, l'accord "
        "interinstitutionnel et l'évaluation qualitative, étape par étape."
    ),
    "Who applies, to whom, and how applications are assessed.": (
        "Qui candidate, auprès de qui, et comment les candidatures sont évaluées."
    ),
    (
        "International Credit Mobility is decentralised: higher education institutions in "
        "Programme Countries that hold an Erasmus Charter for Higher Education (ECHE) apply "
        "to their National Agency, for the mobilities they plan with partner institutions "
        "around the world. The key action is highly competitive: all applications go through "
        "a qualitative assessment."
    ): (
        "La mobilité internationale de crédits est décentralisée : les établissements "
        "d'enseignement supérieur des pays du programme titulaires d'une charte Erasmus pour "
        "l'enseignement supérieur (ECHE) déposent leur candidature auprès de leur agence "
        "nationale, pour les mobilités qu'ils prévoient avec des établissements partenaires "
        "du monde entier. L'action clé est très compétitive : toutes les candidatures font "
        "l'objet d'une évaluation qualitative."
    ),
    (
        "Four numbered steps: agree on mobilities with a partner, apply to your National "
        "Agency, qualitative assessment, sign the inter-institutional agreement."
    ): (
        "Quatre étapes numérotées : convenir des mobilités avec un partenaire, déposer la "
        "candidature auprès de son agence nationale, évaluation qualitative, signature de "
        "l'accord interinstitutionnel."
    ),
    "The four steps in one picture.": "Les quatre étapes en une image.",
    "Infographic made for this demonstration from the Erasmus+ Programme Guide 2020": (
        "Infographie réalisée pour cette démonstration d'après le guide du programme Erasmus+ 2020"
    ),
    "Four steps to an ICM project": "Quatre étapes vers un projet de MIC",
    "Agree on the mobilities with a partner": "Convenir des mobilités avec un partenaire",
    (
        "A higher education institution in a Programme Country and its partner in a Partner "
        "Country agree on the mobilities they want: which direction, for students or staff, "
        "in which fields, and how many."
    ): (
        "Un établissement d'enseignement supérieur d'un pays du programme et son partenaire "
        "d'un pays partenaire conviennent des mobilités qu'ils souhaitent : dans quel sens, "
        "pour des étudiants ou du personnel, dans quels domaines et combien."
    ),
    "Apply to your National Agency": "Déposer la candidature auprès de son agence nationale",
    (
        "The institution in the Programme Country (or a national mobility consortium) applies"
        " to the National Agency of its country, with one section per Partner Country, before"
        " the deadline of the call. For Key Action 1 the deadline was in early February of "
        'each year. <a id="a1">Find your National Agency</a>.'
    ): (
        "L'établissement du pays du programme (ou un consortium national de mobilité) dépose "
        "la candidature auprès de l'agence nationale de son pays, avec une section par pays "
        "partenaire, avant la date limite de l'appel. Pour l'action clé 1, la date limite "
        'tombait début février de chaque année. <a id="a1">Trouver votre agence '
        "nationale</a>."
    ),
    "Qualitative assessment": "Évaluation qualitative",
    (
        "Experts assess each Partner Country section against the award criteria; the National"
        " Agency selects the best-scored mobilities within the budget of each partner region."
    ): (
        "Des experts évaluent chaque section par pays partenaire au regard des critères "
        "d'attribution ; l'agence nationale sélectionne les mobilités les mieux notées dans "
        "la limite du budget de chaque région partenaire."
    ),
    "Inter-institutional agreement, then mobilities": "Accord interinstitutionnel, puis mobilités",
    (
        "After the grant agreement with the National Agency, the partners sign an "
        "inter-institutional agreement and select participants in a fair and transparent way."
    ): (
        "Après la signature de la convention de subvention avec l'agence nationale, les "
        "partenaires signent un accord interinstitutionnel et sélectionnent les participants "
        "de manière équitable et transparente."
    ),
    "The role of the National Agencies": "Le rôle des agences nationales",
    (
        "In each Programme Country a National Agency manages the action: it informs "
        "applicants, receives the applications, organises their assessment, signs the grant "
        "agreements and follows the projects until their final report. The National Agency "
        "also shares the budget of each partner region among the selected projects."
    ): (
        "Dans chaque pays du programme, une agence nationale gère l'action : elle informe les"
        " candidats, reçoit les candidatures, organise leur évaluation, signe les conventions"
        " de subvention et suit les projets jusqu'à leur rapport final. L'agence nationale "
        "répartit aussi le budget de chaque région partenaire entre les projets sélectionnés."
    ),
    "The inter-institutional agreement": "L'accord interinstitutionnel",
    (
        "Before mobilities start, the sending and receiving institutions sign an "
        "inter-institutional agreement. Institutions in Partner Countries do not hold an "
        "ECHE: by signing the agreement they commit to its principles, including the full "
        "recognition of the credits students earn abroad. Each student then has a learning "
        "agreement, and each staff member a mobility agreement."
    ): (
        "Avant le début des mobilités, les établissements d'envoi et d'accueil signent un "
        "accord interinstitutionnel. Les établissements des pays partenaires ne sont pas "
        "titulaires de l'ECHE : en signant l'accord, ils s'engagent à en respecter les "
        "principes, dont la pleine reconnaissance des crédits que les étudiants obtiennent à "
        "l'étranger. Chaque étudiant a ensuite un contrat pédagogique, et chaque membre du "
        "personnel un contrat de mobilité."
    ),
    "The qualitative assessment": "L'évaluation qualitative",
    (
        "Each Partner Country section of the application is scored out of 100 points against "
        "four award criteria (Erasmus+ Programme Guide 2020, Key Action 1, KA107):"
    ): (
        "Chaque section par pays partenaire de la candidature est notée sur 100 points au "
        "regard de quatre critères d'attribution (Guide du programme Erasmus+ 2020, action "
        "clé 1, KA107) :"
    ),
    "relevance of the strategy (up to 30 points);": (
        "pertinence de la stratégie (jusqu'à 30 points) ;"
    ),
    "quality of the cooperation arrangements (up to 30 points);": (
        "qualité des modalités de coopération (jusqu'à 30 points) ;"
    ),
    "quality of the activity design and implementation (up to 20 points);": (
        "qualité de la conception et de la mise en œuvre des activités (jusqu'à 20 points) ;"
    ),
    "impact and dissemination (up to 20 points).": "impact et diffusion (jusqu'à 20 points).",
    "International credit mobility": "Mobilité internationale de crédits",
    "The action on three pages: activities, how to apply and the 2020 rates.": (
        "L'action en trois pages : activités, candidature et taux 2020."
    ),
    "Frequently asked questions": "Questions fréquentes",
    "Can a university in a Partner Country apply itself?": (
        "Une université d'un pays partenaire peut-elle déposer elle-même une candidature ?"
    ),
    (
        "No. The institution in the Programme Country applies on behalf of the partnership; "
        "its partners in Partner Countries take part through the application and the "
        "inter-institutional agreement."
    ): (
        "Non. L'établissement du pays du programme dépose la candidature au nom du "
        "partenariat ; ses partenaires des pays partenaires y participent par la candidature "
        "et l'accord interinstitutionnel."
    ),
    "Is there a call in 2021?": "Y a-t-il un appel en 2021 ?",
    (
        "No. ICM will not have a call 2021, but will be included in the Erasmus+ programme as"
        " of call 2022, as key action KA171."
    ): (
        "Non. La MIC n'aura pas d'appel en 2021, mais fera partie du programme Erasmus+ à "
        "partir de l'appel 2022, sous l'action clé KA171."
    ),
    "Do exchange students pay tuition fees at the host institution?": (
        "Les étudiants en échange paient-ils des frais de scolarité dans l'établissement "
        "d'accueil ?"
    ),
    (
        "No. Erasmus+ exchange students pay no tuition, registration or examination fees at "
        "the receiving institution; they keep paying those of their home institution."
    ): (
        "Non. Les étudiants en échange Erasmus+ ne paient ni frais de scolarité, ni droits "
        "d'inscription, ni frais d'examen dans l'établissement d'accueil ; ils continuent de "
        "payer ceux de leur établissement d'origine."
    ),
    "Why does the budget depend on the partner region?": (
        "Pourquoi le budget dépend-il de la région partenaire ?"
    ),
    (
        "ICM is funded by the EU's external action instruments. Each partner region has its "
        "own budget envelope, so the competition for funds takes place region by region."
    ): (
        "La MIC est financée par les instruments d'action extérieure de l'UE. Chaque région "
        "partenaire dispose de sa propre enveloppe budgétaire : la concurrence pour les fonds"
        " se joue donc région par région."
    ),
    "Ask your questions live": "Posez vos questions en direct",
    "Questions about applying?": "Des questions sur la candidature ?",
    "The rules of each call": "Les règles de chaque appel",
    (
        "The Programme Guide of the call year sets the eligibility rules, award criteria and "
        "deadlines."
    ): (
        "Le guide du programme de l'année de l'appel fixe les règles d'éligibilité, les "
        "critères d'attribution et les dates limites."
    ),
    "Read the Erasmus+ Programme Guide": "Lire le guide du programme Erasmus+",
    # Topic: What kind of activities are supported
    "What kind of activities are supported": "Quelles activités sont soutenues",
    "supported-activities": "activites-soutenues",
    (
        "Student studies and traineeships, doctoral mobility, staff teaching and training, "
        "and the short-term and blended mobility of the 2021-2027 programme."
    ): (
        "Études et stages des étudiants, mobilité doctorale, enseignement et formation du "
        "personnel, ainsi que la mobilité de courte durée et la mobilité hybride du programme"
        " 2021-2027."
    ),
    "Studies, traineeships, doctoral mobility and staff mobility, in both directions.": (
        "Études, stages, mobilité doctorale et mobilité du personnel, dans les deux sens."
    ),
    (
        "International Credit Mobility funds mobility in both directions: from Programme "
        "Countries to Partner Countries and from Partner Countries to Programme Countries, "
        "for students at every study cycle and for staff."
    ): (
        "La mobilité internationale de crédits finance la mobilité dans les deux sens : des "
        "pays du programme vers les pays partenaires et des pays partenaires vers les pays du"
        " programme, pour les étudiants de tous les cycles d'études et pour le personnel."
    ),
    "Students": "Étudiants",
    (
        "<b>Studies</b> at a partner institution last from 3 to 12 months and may include a "
        "traineeship. <b>Traineeships</b> in an enterprise or another organisation last from "
        "2 to 12 months. A student may spend up to 12 months abroad in each study cycle, "
        "adding up all of their Erasmus+ periods."
    ): (
        "Les <b>études</b> dans un établissement partenaire durent de 3 à 12 mois et peuvent "
        "inclure un stage. Les <b>stages</b> dans une entreprise ou une autre organisation "
        "durent de 2 à 12 mois. Un étudiant peut passer jusqu'à 12 mois à l'étranger par "
        "cycle d'études, toutes ses périodes Erasmus+ comprises."
    ),
    "Doctoral mobility": "Mobilité doctorale",
    (
        "Doctoral candidates take part as students of the third cycle, for studies or for a "
        "traineeship, with the same durations as other students."
    ): (
        "Les doctorants participent en tant qu'étudiants du troisième cycle, pour des études "
        "ou un stage, avec les mêmes durées que les autres étudiants."
    ),
    "Staff": "Personnel",
    (
        "<b>Teaching</b>: academic staff teach at a partner institution, at least 8 hours per"
        " week. <b>Training</b>: staff train at a partner institution or another relevant "
        "organisation, for example through job shadowing or training courses. A staff "
        "mobility lasts from 5 days to 2 months, excluding travel time."
    ): (
        "<b>Enseignement</b> : le personnel enseignant donne des cours dans un établissement "
        "partenaire, au moins 8 heures par semaine. <b>Formation</b> : le personnel se forme "
        "dans un établissement partenaire ou une autre organisation pertinente, par exemple "
        "par l'observation en situation de travail ou des cours de formation. Une mobilité du"
        " personnel dure de 5 jours à 2 mois, hors temps de voyage."
    ),
    "Durations in the KA107 calls": "Durées dans les appels KA107",
    "3-12 months": "3 à 12 mois",
    "Student mobility for studies": "Mobilité des étudiants à des fins d'études",
    "Erasmus+ Programme Guide 2020, Key Action 1, KA107": (
        "Guide du programme Erasmus+ 2020, action clé 1, KA107"
    ),
    "2-12 months": "2 à 12 mois",
    "Student traineeships": "Stages des étudiants",
    "5 days-2 months": "5 jours à 2 mois",
    "Staff teaching and training, excluding travel": (
        "Enseignement et formation du personnel, hors voyage"
    ),
    "8 hours": "8 heures",
    "Minimum teaching per week of a teaching mobility": (
        "Enseignement minimal par semaine d'une mobilité d'enseignement"
    ),
    (
        "Durations: student studies 3 to 12 months, traineeships 2 to 12 months, staff "
        "teaching and training 5 days to 2 months excluding travel; organisational support "
        "EUR 350 per participant (Erasmus+ Programme Guide 2020, KA107)."
    ): (
        "Durées : études de 3 à 12 mois, stages de 2 à 12 mois, enseignement et formation du "
        "personnel de 5 jours à 2 mois hors voyage ; soutien organisationnel de 350 EUR par "
        "participant (Guide du programme Erasmus+ 2020, KA107)."
    ),
    "Durations of student and staff mobility, and organisational support.": (
        "Durées de la mobilité des étudiants et du personnel, et soutien organisationnel."
    ),
    "From 2021-2027: short-term and blended mobility": (
        "Depuis 2021-2027 : mobilité de courte durée et mobilité hybride"
    ),
    (
        "From call 2022, ICM continues as key action KA171, with more ways to take part. "
        "Besides long-term studies and traineeships, students and doctoral candidates can go "
        "abroad for short-term mobility of 5 to 30 days; for students it is blended mobility,"
        " combined with a compulsory virtual part. Recent graduates can do a traineeship "
        "within one year of graduating (Erasmus+ Programme Guide 2022, Key Action 1, KA171)."
    ): (
        "À partir de l'appel 2022, la MIC se poursuit sous l'action clé KA171, avec davantage"
        " de façons de participer. Outre les études et stages de longue durée, les étudiants "
        "et les doctorants peuvent partir à l'étranger pour une mobilité de courte durée de 5"
        " à 30 jours ; pour les étudiants, il s'agit d'une mobilité hybride, combinée à une "
        "composante virtuelle obligatoire. Les jeunes diplômés peuvent effectuer un stage "
        "dans l'année qui suit l'obtention de leur diplôme (Guide du programme Erasmus+ 2022,"
        " action clé 1, KA171)."
    ),
    # Topic: What are the funding opportunities
    "What are the funding opportunities": "Quelles sont les possibilités de financement",
    "funding-opportunities": "possibilites-de-financement",
    (
        "Individual support, travel support by distance band and organisational support, with"
        " the rates of the 2020 Programme Guide."
    ): (
        "Soutien individuel, contribution aux frais de voyage par tranche de distance et "
        "soutien organisationnel, aux taux du guide du programme 2020."
    ),
    "Individual, travel and organisational support, at the 2020 rates.": (
        "Soutien individuel, frais de voyage et soutien organisationnel, aux taux 2020."
    ),
    (
        "Mobilities are funded with three kinds of grant: <b>individual support</b> for "
        "living costs during the stay, <b>travel support</b> by distance band, and "
        "<b>organisational support</b> for the institutions. Participants with special needs "
        "may receive extra support based on real costs. The amounts below are those of the "
        "2020 Programme Guide for KA107."
    ): (
        "Les mobilités sont financées par trois types de subvention : le <b>soutien "
        "individuel</b> pour les frais de séjour, la <b>contribution aux frais de voyage</b> "
        "par tranche de distance et le <b>soutien organisationnel</b> pour les "
        "établissements. Les participants ayant des besoins particuliers peuvent recevoir un "
        "soutien supplémentaire sur la base des coûts réels. Les montants ci-dessous sont "
        "ceux du guide du programme 2020 pour la KA107."
    ),
    "Rates change with each call": "Les taux changent à chaque appel",
    (
        "Later calls (KA171, from call 2022) use the rates of the Programme Guide of their "
        "year. Check the guide of your call before planning a budget."
    ): (
        "Les appels suivants (KA171, à partir de l'appel 2022) appliquent les taux du guide "
        "du programme de leur année. Consultez le guide de votre appel avant d'établir un "
        "budget."
    ),
    "Individual support": "Soutien individuel",
    "Individual support for students, per month": "Soutien individuel des étudiants, par mois",
    "Direction of the mobility": "Sens de la mobilité",
    "Amount per month": "Montant mensuel",
    "From a Programme Country to a Partner Country": (
        "D'un pays du programme vers un pays partenaire"
    ),
    "EUR 700": "700 EUR",
    "From a Partner Country to a Programme Country": (
        "D'un pays partenaire vers un pays du programme"
    ),
    "EUR 850": "850 EUR",
    (
        "Staff going from a Programme Country to a Partner Country receive EUR 180 per day of"
        " activity (Erasmus+ Programme Guide 2020, Key Action 1, KA107)."
    ): (
        "Le personnel qui se rend d'un pays du programme dans un pays partenaire reçoit 180 "
        "EUR par jour d'activité (Guide du programme Erasmus+ 2020, action clé 1, KA107)."
    ),
    "Travel support": "Frais de voyage",
    (
        "Travel support depends on the one-way distance between the sending and the receiving"
        " institution, measured with the European Commission's distance calculator; the "
        "amount contributes to the return journey."
    ): (
        "La contribution aux frais de voyage dépend de la distance (aller simple) entre "
        "l'établissement d'envoi et l'établissement d'accueil, mesurée avec le calculateur de"
        " distance de la Commission européenne ; le montant est une contribution au voyage "
        "aller-retour."
    ),
    "Travel support per participant, by distance band": (
        "Contribution aux frais de voyage par participant, par tranche de distance"
    ),
    "One-way travel distance": "Distance de voyage (aller simple)",
    "Amount per participant": "Montant par participant",
    "Between 10 and 99 km": "Entre 10 et 99 km",
    "EUR 20": "20 EUR",
    "Between 100 and 499 km": "Entre 100 et 499 km",
    "EUR 180": "180 EUR",
    "Between 500 and 1999 km": "Entre 500 et 1999 km",
    "EUR 275": "275 EUR",
    "Between 2000 and 2999 km": "Entre 2000 et 2999 km",
    "EUR 360": "360 EUR",
    "Between 3000 and 3999 km": "Entre 3000 et 3999 km",
    "EUR 530": "530 EUR",
    "Between 4000 and 7999 km": "Entre 4000 et 7999 km",
    "EUR 820": "820 EUR",
    "8000 km or more": "8000 km ou plus",
    "EUR 1500": "1500 EUR",
    "Organisational support": "Soutien organisationnel",
    (
        "The institutions receive organisational support for each participant, to prepare, "
        "host and follow up the mobilities: selection, language preparation, recognition of "
        "credits and the welcome of incoming participants."
    ): (
        "Les établissements reçoivent un soutien organisationnel pour chaque participant, "
        "afin de préparer, d'accueillir et de suivre les mobilités : sélection, préparation "
        "linguistique, reconnaissance des crédits et accueil des participants entrants."
    ),
    "The 2020 rates in four figures": "Les taux 2020 en quatre chiffres",
    "EUR 350": "350 EUR",
    "Organisational support per participant": "Soutien organisationnel par participant",
    "A month for students coming to a Programme Country": (
        "Par mois pour les étudiants qui viennent dans un pays du programme"
    ),
    "A month for students going to a Partner Country": (
        "Par mois pour les étudiants qui partent dans un pays partenaire"
    ),
    "Travel support for 8000 km or more": "Frais de voyage pour 8000 km ou plus",
    "Funding at a glance": "Le financement en un coup d'œil",
    (
        "Bar chart of travel support per participant: EUR 20 for 10 to 99 km up to EUR 1500 "
        "for 8000 km or more (Erasmus+ Programme Guide 2020, KA107)."
    ): (
        "Diagramme en barres de la contribution aux frais de voyage par participant : de 20 "
        "EUR pour 10 à 99 km jusqu'à 1500 EUR pour 8000 km ou plus (Guide du programme "
        "Erasmus+ 2020, KA107)."
    ),
    "Travel support by distance band (2020)": "Frais de voyage par tranche de distance (2020)",
    "International Credit Mobility at a glance": (
        "La mobilité internationale de crédits en un coup d'œil"
    ),
    "See what others did with the grant": "Ce que d'autres ont fait de la subvention",
    "Illustrative projects show how institutions combine student and staff mobility.": (
        "Des projets illustratifs montrent comment les établissements combinent la mobilité "
        "des étudiants et celle du personnel."
    ),
    "Browse the project examples": "Parcourir les exemples de projets",
    # Topic: Expectations of impact
    "Expectations of impact": "Impact attendu",
    "expected-impact": "impact-attendu",
    (
        "What mobility should change for participants, for institutions in Europe and in "
        "partner countries, and how ICM builds on other actions."
    ): (
        "Ce que la mobilité devrait changer pour les participants, pour les établissements en"
        " Europe et dans les pays partenaires, et comment la MIC s'appuie sur d'autres "
        "actions."
    ),
    "What mobility should change for participants and institutions.": (
        "Ce que la mobilité devrait changer pour les participants et les établissements."
    ),
    (
        "Like all Erasmus+ mobility, International Credit Mobility is expected to make a "
        "difference for the people who go abroad, for the institutions that send and host "
        "them, and for the cooperation between Europe and the rest of the world (Erasmus+ "
        "Programme Guide 2020, Key Action 1, expected impact)."
    ): (
        "Comme toute mobilité Erasmus+, la mobilité internationale de crédits doit faire la "
        "différence pour les personnes qui partent à l'étranger, pour les établissements qui "
        "les envoient et les accueillent, et pour la coopération entre l'Europe et le reste "
        "du monde (Guide du programme Erasmus+ 2020, action clé 1, impact attendu)."
    ),
    "For participants": "Pour les participants",
    (
        "Knowledge and skills that count for their studies and their career, with full "
        "recognition of the credits earned abroad."
    ): (
        "Des connaissances et des compétences qui comptent pour leurs études et leur "
        "carrière, avec la pleine reconnaissance des crédits obtenus à l'étranger."
    ),
    "Better language skills and intercultural awareness.": (
        "De meilleures compétences linguistiques et une plus grande sensibilité interculturelle."
    ),
    "For staff: new teaching methods, and contacts to build joint courses and research.": (
        "Pour le personnel : de nouvelles méthodes d'enseignement et des contacts pour "
        "construire des cours et des recherches en commun."
    ),
    "For institutions": "Pour les établissements",
    "Partnerships with institutions outside Europe that last beyond one project.": (
        "Des partenariats avec des établissements hors d'Europe qui durent au-delà d'un projet."
    ),
    (
        "Stronger international offices and recognition practices, in Europe and in partner "
        "countries."
    ): (
        "Des services des relations internationales et des pratiques de reconnaissance "
        "renforcés, en Europe et dans les pays partenaires."
    ),
    "A more international campus for the students who do not go abroad.": (
        "Un campus plus international pour les étudiants qui ne partent pas à l'étranger."
    ),
    "Building on other actions": "S'appuyer sur d'autres actions",
    (
        "Synergies with other key actions are usually considered an asset. For coordinators "
        "of Capacity Building in Higher Education (CBHE) projects, International Credit "
        "Mobility can bring the staff and student mobility that sustains a partnership after "
        "the project."
    ): (
        "Les synergies avec d'autres actions clés sont généralement considérées comme un "
        "atout. Pour les coordinateurs de projets de renforcement des capacités dans le "
        "domaine de l'enseignement supérieur (CBHE), la mobilité internationale de crédits "
        "peut apporter la mobilité du personnel et des étudiants qui fait vivre un "
        "partenariat après le projet."
    ),
    (
        "The semester abroad changed how I work in a team, and our two universities now plan "
        "a joint summer school."
    ): (
        "Le semestre à l'étranger a changé ma façon de travailler en équipe, et nos deux "
        "universités préparent maintenant une université d'été commune."
    ),
    "Illustrative testimonial": "Témoignage illustratif",
    "Written for this demonstration; not a real participant": (
        "Rédigé pour cette démonstration ; il ne s'agit pas d'un vrai participant"
    ),
    "International student testimonial": "Témoignage d'un étudiant international",
    (
        "Illustrative testimonial written for this demonstration; the speaker is not a real "
        "participant."
    ): (
        "Témoignage illustratif rédigé pour cette démonstration ; la personne qui parle n'est"
        " pas un vrai participant."
    ),
    (
        "Hello, I am a master's student in agronomy. I spent one semester at a partner "
        "university in Europe with International Credit Mobility."
    ): (
        "Bonjour, je suis étudiant en master d'agronomie. J'ai passé un semestre dans une "
        "université partenaire en Europe grâce à la mobilité internationale de crédits."
    ),
    (
        "Before leaving, my home university and the host university agreed on my courses in a"
        " learning agreement, so I knew that every credit I earned would count at home."
    ): (
        "Avant mon départ, mon université d'origine et l'université d'accueil se sont mises "
        "d'accord sur mes cours dans un contrat pédagogique : je savais donc que chaque "
        "crédit obtenu compterait chez moi."
    ),
    (
        "The grant paid for my return flight and a monthly amount for living costs. I did not"
        " pay tuition fees at the host university."
    ): (
        "La bourse a payé mon vol aller-retour et un montant mensuel pour mes frais de "
        "séjour. Je n'ai pas payé de frais de scolarité à l'université d'accueil."
    ),
    (
        "What I learnt most was to work in international teams. Back home, I shared the "
        "laboratory methods I used abroad with my classmates, and our two universities now "
        "plan a joint summer school."
    ): (
        "Ce que j'ai le plus appris, c'est à travailler dans des équipes internationales. De "
        "retour chez moi, j'ai partagé avec mes camarades les méthodes de laboratoire "
        "utilisées à l'étranger, et nos deux universités préparent maintenant une université "
        "d'été commune."
    ),
    (
        "If you are thinking about applying: ask the international office of your university "
        "which partners they have. It is worth it."
    ): (
        "Si vous pensez à candidater, demandez au service des relations internationales de "
        "votre université quels sont ses partenaires. Cela en vaut la peine."
    ),
    "Explore further": "Pour aller plus loin",
    # Project examples index: Project examples
    "Project examples": "Exemples de projets",
    "project-examples": "exemples-de-projets",
    (
        "Illustrative KA107 and KA171 projects across partner regions, mobility types and "
        "call years."
    ): (
        "Des projets KA107 et KA171 illustratifs, dans différentes régions partenaires, pour "
        "différents types de mobilité et années d'appel."
    ),
    (
        "Illustrative examples of International Credit Mobility projects (KA107 calls "
        "2015-2020, KA171 from call 2022) across partner regions and mobility types. The "
        "institutions and identifiers are made up for this demonstration."
    ): (
        "Exemples illustratifs de projets de mobilité internationale de crédits (appels KA107"
        " 2015-2020, KA171 à partir de l'appel 2022) dans différentes régions partenaires et "
        "pour différents types de mobilité. Les établissements et les identifiants sont "
        "inventés pour cette démonstration."
    ),
    # Project example: Agronomy exchanges with the Western Balkans
    "Agronomy exchanges with the Western Balkans": (
        "Échanges en agronomie avec les Balkans occidentaux"
    ),
    "agronomy-western-balkans": "agronomie-balkans-occidentaux",
    (
        "Agronomy students from two partner universities spent a semester in Germany, and "
        "German lecturers taught soil science modules at the partners."
    ): (
        "Des étudiants en agronomie de deux universités partenaires ont passé un semestre en "
        "Allemagne, et des enseignants allemands ont donné des modules de science du sol chez"
        " les partenaires."
    ),
    "Higher education student and staff mobility": (
        "Mobilité des étudiants et du personnel de l'enseignement supérieur"
    ),
    "Higher education institution (tertiary level)": (
        "Établissement d'enseignement supérieur (niveau tertiaire)"
    ),
    (
        "The partners adapted two modules to the European Credit Transfer System, so that "
        "credits earned on exchange are recognised in full."
    ): (
        "Les partenaires ont adapté deux modules au système européen de transfert et "
        "d'accumulation de crédits (ECTS), afin que les crédits obtenus pendant l'échange "
        "soient pleinement reconnus."
    ),
    (
        "Partner region: Western Balkans (Albania, Bosnia and Herzegovina). This is an "
        "illustrative example made for this demonstration: the institutions and the "
        "identifier are not real."
    ): (
        "Région partenaire : Balkans occidentaux (Albanie, Bosnie-Herzégovine). Cet exemple "
        "illustratif a été créé pour cette démonstration : les établissements et "
        "l'identifiant ne sont pas réels."
    ),
    "Questions about ICM?": "Des questions sur la MIC ?",
    # Project example: Engineering mobility with the Eastern Partnership
    "Engineering mobility with the Eastern Partnership": (
        "Mobilité en ingénierie avec le Partenariat oriental"
    ),
    "engineering-eastern-partnership": "ingenierie-partenariat-oriental",
    (
        "Civil engineering students came to Poland for one semester; international office "
        "staff of the partners trained in credit recognition."
    ): (
        "Des étudiants en génie civil sont venus en Pologne pour un semestre ; le personnel "
        "des services des relations internationales des partenaires s'est formé à la "
        "reconnaissance des crédits."
    ),
    "Each partner university now runs its own learning-agreement procedure.": (
        "Chaque université partenaire applique désormais sa propre procédure de contrat "
        "pédagogique."
    ),
    (
        "Partner region: Eastern Partnership (Georgia, Ukraine, Armenia). This is an "
        "illustrative example made for this demonstration: the institutions and the "
        "identifier are not real."
    ): (
        "Région partenaire : Partenariat oriental (Géorgie, Ukraine, Arménie). Cet exemple "
        "illustratif a été créé pour cette démonstration : les établissements et "
        "l'identifiant ne sont pas réels."
    ),
    # Project example: Sustainable tourism with the South Mediterranean
    "Sustainable tourism with the South Mediterranean": (
        "Tourisme durable avec la Méditerranée du Sud"
    ),
    "tourism-south-mediterranean": "tourisme-mediterranee-du-sud",
    (
        "Tourism students studied in France and did traineeships with regional tourist "
        "boards; lecturers from both sides co-taught a module on sustainable tourism."
    ): (
        "Des étudiants en tourisme ont étudié en France et effectué des stages auprès de "
        "comités régionaux du tourisme ; des enseignants des deux rives ont enseigné ensemble"
        " un module sur le tourisme durable."
    ),
    "The co-taught module became a permanent elective at the three institutions.": (
        "Le module enseigné en commun est devenu une option permanente dans les trois "
        "établissements."
    ),
    (
        "Partner region: South Mediterranean (Morocco, Tunisia). This is an illustrative "
        "example made for this demonstration: the institutions and the identifier are not "
        "real."
    ): (
        "Région partenaire : Méditerranée du Sud (Maroc, Tunisie). Cet exemple illustratif a "
        "été créé pour cette démonstration : les établissements et l'identifiant ne sont pas "
        "réels."
    ),
    # Project example: Forestry research stays with Russia
    "Forestry research stays with Russia": "Séjours de recherche en foresterie avec la Russie",
    "forestry-russia": "foresterie-russie",
    (
        "Doctoral candidates in forestry spent research stays in Finland, and Finnish "
        "lecturers taught short courses at the partner."
    ): (
        "Des doctorants en foresterie ont effectué des séjours de recherche en Finlande, et "
        "des enseignants finlandais ont donné des cours de courte durée chez le partenaire."
    ),
    "Two joint conference papers came out of the research stays.": (
        "Les séjours de recherche ont donné lieu à deux communications communes lors de "
        "conférences."
    ),
    (
        "Partner region: Russian Federation (Russia). This is an illustrative example made "
        "for this demonstration: the institutions and the identifier are not real."
    ): (
        "Région partenaire : Fédération de Russie (Russie). Cet exemple illustratif a été "
        "créé pour cette démonstration : les établissements et l'identifiant ne sont pas "
        "réels."
    ),
    # Project example: Water management with South-East Asia
    "Water management with South-East Asia": "Gestion de l'eau avec l'Asie du Sud-Est",
    "water-management-asia": "gestion-eau-asie",
    (
        "Students of water management studied in the Netherlands; Dutch students did "
        "traineeships with water authorities in the partner countries."
    ): (
        "Des étudiants en gestion de l'eau ont étudié aux Pays-Bas ; des étudiants "
        "néerlandais ont effectué des stages auprès d'autorités de l'eau dans les pays "
        "partenaires."
    ),
    "The traineeship hosts now offer places every year.": (
        "Les organismes d'accueil des stagiaires proposent désormais des places chaque année."
    ),
    (
        "Partner region: Asia (Vietnam, Indonesia). This is an illustrative example made for "
        "this demonstration: the institutions and the identifier are not real."
    ): (
        "Région partenaire : Asie (Viêt Nam, Indonésie). Cet exemple illustratif a été créé "
        "pour cette démonstration : les établissements et l'identifiant ne sont pas réels."
    ),
    # Project example: Doctoral mobility with Central Asia
    "Doctoral mobility with Central Asia": "Mobilité doctorale avec l'Asie centrale",
    "doctoral-central-asia": "mobilite-doctorale-asie-centrale",
    (
        "Doctoral candidates in renewable energy spent five months in Spain; research "
        "administrators of the partners trained in managing international projects."
    ): (
        "Des doctorants en énergies renouvelables ont passé cinq mois en Espagne ; le "
        "personnel de gestion de la recherche des partenaires s'est formé à la gestion de "
        "projets internationaux."
    ),
    "The partners drafted a joint supervision agreement for doctoral theses.": (
        "Les partenaires ont rédigé un accord commun d'encadrement des thèses de doctorat."
    ),
    (
        "Partner region: Central Asia (Kazakhstan, Uzbekistan). This is an illustrative "
        "example made for this demonstration: the institutions and the identifier are not "
        "real."
    ): (
        "Région partenaire : Asie centrale (Kazakhstan, Ouzbékistan). Cet exemple illustratif"
        " a été créé pour cette démonstration : les établissements et l'identifiant ne sont "
        "pas réels."
    ),
    # Project example: Public health with Latin America
    "Public health with Latin America": "Santé publique avec l'Amérique latine",
    "public-health-latin-america": "sante-publique-amerique-latine",
    (
        "Public health students studied for a semester in Portugal and Portuguese lecturers "
        "taught epidemiology at the partners."
    ): (
        "Des étudiants en santé publique ont étudié un semestre au Portugal et des "
        "enseignants portugais ont enseigné l'épidémiologie chez les partenaires."
    ),
    "Lectures were recorded and shared as open course materials.": (
        "Les cours ont été enregistrés et partagés comme ressources pédagogiques libres."
    ),
    (
        "Partner region: Latin America (Brazil, Colombia). This is an illustrative example "
        "made for this demonstration: the institutions and the identifier are not real."
    ): (
        "Région partenaire : Amérique latine (Brésil, Colombie). Cet exemple illustratif a "
        "été créé pour cette démonstration : les établissements et l'identifiant ne sont pas "
        "réels."
    ),
    # Project example: Design and architecture with Latin America
    "Design and architecture with Latin America": "Design et architecture avec l'Amérique latine",
    "design-latin-america": "design-amerique-latine",
    (
        "Architecture students from both sides spent a semester abroad; some combined it with"
        " a traineeship in an architecture office."
    ): (
        "Des étudiants en architecture des deux côtés ont passé un semestre à l'étranger ; "
        "certains l'ont combiné avec un stage dans un cabinet d'architecture."
    ),
    "A joint design studio now runs every spring.": (
        "Un atelier de projet commun a désormais lieu chaque printemps."
    ),
    (
        "Partner region: Latin America (Peru, Mexico). This is an illustrative example made "
        "for this demonstration: the institutions and the identifier are not real."
    ): (
        "Région partenaire : Amérique latine (Pérou, Mexique). Cet exemple illustratif a été "
        "créé pour cette démonstration : les établissements et l'identifiant ne sont pas "
        "réels."
    ),
    # Project example: Agricultural traineeships with East and West Africa
    "Agricultural traineeships with East and West Africa": (
        "Stages agricoles avec l'Afrique de l'Est et de l'Ouest"
    ),
    "agriculture-africa": "agriculture-afrique",
    (
        "Belgian students did traineeships with farming cooperatives; staff of the partners "
        "taught and trained in Belgium."
    ): (
        "Des étudiants belges ont effectué des stages dans des coopératives agricoles ; le "
        "personnel des partenaires a enseigné et s'est formé en Belgique."
    ),
    "The cooperatives and the university college now co-supervise bachelor theses.": (
        "Les coopératives et la haute école encadrent désormais ensemble des travaux de fin "
        "d'études de bachelier."
    ),
    (
        "Partner region: Africa, Caribbean and Pacific (Kenya, Ghana). This is an "
        "illustrative example made for this demonstration: the institutions and the "
        "identifier are not real."
    ): (
        "Région partenaire : Afrique, Caraïbes et Pacifique (Kenya, Ghana). Cet exemple "
        "illustratif a été créé pour cette démonstration : les établissements et "
        "l'identifiant ne sont pas réels."
    ),
    # Project example: Teacher education with South Africa
    "Teacher education with South Africa": "Formation des enseignants avec l'Afrique du Sud",
    "teacher-education-south-africa": "formation-enseignants-afrique-du-sud",
    "Teacher educators from both institutions taught and observed classes at the partner.": (
        "Des formateurs d'enseignants des deux établissements ont enseigné et observé des "
        "cours chez le partenaire."
    ),
    "Both institutions added a module on multilingual classrooms.": (
        "Les deux établissements ont ajouté un module sur les classes multilingues."
    ),
    (
        "Partner region: South Africa (South Africa). This is an illustrative example made "
        "for this demonstration: the institutions and the identifier are not real."
    ): (
        "Région partenaire : Afrique du Sud (Afrique du Sud). Cet exemple illustratif a été "
        "créé pour cette démonstration : les établissements et l'identifiant ne sont pas "
        "réels."
    ),
    # Project example: Blended and doctoral mobility with Africa
    "Blended and doctoral mobility with Africa": "Mobilité hybride et doctorale avec l'Afrique",
    "blended-mobility-africa": "mobilite-hybride-afrique",
    (
        "Students joined a blended course on climate adaptation with one week on site in "
        "Sweden; doctoral candidates spent short research stays."
    ): (
        "Des étudiants ont suivi un cours hybride sur l'adaptation au changement climatique, "
        "avec une semaine sur place en Suède ; des doctorants ont effectué de courts séjours "
        "de recherche."
    ),
    "The blended course is open to students of all three universities.": (
        "Le cours hybride est ouvert aux étudiants des trois universités."
    ),
    (
        "Partner region: Sub-Saharan Africa (Ethiopia, Rwanda). This is an illustrative "
        "example made for this demonstration: the institutions and the identifier are not "
        "real."
    ): (
        "Région partenaire : Afrique subsaharienne (Éthiopie, Rwanda). Cet exemple "
        "illustratif a été créé pour cette démonstration : les établissements et "
        "l'identifiant ne sont pas réels."
    ),
    # Project example: Digital skills with South Asia
    "Digital skills with South Asia": "Compétences numériques avec l'Asie du Sud",
    "digital-skills-asia": "competences-numeriques-asie",
    (
        "Short-term mobility for computing students and staff exchanges to build a shared "
        "course on data skills."
    ): (
        "Mobilité de courte durée pour des étudiants en informatique et échanges de personnel"
        " pour construire un cours commun sur les compétences en matière de données."
    ),
    "The first cohort is travelling; results will follow.": (
        "La première promotion est en mobilité ; les résultats suivront."
    ),
    (
        "Partner region: Asia (India, Nepal). This is an illustrative example made for this "
        "demonstration: the institutions and the identifier are not real."
    ): (
        "Région partenaire : Asie (Inde, Népal). Cet exemple illustratif a été créé pour "
        "cette démonstration : les établissements et l'identifiant ne sont pas réels."
    ),
    # Resource library: Visual materials
    "Visual materials": "Supports visuels",
    "visual-materials": "supports-visuels",
    (
        "The ICM leaflet, the slides of the live event, the international student "
        "testimonial, infographics and the Programme Guide."
    ): (
        "Le dépliant de la MIC, les diapositives de l'événement en direct, le témoignage d'un"
        " étudiant international, des infographies et le guide du programme."
    ),
    (
        "The leaflet, the slides of the live event, the international student testimonial, "
        "infographics and the Programme Guide."
    ): (
        "Le dépliant, les diapositives de l'événement en direct, le témoignage d'un étudiant "
        "international, des infographies et le guide du programme."
    ),
    "The action on three pages: activities, how to apply, the 2020 rates and what comes next.": (
        "L'action en trois pages : activités, candidature, taux 2020 et perspectives."
    ),
    "Slides of the live event of 27 January 2021": (
        "Diapositives de l'événement en direct du 27 janvier 2021"
    ),
    "The PPT presented during the live event.": (
        "La présentation PowerPoint projetée pendant l'événement en direct."
    ),
    (
        "Illustrative testimonial: the transcript was written for this demonstration and the "
        "link leads to a placeholder video, not to a real participant."
    ): (
        "Témoignage illustratif : la transcription a été rédigée pour cette démonstration et "
        "le lien mène à une vidéo de substitution, et non à un vrai participant."
    ),
    "An infographic made for this demonstration from the Erasmus+ Programme Guide 2020 (KA107).": (
        "Une infographie réalisée pour cette démonstration d'après le guide du programme "
        "Erasmus+ 2020 (KA107)."
    ),
    "How to apply in four steps": "Comment candidater en quatre étapes",
    "Erasmus+ Programme Guide": "Guide du programme Erasmus+",
    (
        "The European Commission's page with the Programme Guide of each call: eligibility, "
        "award criteria, deadlines and funding rules."
    ): (
        "La page de la Commission européenne qui publie le guide du programme de chaque appel"
        " : éligibilité, critères d'attribution, dates limites et règles de financement."
    ),
    # Event index: Events
    "Events": "Événements",
    "events": "evenements",
    "The live event and upcoming information sessions.": (
        "L'événement en direct et les prochaines séances d'information."
    ),
    (
        "Live events of the International Credit Mobility e-Booth, with their times in "
        "Brussels time."
    ): (
        "Les événements en direct de l'e-Booth Mobilité internationale de crédits, avec leurs"
        " horaires à l'heure de Bruxelles."
    ),
    # Event: International Credit Mobility: live event
    "International Credit Mobility: live event": (
        "Mobilité internationale de crédits : événement en direct"
    ),
    "live-event-27-january-2021": "evenement-en-direct-27-janvier-2021",
    (
        "Join us in the e-Booth's live event: International Credit Mobility today, the end of"
        " the KA107 calls and what to expect from call 2022."
    ): (
        "Rejoignez-nous pour l'événement en direct de l'e-Booth : la mobilité internationale "
        "de crédits aujourd'hui, la fin des appels KA107 et ce qu'il faut attendre de l'appel"
        " 2022."
    ),
    (
        "You can find here the PPT presented during the live event. If you need more "
        "information, please contact the ICM information desk."
    ): (
        "Vous trouverez ici la présentation PowerPoint projetée pendant l'événement en "
        "direct. Pour en savoir plus, veuillez contacter le service d'information MIC."
    ),
    # Event: Information session: International Credit Mobility under KA171
    "Information session: International Credit Mobility under KA171": (
        "Séance d'information : la mobilité internationale de crédits dans le cadre de la KA171"
    ),
    "information-session": "seance-information",
    (
        "An example upcoming session of this demonstration: how ICM works from call 2022 "
        "(KA171), followed by questions and answers."
    ): (
        "Un exemple de séance à venir de cette démonstration : le fonctionnement de la MIC à "
        "partir de l'appel 2022 (KA171), suivi de questions-réponses."
    ),
    "Welcome and introduction": "Accueil et introduction",
    "International Credit Mobility under KA171": (
        "La mobilité internationale de crédits dans le cadre de la KA171"
    ),
    "Questions and answers": "Questions-réponses",
    # Booth: Capacity Building in Higher Education
    "Capacity Building in Higher Education": (
        "Renforcement des capacités dans le domaine de l'enseignement supérieur"
    ),
    "capacity-building-higher-education": "renforcement-capacites-enseignement-superieur",
    (
        "Erasmus+ Capacity Building in Higher Education: what it supports and how it connects"
        " with International Credit Mobility."
    ): (
        "Renforcement des capacités dans le domaine de l'enseignement supérieur Erasmus+ : ce"
        " qu'il soutient et ses liens avec la mobilité internationale de crédits."
    ),
    "Erasmus+ cooperation projects that modernise higher education in Partner Countries": (
        "Des projets de coopération Erasmus+ qui modernisent l'enseignement supérieur dans "
        "les pays partenaires"
    ),
    (
        "This e-Booth presents Erasmus+ Capacity Building in Higher Education: international "
        "cooperation projects that help higher education institutions in Partner Countries "
        "modernise and internationalise, together with institutions in Programme Countries."
    ): (
        "Cet e-Booth présente le renforcement des capacités dans le domaine de l'enseignement"
        " supérieur Erasmus+ : des projets de coopération internationale qui aident les "
        "établissements d'enseignement supérieur des pays partenaires à se moderniser et à "
        "s'internationaliser, avec des établissements des pays du programme."
    ),
    (
        "Capacity Building in Higher Education is part of Erasmus+ Key Action 2 (Erasmus+ "
        "Programme Guide 2020, Key Action 2, Capacity Building in Higher Education). Projects"
        " bring together institutions that want to modernise curricula, governance and the "
        "links between higher education and society."
    ): (
        "Le renforcement des capacités dans le domaine de l'enseignement supérieur relève de "
        "l'action clé 2 d'Erasmus+ (Guide du programme Erasmus+ 2020, action clé 2, "
        "renforcement des capacités dans le domaine de l'enseignement supérieur). Les projets"
        " réunissent des établissements qui veulent moderniser les programmes d'études, la "
        "gouvernance et les liens entre l'enseignement supérieur et la société."
    ),
    # Topic: What CBHE supports
    "What CBHE supports": "Ce que soutient le CBHE",
    "what-cbhe-supports": "ce-que-soutient-le-cbhe",
    (
        "Joint and structural projects of two or three years between institutions in "
        "Programme and Partner Countries."
    ): (
        "Projets communs et projets structurels de deux ou trois ans entre établissements des"
        " pays du programme et des pays partenaires."
    ),
    "Cooperation projects that modernise higher education in Partner Countries.": (
        "Des projets de coopération qui modernisent l'enseignement supérieur dans les pays "
        "partenaires."
    ),
    (
        "CBHE projects are partnerships of higher education institutions from Programme "
        "Countries and eligible Partner Countries. <b>Joint projects</b> develop curricula, "
        "teaching methods and the management of institutions; <b>structural projects</b> also"
        " involve national authorities to reform higher education systems. Unlike "
        "International Credit Mobility, CBHE is managed centrally: applications go to the "
        "European Education and Culture Executive Agency (EACEA), not to National Agencies."
    ): (
        "Les projets CBHE sont des partenariats d'établissements d'enseignement supérieur de "
        "pays du programme et de pays partenaires éligibles. Les <b>projets communs</b> "
        "développent les programmes d'études, les méthodes d'enseignement et la gestion des "
        "établissements ; les <b>projets structurels</b> associent en outre les autorités "
        "nationales pour réformer les systèmes d'enseignement supérieur. Contrairement à la "
        "mobilité internationale de crédits, le CBHE est géré de manière centralisée : les "
        "candidatures sont adressées à l'Agence exécutive européenne pour l'éducation et la "
        "culture (EACEA), et non aux agences nationales."
    ),
    "CBHE projects in the 2020 call": "Les projets CBHE de l'appel 2020",
    "2 or 3 years": "2 ou 3 ans",
    "Project duration": "Durée du projet",
    "Erasmus+ Programme Guide 2020, Key Action 2, Capacity Building in Higher Education": (
        "Guide du programme Erasmus+ 2020, action clé 2, renforcement des capacités dans le "
        "domaine de l'enseignement supérieur"
    ),
    "EUR 500,000-1,000,000": "500 000 à 1 000 000 EUR",
    "EU grant per project": "Subvention de l'UE par projet",
    (
        "The Programme Guide of the call year sets the eligible countries, the award criteria"
        " and the deadline."
    ): (
        "Le guide du programme de l'année de l'appel fixe les pays éligibles, les critères "
        "d'attribution et la date limite."
    ),
    # Topic: Synergies with International Credit Mobility
    "Synergies with International Credit Mobility": (
        "Synergies avec la mobilité internationale de crédits"
    ),
    "synergies-with-icm": "synergies-avec-la-mic",
    "How a CBHE partnership can go on with staff and student mobility funded by ICM.": (
        "Comment un partenariat CBHE peut se prolonger par la mobilité du personnel et des "
        "étudiants financée par la MIC."
    ),
    "Building on a CBHE project with mobility.": "Prolonger un projet CBHE par la mobilité.",
    (
        "Synergies with other key actions are usually considered an asset when applying for "
        "EU funds. For coordinators of CBHE projects, International Credit Mobility may be an"
        " opportunity to build on the project with staff and student mobility; where the "
        "project cooperates with the labour market, traineeships may be of interest."
    ): (
        "Les synergies avec d'autres actions clés sont généralement considérées comme un "
        "atout dans une demande de financement de l'UE. Pour les coordinateurs de projets "
        "CBHE, la mobilité internationale de crédits peut être l'occasion de prolonger le "
        "projet par la mobilité du personnel et des étudiants ; lorsque le projet coopère "
        "avec le marché du travail, les stages peuvent être intéressants."
    ),
    "Where to start": "Par où commencer",
    "In the ICM e-Booth": "Dans l'e-Booth MIC",
    # Standard page: Accessibility statement
    "Accessibility statement": "Déclaration d'accessibilité",
    "accessibility": "accessibilite",
    (
        "How accessible the example site is, how it was checked, and how to tell us about a "
        "barrier."
    ): (
        "Le niveau d'accessibilité du site d'exemple, la manière dont il a été vérifié et "
        "comment nous signaler un obstacle."
    ),
    (
        "This statement applies to the example site of the icm_ebooth package for Wagtail, in "
        "English, French and German. It follows the model of the EU Web Accessibility "
        "Directive (EU) 2016/2102 for public-sector websites."
    ): (
        "Cette déclaration s'applique au site d'exemple du paquet icm_ebooth pour Wagtail, en "
        "anglais, en français et en allemand. Elle suit le modèle de la directive (UE) "
        "2016/2102 relative à l'accessibilité des sites internet des organismes du secteur "
        "public."
    ),
    "Conformance status": "État de conformité",
    (
        "The site aims to conform with the Web Content Accessibility Guidelines (WCAG) 2.2 at "
        "level AA, which covers the requirements for web content of the harmonised European "
        "standard EN 301 549. The site is partially conformant: the exceptions are listed "
        "under known limitations below."
    ): (
        "Le site vise la conformité aux règles pour l'accessibilité des contenus web (WCAG) "
        "2.2 au niveau AA, qui couvrent les exigences de la norme européenne harmonisée EN 301"
        " 549 pour les contenus web. Le site est partiellement conforme : les exceptions sont "
        "énumérées ci-dessous sous les limites connues."
    ),
    "How the site was checked": "Comment le site a été vérifié",
    (
        "The test suite runs axe-core in the Chromium browser on every page of the site in "
        "every language: the WCAG 2.0, 2.1 and 2.2 rules of levels A and AA, plus heading "
        "order, a single main heading and landmarks."
    ): (
        "La suite de tests exécute axe-core dans le navigateur Chromium sur chaque page du "
        "site, dans chaque langue : les règles WCAG 2.0, 2.1 et 2.2 des niveaux A et AA, "
        "ainsi que l'ordre des titres, un titre principal unique et les régions."
    ),
    (
        "The test suite follows every link of the site from its English, French and German "
        "home pages, and no link may lead to a missing page or an error."
    ): (
        "La suite de tests suit chaque lien du site depuis ses pages d'accueil anglaise, "
        "française et allemande, et aucun lien ne doit mener à une page absente ou à une "
        "erreur."
    ),
    (
        "Pages were checked with the keyboard alone and at a width of 320 CSS pixels, where "
        "they reflow without horizontal scrolling."
    ): (
        "Les pages ont été vérifiées au clavier seul et à une largeur de 320 pixels CSS, où "
        "leur contenu se réorganise sans défilement horizontal."
    ),
    (
        "Every page works without JavaScript: filters are ordinary forms, and a video is a "
        "plain link until the visitor chooses to play it."
    ): (
        "Chaque page fonctionne sans JavaScript : les filtres sont des formulaires ordinaires"
        " et une vidéo reste un simple lien tant que le visiteur ne choisit pas de la lire."
    ),
    "Known limitations": "Limites connues",
    (
        "The demonstration video, the international student testimonial, is a placeholder "
        "link and not a real recording: it has no captions or audio description. Its "
        "transcript is given on the page."
    ): (
        "La vidéo de démonstration, le témoignage d'un étudiant international, est un lien "
        "fictif et non un véritable enregistrement : elle n'a ni sous-titres ni "
        "audiodescription. Sa transcription figure sur la page."
    ),
    (
        "A video player from another provider, such as Vimeo, loads only after the visitor "
        "activates it. Once activated, the accessibility of that player is outside our "
        "control."
    ): (
        "Le lecteur vidéo d'un autre fournisseur, comme Vimeo, ne se charge qu'après son "
        "activation par le visiteur. Une fois activé, l'accessibilité de ce lecteur ne dépend"
        " plus de nous."
    ),
    (
        "The PDF documents and slides offered for download are sample files. They have not "
        "been checked against the requirements for non-web documents of EN 301 549."
    ): (
        "Les documents PDF et les présentations proposés au téléchargement sont des fichiers "
        "d'exemple. Ils n'ont pas été vérifiés au regard des exigences de la norme EN 301 549"
        " pour les documents non web."
    ),
    "Feedback and contact": "Retour d'information et contact",
    (
        "If you meet a barrier on this site, or need a page or a document in another format, "
        'write to <a id="a1">accessibility@example.org</a>. We aim to answer within ten '
        "working days."
    ): (
        "Si vous rencontrez un obstacle sur ce site, ou si vous avez besoin d'une page ou d'un"
        ' document dans un autre format, écrivez à <a id="a1">accessibility@example.org</a>. '
        "Nous nous efforçons de répondre dans un délai de dix jours ouvrables."
    ),
    (
        "If our answer does not satisfy you, you can turn to the body that enforces web "
        "accessibility in your country."
    ): (
        "Si notre réponse ne vous satisfait pas, vous pouvez vous adresser à l'organisme "
        "chargé du contrôle de l'accessibilité numérique dans votre pays."
    ),
    "Date of this statement": "Date de cette déclaration",
    (
        "This statement was prepared on 29 November 2026, from the checks described above. "
        "It is reviewed whenever the site changes."
    ): (
        "Cette déclaration a été établie le 29 novembre 2026, à partir des vérifications "
        "décrites ci-dessus. Elle est revue à chaque modification du site."
    ),
    # Standard page: Privacy notice
    "Privacy notice": "Avis de confidentialité",
    "privacy": "confidentialite",
    (
        "What the example site does with the personal data of visitors who ask a booth a "
        "question, and how it counts visits without cookies."
    ): (
        "Ce que le site d'exemple fait des données personnelles des visiteurs qui posent une "
        "question à un stand, et comment il compte les visites sans cookies."
    ),
    (
        "This notice explains what the example site of the icm_ebooth package does with "
        "personal data. A site that installs the package writes its own."
    ): (
        "Cet avis explique ce que le site d'exemple du paquet icm_ebooth fait des données "
        "personnelles. Un site qui installe le paquet rédige le sien."
    ),
    "Cookies": "Cookies",
    (
        "The site sets no cookie for its visitors. Only editors who sign in to the "
        "administration receive a session cookie."
    ): (
        "Le site ne dépose aucun cookie chez ses visiteurs. Seuls les rédacteurs qui se "
        "connectent à l'administration reçoivent un cookie de session."
    ),
    "Questions to a booth": "Questions posées à un stand",
    (
        "When you ask a booth a question, the site keeps your name if you give it, your e-mail "
        "address and your question, and sends them by e-mail to the booth's contact, who "
        "answers you. You are not sent a copy. In the administration, only the editors of "
        "that booth see your question."
    ): (
        "Lorsque vous posez une question à un stand, le site conserve votre nom si vous le "
        "donnez, votre adresse électronique et votre question, et les envoie par courriel au "
        "contact du stand, qui vous répond. Aucune copie ne vous est envoyée. Dans "
        "l'administration, seuls les rédacteurs de ce stand voient votre question."
    ),
    ("Questions are deleted 180 days after they were asked, whether they were answered or not."): (
        "Les questions sont supprimées 180 jours après avoir été posées, qu'elles aient reçu "
        "une réponse ou non."
    ),
    (
        "To stop abuse, the site counts the questions sent from each network address for an "
        "hour, under a keyed hash of the address. The address itself is not stored."
    ): (
        "Pour empêcher les abus, le site compte pendant une heure les questions envoyées "
        "depuis chaque adresse réseau, sous une empreinte à clé de cette adresse. L'adresse "
        "elle-même n'est pas conservée."
    ),
    "Visitor statistics": "Statistiques de visite",
    (
        "For each booth and each day, the site counts page views, downloads, calendar "
        "entries, clicks to join an event and the searches made in its listings. It uses no "
        "cookie and sends nothing to another site."
    ): (
        "Pour chaque stand et chaque jour, le site compte les pages vues, les "
        "téléchargements, les ajouts au calendrier, les clics pour rejoindre un événement et "
        "les recherches faites dans ses listes. Il n'utilise aucun cookie et n'envoie rien à "
        "un autre site."
    ),
    (
        "To count unique visitors, the site hashes your network address and browser name "
        "with a random key that changes every day and is then thrown away. The hashes are "
        "deleted within two days: only the daily totals are kept."
    ): (
        "Pour compter les visiteurs uniques, le site calcule une empreinte de votre adresse "
        "réseau et du nom de votre navigateur avec une clé aléatoire qui change chaque jour "
        "puis est détruite. Les empreintes sont supprimées dans les deux jours : "
        "seuls les totaux quotidiens sont conservés."
    ),
    (
        "If your browser sends Do Not Track or Global Privacy Control, you are not counted at all."
    ): (
        "Si votre navigateur envoie Do Not Track ou Global Privacy Control, vous n'êtes pas "
        "compté du tout."
    ),
    "Your rights": "Vos droits",
    (
        "You may ask to see, correct or delete the data the site holds about you by writing "
        'to <a id="a1">privacy@example.org</a>. You may also complain to the data protection '
        "authority of your country."
    ): (
        "Vous pouvez demander à consulter, corriger ou supprimer les données que le site "
        'détient sur vous en écrivant à <a id="a1">privacy@example.org</a>. Vous pouvez '
        "aussi introduire une réclamation auprès de l'autorité de protection des données de "
        "votre pays."
    ),
    "This notice was written on 6 December 2026.": "Cet avis a été rédigé le 6 décembre 2026.",
}
