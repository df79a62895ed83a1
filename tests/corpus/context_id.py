"""Indonesian context corpus: the span is marked [[...]]; expected fields are
those the context reader must return (others are not checked)."""

EXAMPLES = [
    ("Dalam 6 bulan pertama tahun ini, lebih dari [[1.876 miliar VND]] tunjangan telah dibayarkan.",
     {"qualifier": "more_than", "change": None, "per": None, "period": "6 bulan pertama tahun ini"}),
    ("Dibayarkan, meningkat [[12,8%]] dibandingkan periode yang sama pada tahun 2024.",
     {"change": "increase", "qualifier": None}),
    ("Cakupan menjangkau 98,02% dan melebihi [[2,77%]] dibandingkan dengan target.",
     {"qualifier": None}),
    ("Komune berpenduduk lebih dari [[11.500]] jiwa, dengan tingkat kemiskinan di atas 35%.",
     {"qualifier": "more_than", "unit": "person"}),
    ("Tingkat kemiskinan di atas [[35%]].", {"qualifier": "more_than"}),
    ("Iuran sebesar [[631.800 VND]]/tahun dibayarkan.", {"per": "year"}),
    ("Iuran maksimal [[Rp 12 juta]] per bulan.", {"qualifier": "at_most", "per": "month"}),
    ("Belanja kesehatan [[Rp 2 juta]] per kapita.", {"per": "person"}),
    ("Jumlah peserta turun sebesar [[3%]].", {"change": "decrease"}),
    ("Sekitar [[45]] perusahaan menunggak.", {"qualifier": "about", "unit": "enterprise"}),
    ("Tercatat [[300]] kepala keluarga miskin.", {"unit": "household"}),
    ("Ada [[12]] rumah sakit mitra.", {"unit": "facility"}),
    ("Sebanyak [[5.000]] kartu dicetak.", {"unit": "card"}),
    ("Ditemukan [[17]] kasus baru.", {"unit": "case"}),
    ("Terdapat [[2.000]] kunjungan rawat jalan.", {"unit": "visit"}),
    ("Jumlah peserta jaminan sosial adalah [[155.934]] orang.",
     {"unit": "person", "subject": "peserta jaminan sosial"}),
    ("Terdiri dari [[133.439]] orang peserta jaminan sosial wajib.",
     {"subject": "peserta jaminan sosial wajib"}),
    ("Per 30 Juni 2025, terdapat [[1.200]] peserta.", {"period": "Per 30 Juni 2025"}),
    ("Pada akhir Juni 2025, seluruh kota memiliki [[180/180]] fasilitas.",
     {"period": "Pada akhir Juni 2025", "unit": "facility"}),
    # a level reached by a change, and additional participants
    ("Angka pengangguran turun ke [[4,8 persen]] tahun ini.", {"change": None}),
    ("Cakupan naik menjadi [[97%]] dari 95%.", {"change": None}),
    ("Pemerintah menyiapkan tambahan [[2 juta]] peserta.", {"change": "increase"}),
    ("Tercatat [[350 ribu]] peserta tambahan.", {"change": "increase"}),
]

# What stands between the two values: a range joiner or not ("dari 5 ke 7" is a change).
RANGE_GAPS = [("–", True), (" - ", True), (" sampai ", True), (" sampai dengan ", True), (" hingga ", True),
              (" s.d. ", True), (" s/d ", True), (" ke ", False), (" dan ", False), (" ", False)]
