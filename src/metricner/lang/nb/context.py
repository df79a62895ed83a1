"""Norwegian Bokmål: the words around a number (data only; logic in
metricner.context and metricner.rules). Entries are lower case, NFKC-normal."""
from __future__ import annotations

QUALIFIERS_BEFORE: dict[str, str] = {
    "mer enn": "more_than",
    "flere enn": "more_than",
    "over": "more_than",
    "godt over": "more_than",
    "i overkant av": "more_than",
    "utover": "more_than",
    "mindre enn": "less_than",
    "færre enn": "less_than",
    "under": "less_than",
    "i underkant av": "less_than",
    "om lag": "about",
    "omlag": "about",
    "rundt": "about",
    "omtrent": "about",
    "cirka": "about",
    "ca.": "about",
    "anslagsvis": "about",
    "nesten": "about",
    "nær": "about",
    "nærmere": "about",
    "drøyt": "more_than",
    "knapt": "about",
    "minst": "at_least",
    "minimum": "at_least",
    "inntil": "at_most",
    "maksimalt": "at_most",
    "maks": "at_most",
    "høyst": "at_most",
    "opptil": "at_most",
}
QUALIFIERS_AFTER: dict[str, str] = {
    "eller mer": "at_least",
    "eller flere": "at_least",
    "eller mindre": "at_most",
}
EXCEED_CUES: tuple[str, ...] = ("overstiger", "oversteg", "overgikk", "overgår")
COMPARISON_CUES: tuple[str, ...] = ("over målet", "over planen", "mer enn planlagt")
# "between A and B": a range when the first word comes right before A and the
# second joins A and B ("mellom 2 og 3 millioner kroner", "بين 3 و3.5 ملايين").
RANGE_BETWEEN: tuple[tuple[str, str], ...] = (("mellom", "og"),)
# What stands between the two values of a range ("10–12 %", "5 til 7 %").
RANGE_WORDS: tuple[str, ...] = ("-", "\u2013", "\u2014", "til")

CHANGE_CUES: dict[str, str] = {
    "økning på": "increase",
    "en økning på": "increase",
    "økte med": "increase",
    "økt med": "increase",
    "øker med": "increase",
    "vekst på": "increase",
    "steg med": "increase",
    "stiger med": "increase",
    "opp med": "increase",
    "nedgang på": "decrease",
    "oppgang": "increase",
    "nedgang": "decrease",
    "en nedgang på": "decrease",
    "reduksjon på": "decrease",
    "falt med": "decrease",
    "faller med": "decrease",
    "sank med": "decrease",
    "redusert med": "decrease",
    "gikk ned med": "decrease",
    "ned med": "decrease",
}
CHANGE_FILLERS: tuple[str, ...] = ("mer", "enn", "over", "om", "lag", "rundt", "nesten", "hele", "med", "på")
# A change cue before one of these names a level: "økte fra 3,1 til 3,4 prosent" (change null).
CHANGE_LEVEL_WORDS: tuple[str, ...] = ("til", "fra")
# After the value or its counted noun: "6 000 flere enn i forrige periode",
# "5 000 flere personer" (GUIDELINES: increase), "færre" (decrease).
CHANGE_AFTER: dict[str, str] = {"flere": "increase", "færre": "decrease"}

PER_WORDS: dict[str, str] = {
    "per år": "year", "pr. år": "year", "i året": "year", "årlig": "year", "/år": "year",
    "per konsultasjon": "visit", "per behandling": "visit", "per besøk": "visit",
    "per måned": "month", "pr. måned": "month", "i måneden": "month", "månedlig": "month",
    "/mnd": "month", "/mnd.": "month", "per mnd.": "month",
    "per uke": "week", "i uken": "week", "per dag": "day", "om dagen": "day",
    "per innbygger": "person", "per person": "person", "per capita": "person",
    "per deltaker": "person", "per ansatt": "person", "per husstand": "household",
}

