"""Indonesian value expressions: seeds 000 and 002, then formats, words, scales."""
from __future__ import annotations

from tests.corpus import examples

EXAMPLES = [
    # seed 000
    *examples(155934, None, "count", ["155.934"]),
    *examples(133439, None, "count", ["133.439"]),
    *examples(22495, None, "count", ["22.495"]),
    *examples(125858, None, "count", ["125.858"]),
    *examples(1164498, None, "count", ["1.164.498", "1164498"]),
    *examples("98.02", "%", "rate", ["98,02%", "98,02 %", "98,02 persen"]),
    *examples("2.77", "%", "rate", ["2,77%"]),
    *examples("95.25", "%", "rate", ["95,25%", "(95,25%)"]),
    *examples(1876000000000, "VND", "money", ["1.876 miliar VND", "VND 1.876 miliar", "1,876 triliun VND", "1.876 milyar dong"]),
    *examples("12.8", "%", "rate", ["12,8%", "+12,8%"]),
    *examples(180, None, "count", ["180/180"]),
    *examples(1959182, None, "count", ["1.959.182"]),
    # seed 002
    *examples(11500, None, "count", ["11.500", "11,5 ribu", "11,5 rb"]),
    *examples(35, "%", "rate", ["35%", "35 persen", "tiga puluh lima persen"]),
    *examples(95, "%", "rate", ["95%", "95 %"]),
    *examples(100, "%", "rate", ["100%", "seratus persen"]),
    *examples(10493, None, "count", ["10.493"]),
    *examples(270, None, "count", ["270", "dua ratus tujuh puluh"]),
    *examples(31, None, "count", ["31", "tiga puluh satu"]),
    # scales, abbreviations, currencies
    *examples(1200000000, "IDR", "money", ["Rp 1,2 M", "Rp1,2 miliar", "IDR 1.200.000.000", "1,2 miliar rupiah", "Rp 1.200 juta", "Rp. 1.200.000.000"]),
    *examples(14000000000000, "IDR", "money", ["Rp14 triliun", "Rp 14 T", "14 triliun rupiah"]),
    *examples(1250000, "VND", "money", ["VND 1.250.000", "1,25 juta VND", "1.250.000 đồng"]),
    *examples(12000000, "IDR", "money", ["Rp 12 juta", "Rp12 jt", "dua belas juta rupiah"]),
    *examples(5000000, "USD", "money", ["US$ 5 juta", "$5 juta", "5 juta dolar AS", "USD 5.000.000"]),
    *examples(450000, "VND", "money", ["450.000 VND", "450 ribu VND"]),
    *examples(1000000, None, "count", ["sejuta", "satu juta", "1 juta", "1 jt"]),
    *examples(500000, None, "count", ["setengah juta", "lima ratus ribu", "500 rb"]),
    *examples(1500000, None, "count", ["satu setengah juta", "1,5 juta"]),
    *examples(25000, None, "count", ["dua puluh lima ribu", "25 ribu", "25.000"]),
    *examples(1000, None, "count", ["seribu", "1.000", "satu ribu"]),
    *examples(12450000, None, "count", ["12 juta 450 ribu", "12,45 juta"]),
    *examples(19, None, "count", ["sembilan belas"]),
    *examples(11, None, "count", ["sebelas"]),
    # rates: points, multiples, fractions
    *examples("1.5", "pp", "rate", ["1,5 poin persentase"]),
    *examples(3, "times", "rate", ["3 kali lipat", "tiga kali lipat"]),
    *examples(50, "%", "rate", ["setengah", "separuh"]),
    *examples("33.33", "%", "rate", ["sepertiga"]),
    *examples(25, "%", "rate", ["seperempat"]),
    *examples(20, "%", "rate", ["satu dari lima"]),
    # a decimal mark settled by the document
]

# (text, decimal_mark, expected value)
HINTED = [
    ("1,234.5", ".", "1234.5"),
    ("1.5 juta", ".", 1500000),
]

NEGATIVES = [
    "ratusan juta VND", "ratusan juta", "beberapa", "puluhan ribu", "ribuan",
    "1.2.3", "1,234.5", "1.23.456", "1,2,3", "1'000", "5 lusin", "dua lima",
    "10–12 %", "Rp", "", "12 %/", "1/2/3",
]
