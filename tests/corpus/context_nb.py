"""Norwegian context corpus: the span is marked [[...]]."""

EXAMPLES = [
    ("Hele provinsen har mer enn [[4 millioner]] mennesker som deltar i helsetrygd.",
     {"qualifier": "more_than", "unit": "person", "subject": "helsetrygd"}),
    ("Noe som nådde 92,05 % av planen, en økning på mer enn [[182 000]] personer.",
     {"change": "increase", "qualifier": "more_than", "unit": "person"}),
    ("Noe som utgjør nesten [[48 %]] av arbeidsstyrken.", {"qualifier": "about"}),
    ("Ved utgangen av september hadde byen [[2,299 millioner]] mennesker.",
     {"period": "Ved utgangen av september"}),
    ("Inntektene nådde over 56 738 milliarder VND, en økning på [[14,66 %]] i samme periode.",
     {"change": "increase", "qualifier": None}),
    ("Andelen skal reduseres til under [[1,4 %]] av beløpet.", {"qualifier": "less_than"}),
    ("Det gjelder [[599]] konkursrammede, oppløste enheter.", {"unit": "enterprise"}),
    ("Helseforsikringskort til [[200 000]] barn.", {"unit": "person"}),
    ("Systemet ble utstedt til [[685 000]] tilfeller.", {"unit": "case"}),
    ("Etaten mottok [[8,5 millioner]] registre.", {"unit": "document"}),
    ("Det ble utstedt [[3 000]] helseforsikringskort.", {"unit": "card"}),
    ("Det kom [[40]] bedrifter.", {"unit": "enterprise"}),
    ("Ytelsen er [[kr 1 200]] i måneden.", {"per": "month"}),
    ("Det er om lag [[300]] sykehus.", {"qualifier": "about", "unit": "facility"}),
    ("Ledigheten falt med [[0,4 prosentpoeng]].", {"change": "decrease"}),
    ("Minst [[20]] konferanser ble holdt.", {"qualifier": "at_least", "unit": "event"}),
    ("Inntil [[5 000]] transaksjoner per dag.", {"qualifier": "at_most", "unit": "transaction", "per": "day"}),
    ("Kostnadene på 9 måneder nådde [[21 763 milliarder VND]].", {"period": "på 9 måneder"}),
    # a level reached by a change, and more or fewer beyond the present level
    ("Ledigheten økte fra [[3,1]] til 3,4 prosent.", {"change": None}),
    ("Ledigheten økte fra 3,1 til [[3,4 prosent]].", {"change": None}),
    ("Det er [[4 500]] flere mottakere enn året før.", {"change": "increase"}),
    ("I alt var [[1 200]] færre personer ledige.", {"change": "decrease"}),
    ("Det er en oppgang i ledigheten på [[0,3 prosentpoeng]].", {"change": "increase"}),
    ("Utbetalingene var drøyt [[2,1 milliarder kroner]].", {"qualifier": "more_than"}),
    ("Egenandelen er [[275 kroner]] per konsultasjon.", {"per": "visit"}),
    ("Etaten behandlet [[1,8 millioner]] oppgjør.", {"unit": "case"}),
]

# What stands between the two values: a range joiner or not.
RANGE_GAPS = [("–", True), (" - ", True), (" til ", True), (" og ", False), (" eller ", False), (" ", False)]