COUNT_NOUNS: dict[str, str] = {
    "personer": "person", "person": "person", "mennesker": "person", "menneske": "person",
    "deltakere": "person", "deltagere": "person", "deltaker": "person", "medlemmer": "person",
    "ansatte": "person", "arbeidstakere": "person", "arbeidere": "person", "pensjonister": "person",
    "mottakere": "person", "innbyggere": "person", "barn": "person", "elever": "person",
    "studenter": "person", "pasienter": "person", "brukere": "person", "kunder": "person",
    "ledige": "person", "arbeidsledige": "person", "uføre": "person", "eldre": "person",
    "husholdninger": "household", "husstander": "household", "familier": "household",
    "bedrifter": "enterprise", "foretak": "enterprise", "selskaper": "enterprise",
    "virksomheter": "enterprise", "enheter": "enterprise", "arbeidsgivere": "enterprise",
    "sykehus": "facility", "klinikker": "facility", "fasiliteter": "facility",
    "helseinstitusjoner": "facility", "legekontorer": "facility", "institusjoner": "facility",
    "registre": "document", "dokumenter": "document", "søknader": "document", "journaler": "document",
    "filer": "document", "bøker": "document", "poster": "document", "sertifikater": "document",
    "kort": "card",
    "tilfeller": "case", "tilfelle": "case", "saker": "case",
    "besøk": "visit", "konsultasjoner": "visit", "undersøkelser": "visit", "behandlinger": "visit",
    "oppgjør": "case",
    "transaksjoner": "transaction", "betalinger": "transaction", "utbetalinger": "transaction",
    "konferanser": "event", "møter": "event", "arrangementer": "event", "seminarer": "event",
    "kampanjer": "event", "kurs": "event",
    "provinser": "other", "kommuner": "other", "byer": "other", "artikler": "other",
    "kontoer": "other", "tjenester": "other", "prosedyrer": "other", "saksbehandlinger": "other",
}
# Norwegian compounds: "helseforsikringskort" ends with the counted noun "kort".
COUNT_NOUN_SUFFIXES = True

TIME_UNITS: tuple[str, ...] = (
    "sekunder", "sekund", "minutter", "minutt", "timer", "time", "døgn", "dager", "dag",
    "dagene", "uker", "uke", "ukene", "måneder", "måned", "månedene", "mnd", "mnd.", "år",
    "årene", "året", "kvartaler", "tiår", "dagers", "ukers", "måneders", "års", "netter",
)
MONTHS: tuple[str, ...] = (
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "desember", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
    "aug.", "sep.", "sept.", "okt.", "nov.", "des.",
)
ID_MARKERS: tuple[str, ...] = (
    "nr.", "nr", "nummer", "no.", "prosjekt", "prosjektet", "blokk", "region", "sone",
    "kapittel", "paragraf", "§", "forskrift", "vedtak", "lov", "nivå", "trinn", "fase",
    "punkt", "kl.", "klokken", "alder", "alderen", "side", "rom", "etasje", "versjon",
    "kategori", "gruppe", "år", "året", "høsten", "våren", "sommeren", "vinteren", "uke",
    "tabell", "figur", "vedlegg",
)
# Identifier words that rule a number out even with a unit after it ("nomor 3 persen").
ID_MARKERS_STRICT: tuple[str, ...] = ("nr.", "nr", "no.")
NOT_COUNTED: tuple[str, ...] = ("kategorier", "grupper", "punkter", "trinn", "faser", "ganger")

# " … " stands for up to four words ("må Dong Nai sosialforsikring utvikle").
TARGET_CUES: tuple[str, ...] = (
    "mål om", "målet", "målet er", "målsetting", "målsettingen", "målet om",
    "planen om", "plan om", "planlegger", "strebe etter",
    "streber etter", "strebet etter", "sikte på", "tar sikte på", "skal", "må … utvikle",
    "må … nå", "må … oppnå", "må … øke", "må … redusere", "må … inndrive", "kvote", "kvoten",
    "ambisjon", "ambisjonen",
)
PLAN_SHARE_AFTER: tuple[str, ...] = (
    r"av\s+(?:\w+\s+){0,2}(?:plan|planen|målet|måltallet|kvoten)\b",
    r"av\s+(?:\w+\s+){0,2}\w*-?planen\b",
)

