"""Norwegian numbers that stay O, lines with digits around articles, and
distractor-only sentences (NAV releases, NTB/NRK/E24-style news)."""
from __future__ import annotations

from .common import choice, fmt, grouped, num, one_of, pick, slug_words, year

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember")
SLUG = ("nav", "dagpenger", "sykepenger", "trygd", "ledighet", "uforetrygd", "pensjon", "kommune",
        "arbeid", "helse", "2025", "budsjett", "stortinget", "3", "9", "prosent", "millioner", "kroner", "12", "mrd")

DISTRACTORS = {
    "confidence": one_of(fmt("{n} prosent sannsynlighet", n=choice(("90", "95", "99"))),
                         fmt("et konfidensintervall på {n} prosent", n=choice(("90", "95", "99"))),
                         fmt("et signifikansnivå på {n} prosent", n=choice(("1", "5", "10")))),
    "year": year(),
    "date": one_of(fmt("{d}. {m} {y}", d=num(1, 28), m=choice(MONTHS), y=year()),
                   fmt("{d}.{mo}.{y}", d=num(1, 28, 2), mo=num(1, 12, 2), y=year()),
                   fmt("{d}. {m}", d=num(1, 28), m=choice(MONTHS))),
    "month_year": fmt("{m} {y}", m=choice(MONTHS), y=year()),
    "time": fmt("klokken {h}.{mi}", h=num(7, 21, 2), mi=choice(("00", "15", "30", "45"))),
    "dur": one_of(fmt("{n} måneder", n=num(2, 24)), fmt("{n} uker", n=num(2, 52)), fmt("{n} år", n=num(2, 10)),
                  fmt("{n} dager", n=num(3, 90)), fmt("{n}-dagers", n=choice(("14", "20", "30"))),
                  fmt("{n} timer", n=num(2, 48)), pick("tre måneder", "seks uker", "to år", "ett år")),
    "last_months": fmt("de siste {n} månedene", n=num(2, 12)),
    "quarter": one_of(fmt("{n}. kvartal", n=num(1, 4)), fmt("{n}. halvår", n=num(1, 2)),
                      fmt("første halvår", ), fmt("andre tertial")),
    "age": one_of(fmt("{n} år gamle", n=num(18, 80)), fmt("{n}-åringer", n=num(18, 67))),
    "age_range": fmt("{a}–{b} år", a=choice(("16", "18", "20", "25")), b=choice(("62", "64", "66", "67"))),
    "ord": one_of(fmt("{n}. plass", n=num(2, 20)), fmt("{n}. kvartal", n=num(1, 4)),
                  fmt("{n}. gang", n=num(2, 10)), fmt("{n}. trinn", n=num(1, 4))),
    "ident": one_of(fmt("blokk nr. {n}", n=num(1, 12, 2)), fmt("region {r}", r=choice(("I", "II", "III", "IV"))),
                    fmt("Nav {c} {n}", c=choice(("Grünerløkka", "Bergenhus", "Sandnes")), n=num(1, 3)),
                    fmt("Stortingsmelding nr. {n}", n=num(1, 40)), fmt("Prop. {n} L ({y}–{z})", n=num(1, 150), y=year(2019, 2024), z=num(20, 25)),
                    fmt("rute {n}", n=num(1, 30))),
    "decree": one_of(fmt("folketrygdloven § {a}-{b}", a=num(3, 22), b=num(1, 30)),
                     fmt("forskrift av {d}. {m} {y} nr. {n}", d=num(1, 28), m=choice(MONTHS), y=year(2010, 2025), n=num(100, 2500)),
                     fmt("arbeidsmiljøloven § {a}-{b}", a=num(2, 15), b=num(1, 12)),
                     fmt("rundskriv {n}/{y}", n=num(1, 30), y=year(2018, 2025)),
                     fmt("sak {n}/{y}", n=num(1, 250), y=year(2018, 2025))),
    "phone": one_of(pick("55 55 33 33", "55 55 33 34", "21 07 00 00"),
                    fmt("{a} {b} {c} {d}", a=num(20, 99), b=num(10, 99), c=num(10, 99), d=num(10, 99))),
    "list": pick("tre kategorier", "to grupper", "fire ordninger", "fem tiltak", "tre hovedgrupper",
                 "to alternativer", "seks punkter"),
    "vague": pick("noen få tusen", "flere hundre millioner kroner", "titusener av mennesker", "hundrevis av bedrifter",
                  "flere tusen søknader", "milliarder av kroner", "et par hundre personer", "tusenvis av arbeidstakere"),
    "url": fmt("https://www.{d}/{a}/{s}-{n}", d=choice(("nav.no", "nrk.no", "e24.no", "vg.no", "aftenposten.no",
                                                         "regjeringen.no")),
               a=choice(("nyheter", "statistikk", "okonomi", "no/dokumenter")), s=slug_words(SLUG), n=num(1000, 999999)),
    "file": fmt("{s}-{y}-{mo}.pdf", s=choice(("hovedtall-om-arbeidsmarkedet", "statsbudsjettet", "arsrapport")),
                y=year(2022, 2025), mo=num(1, 12, 2)),
}