PERIOD_PATTERNS: tuple[str, ...] = (
    r"\b(?:ved|per)\s+utgangen\s+av\s+[a-zæøå]+(?:\s+\d{4})?",
    r"\b(?:i\s+løpet\s+av\s+)?de\s+siste\s+(?:\d+|\w+)\s+månedene",
    r"\bper\s+\d{1,2}\.\s*[a-zæøå]+(?:\s+\d{4})?",
    r"\b(?:i|på)\s+(?:de\s+)?(?:første\s+)?\d+\s+måneder(?:\s+(?:i|av)\s+\d{4})?",
    r"\b(?:i\s+)?(?:første|andre|tredje|fjerde)\s+kvartal(?:\s+\d{4})?",
    r"\b\d\.\s+kvartal(?:\s+\d{4})?",
    r"\bfrem\s+til\s+nå",
    r"\binnen\s+(?:utgangen\s+av\s+)?\d{4}",
    r"\bi\s+\d{4}",
    r"\bi\s+fjor",
)

CAPTION_MARKERS: tuple[str, ...] = ("foto:", "illustrasjon:", "illustrasjonsfoto")
SOURCE_PREFIXES: tuple[str, ...] = ("kilde:", "kilder:", "source:", "les også:")
COMMENT_LINES: tuple[str, ...] = ("kommentar", "kommentarer")

ABBREVIATIONS: tuple[str, ...] = (
    "nr", "no", "dr", "prof", "bl.a", "f.eks", "ca", "jf", "kl", "kr", "mill", "mrd", "pst",
    "st", "ev", "evt", "inkl", "ekskl", "mv", "osv", "pr", "tlf", "m.fl", "m.m", "mnd",
    "jan", "feb", "aug", "sep", "sept", "okt", "nov", "des", "dvs", "iht", "ift", "vs",
)

DETECT_CUES: tuple[str, ...] = (
    "og", "i", "som", "er", "av", "for", "med", "til", "på", "det", "en", "ikke", "har",
    "de", "om", "den", "å", "fra", "et", "var", "ble", "mer", "enn", "å", "hadde", "også",
    "trygd", "personer", "mennesker", "deltakere", "millioner", "prosent",
)

SUBJECT_STOPS: tuple[str, ...] = (
    "er", "var", "har", "hadde", "nådde", "når", "når", "utgjør", "utgjorde", "dekket",
    "omfatter", "med", "på", "av", "til", "i", "og", "som", "en", "et", "den", "det", "de",
    "for", "mer", "enn", "over", "under", "nesten", "rundt", "om", "lag", "hele", "byen",
    "provinsen", "totalt", "beløp", "andel", "økning", "nedgang", "hele", "fra", "nå",
)
# Phrases after the value and its noun that introduce the subject.
SUBJECT_AFTER_INTRO: tuple[str, ...] = ("som deltar i", "som deltok i", "deltar i", "innen", "i")
SUBJECT_AFTER_HEADS: tuple[str, ...] = ()
# Words right before a four-digit number that make it a year ("i 2025",
# "innen 2030", "statsbudsjettet for 2026"); month names count too (MONTHS).
# The sentence prefilter skips sentences whose only numbers are such years.
YEAR_CUES: tuple[str, ...] = (
    "i", "år", "året", "innen", "siden", "til", "fra", "av", "for", "kvartal",
    "halvår", "budsjettet", "statsbudsjettet",
)
# Words right before a phone number ("telp. (021) 3841195", "tlf. 22 86 50 00",
# "الخط الساخن 16103"): the number and those listed after it are not metrics.
# Words that join the numbers of such a list ("3841195 atau 3842508").
LIST_WORDS: tuple[str, ...] = ("og", "eller")
PHONE_CUES: tuple[str, ...] = (
    "tlf", "tlf.", "telefon", "telefonnummer", "mobil", "mob.", "sentralbord", "sms", "faks", "ext.",
)
# A survey's confidence level is not a metric (SPEC: thresholds in definitions):
# the words right before or after a rate that make it one ("med 95 prosent
# sannsynlighet", "et konfidensnivå på 95 %").
CONFIDENCE_BEFORE: tuple[str, ...] = ("konfidensnivå på", "konfidensnivået på", "konfidensintervall på",
                                      "signifikansnivå på", "signifikansnivået på")
CONFIDENCE_AFTER: tuple[str, ...] = ("sannsynlighet", "sikkerhet", "konfidensintervall", "konfidensnivå",
                                     "signifikansnivå")
# Two number words joined by "or" are a vague quantity, not a metric (SPEC:
# "to eller tre ganger"): the word that joins them.
OR_WORDS: tuple[str, ...] = ("eller",)