CAPTION = one_of(
    pick("![]() |"),
    fmt("| {who} under pressekonferansen {d}. Foto: {p} |",
        who=choice(("Arbeids- og inkluderingsministeren", "Nav-direktøren", "Statsministeren", "Finansministeren")),
        d=DISTRACTORS["date"], p=choice(("NTB", "Nav", "Heiko Junge / NTB", "Javad Parsa / NTB"))),
    fmt("| Fra møtet i {c}. Foto: {p} |", c=choice(("Stortinget", "kommunestyret", "Nav-kontoret")),
        p=choice(("Privat", "NTB", "Hanh Dung"))),
)
SOURCE = one_of(fmt("Kilde: {u}", u=DISTRACTORS["url"]), fmt("Kilde: Nav, {d}", d=DISTRACTORS["date"]),
                fmt("Les også: {u}", u=DISTRACTORS["url"]), fmt("Vedlegg: {f}", f=DISTRACTORS["file"]),
                fmt("Kilde: SSB, tabell {n}", n=num(10000, 14999)))
COMMENT = one_of(fmt("Kommentar ({n})", n=choice(("0", "0", "2", "14"))), pick("Del artikkelen", "Publisert:"))

CONTACT = one_of(
    fmt("Kontakt: {w}, tlf. {a} {b} {c}", w=choice(("Kari Nordmann", "Ola Berg", "pressevakten")), a=num(400, 999),
        b=num(10, 99), c=num(100, 999)),
    fmt("Spørsmål? Ring {o} på {a} {b} {c} {d}", o=choice(("Nav", "HELFO", "kommunen", "sentralbordet")),
        a=num(20, 99), b=num(10, 99), c=num(10, 99), d=num(10, 99)),
    fmt("Pressevakt: {a} {b} {c} {d} (hverdager {h}.00–{k}.00)", a=num(20, 99), b=num(10, 99), c=num(10, 99),
        d=num(10, 99), h=choice(("08", "09")), k=choice(("15", "16"))),
)
COUNTER = one_of(
    fmt("Side {p} av {q}", p=num(1, 5), q=num(2, 60)),
    fmt("Tabell {a}.{b}", a=num(1, 9), b=num(1, 12)),
    fmt("Statistikkbanken, tabell {n} og {m}", n=num(10000, 14999), m=num(5000, 9999, 5)),
    fmt("Figur {a}. Helt ledige, {y}–{z}", a=num(1, 9), y=year(2015, 2020), z=year(2021, 2025)),
    fmt("Lest {n} ganger", n=grouped(1000, 99999, " ")),
    fmt("Kommentarer ({n})", n=num(1, 80)),
)

LINES = {"caption": [CAPTION], "source": [SOURCE], "comment": [COMMENT], "contact": [CONTACT], "counter": [COUNTER]}

GROUPS = [
    ("distractor-news", "Norwegian news sentences whose digits are dates, periods, ids and laws", "plain", [
        "Reglene følger av <decree> og gjelder fra <date>.",
        "Møtet ble holdt <date> <time> i Nav-huset i {city}.",
        "Søknaden må sendes innen <dur> etter at arbeidsforholdet ble avsluttet.",
        "Ordningen er delt i <list> etter inntekt.",
        "Personer mellom <age_range> kan ha rett til ytelsen.",
        "Dette er <ord> på rad at ledigheten går ned i {city}.",
        "Saken ble behandlet i <ident> i <year>.",
        "Nav har mottatt <vague> siden ordningen ble innført.",
        "Kundesenteret kan nås på telefon <phone> på hverdager.",
        "Stortinget vedtok endringen <date> etter en <dur> lang høring.",
        "Tallene for <quarter> <year> publiseres <date>.",
        "Mange <age> har vært sykmeldt i mer enn <dur>.",
        "Hele rapporten ligger i dokumentet <file>.",
        "Ventetiden på saksbehandling var i gjennomsnitt <dur> i <year>.",
        "Kampanjen var en del av <ident> som startet <date>.",
        "Endringene ble varslet i statsbudsjettet for <year>.",
        "Anslagene er beregnet med <confidence> i utvalgsundersøkelsen.",
        "Forskjellen er ikke signifikant med <confidence>.",
    ]),
]
