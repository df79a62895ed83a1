"""Indonesian: the words around a number (data only; logic in metricner.context
and metricner.rules). All entries are lower case and NFKC-normal."""
from __future__ import annotations

# Qualifier cues written right before the value expression.
QUALIFIERS_BEFORE: dict[str, str] = {
    "lebih dari": "more_than",
    "lebih daripada": "more_than",
    "di atas": "more_than",
    "melebihi": "more_than",
    "melampaui": "more_than",
    "kurang dari": "less_than",
    "kurang daripada": "less_than",
    "di bawah": "less_than",
    "sekitar": "about",
    "kira-kira": "about",
    "kurang lebih": "about",
    "lebih kurang": "about",
    "hampir": "about",
    "mendekati": "about",
    "sekira": "about",
    "minimal": "at_least",
    "sedikitnya": "at_least",
    "setidaknya": "at_least",
    "paling sedikit": "at_least",
    "minimum": "at_least",
    "maksimal": "at_most",
    "maksimum": "at_most",
    "paling banyak": "at_most",
    "hingga": "at_most",
    "sampai dengan": "at_most",
}
# Qualifier cues written right after the value expression (and its noun).
QUALIFIERS_AFTER: dict[str, str] = {
    "lebih": "more_than",
    "lebih banyak": "more_than",
    "atau lebih": "at_least",
    "ke atas": "at_least",
    "-an": "about",
}
# Qualifier cues that, when the value is followed by a comparison, state a
# margin over something else ("melebihi 2,77% dibandingkan dengan target").
EXCEED_CUES: tuple[str, ...] = ("melebihi", "melampaui", "di atas")
COMPARISON_CUES: tuple[str, ...] = ("dibandingkan", "dibanding", "daripada", "dari target", "dari rencana")
# "hingga"/"sampai" before a year or date are not qualifiers; only these
# qualifiers count when the value is a plain number of a range.
# "between A and B": a range when the first word comes right before A and the
# second joins A and B ("mellom 2 og 3 millioner kroner", "بين 3 و3.5 ملايين").
RANGE_BETWEEN: tuple[tuple[str, str], ...] = (("antara", "dan"),)
# What stands between the two values of a range ("10–12 %", "2 sampai 3 juta");
# "ke" is left out: "dari 5 ke 7 persen" is a change, not a range.
RANGE_WORDS: tuple[str, ...] = ("-", "\u2013", "\u2014", "sampai dengan", "sampai", "hingga", "s.d.", "s.d", "s/d")

# Change cues before the value ("meningkat 12,8%", "turun sebesar 3%").
CHANGE_CUES: dict[str, str] = {
    "meningkat": "increase",
    "peningkatan": "increase",
    "naik": "increase",
    "kenaikan": "increase",
    "bertambah": "increase",
    "pertambahan": "increase",
    "tambahan": "increase",
    "tumbuh": "increase",
    "pertumbuhan": "increase",
    "melonjak": "increase",
    "menurun": "decrease",
    "penurunan": "decrease",
    "turun": "decrease",
    "berkurang": "decrease",
    "pengurangan": "decrease",
    "merosot": "decrease",
}
# Words allowed between a change cue and the value.
CHANGE_FILLERS: tuple[str, ...] = ("sebesar", "sebanyak", "sekitar", "lebih", "dari", "hampir")
# A change cue before one of these names the level reached: "turun ke 4,0 persen",
# "naik menjadi 12%" (change null).
CHANGE_LEVEL_WORDS: tuple[str, ...] = ("ke", "menjadi")
# After the value or its counted noun: "1,5 juta peserta tambahan" (GUIDELINES: increase).
CHANGE_AFTER: dict[str, str] = {"tambahan": "increase"}

# What a value is given per, written right after it (or after its noun).
PER_WORDS: dict[str, str] = {
    "/tahun": "year", "/thn": "year", "per tahun": "year", "setiap tahun": "year", "pertahun": "year",
    "/bulan": "month", "/bln": "month", "per bulan": "month", "setiap bulan": "month", "perbulan": "month",
    "/minggu": "week", "per minggu": "week",
    "/hari": "day", "per hari": "day", "setiap hari": "day",
    "per kapita": "person", "per orang": "person", "/orang": "person", "per jiwa": "person",
    "per peserta": "person", "/peserta": "person",
    "per keluarga": "household", "per kk": "household", "per rumah tangga": "household",
}

# Counted nouns (first words after the number) -> COUNT unit class.
COUNT_NOUNS: dict[str, str] = {
    "orang": "person", "jiwa": "person", "peserta": "person", "penduduk": "person",
    "pekerja": "person", "karyawan": "person", "pegawai": "person", "warga": "person",
    "pasien": "person", "anggota": "person", "pensiunan": "person", "penerima": "person",
    "siswa": "person", "pelajar": "person", "mahasiswa": "person", "anak": "person",
    "tenaga kerja": "person", "buruh": "person", "nasabah": "person", "petani": "person",
    "nelayan": "person", "lansia": "person", "responden": "person", "pengguna": "person",
    "kepala keluarga": "household", "kk": "household", "rumah tangga": "household",
    "keluarga": "household", "rumah": "household",
    "perusahaan": "enterprise", "badan usaha": "enterprise", "pemberi kerja": "enterprise",
    "unit usaha": "enterprise", "umkm": "enterprise", "usaha": "enterprise", "koperasi": "enterprise",
    "fasilitas": "facility", "faskes": "facility", "rumah sakit": "facility", "puskesmas": "facility",
    "klinik": "facility", "apotek": "facility", "pos kesehatan": "facility", "kantor": "facility",
    "dokumen": "document", "berkas": "document", "register": "document", "catatan": "document",
    "buku": "document", "rekam medis": "document", "formulir": "document", "permohonan": "document",
    "polis": "document", "klaim": "document", "resep": "document",
    "kartu": "card", "kasus": "case",
    "kunjungan": "visit", "kali": "other",
    "transaksi": "transaction", "pembayaran": "transaction",
    "konferensi": "event", "acara": "event", "kegiatan": "event", "pertemuan": "event",
    "seminar": "event", "rapat": "event", "sesi": "event", "sosialisasi": "event",
    "lokakarya": "event", "pelatihan": "event",
    "desa": "other", "kecamatan": "other", "kelurahan": "other", "kabupaten": "other",
    "komune": "other", "provinsi": "other", "kota": "other", "unit": "other", "artikel": "other",
    "berita": "other", "lembar": "other", "buah": "other", "jenis": "other", "layanan": "other",
    "prosedur": "other", "sekolah": "other", "paket": "other", "dosis": "other",
}
# Match counted nouns only as whole words (Indonesian does not compound).
COUNT_NOUN_SUFFIXES = False

# Words right after a number that make it a duration, age, time or date.
TIME_UNITS: tuple[str, ...] = (
    "detik", "menit", "jam", "hari", "minggu", "pekan", "bulan", "tahun", "dekade",
    "abad", "triwulan", "semester", "kuartal", "windu", "malam",
)
MONTHS: tuple[str, ...] = (
    "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
    "september", "oktober", "november", "nopember", "desember",
    "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "agus", "sep", "sept", "okt",
    "nov", "des",
)
# Words right before a number that make it an identifier, ordinal or name part.
ID_MARKERS: tuple[str, ...] = (
    "proyek", "nomor", "no.", "no", "nr.", "nomer", "pasal", "ayat", "keputusan", "peraturan",
    "pp", "perpres", "permen", "uu", "undang-undang", "desa", "blok", "rt", "rw", "kelas",
    "tahap", "gelombang", "periode", "region", "zona", "wilayah", "tingkat", "level",
    "angka", "kode", "versi", "kategori", "golongan", "sesi", "putaran", "ke-",
    "pukul", "jam", "tanggal", "tgl", "tgl.", "usia", "berusia", "umur", "kelompok", "halaman",
    "hal.", "lampiran", "jalan", "jl.", "gedung", "lantai", "kamar", "nomor:", "tabel", "gambar", "grafik",
)
# Identifier words that rule a number out even with a unit after it ("nomor 3 persen").
ID_MARKERS_STRICT: tuple[str, ...] = ("ke-", "nr.", "no.", "nomor")
# Multiplier words that also count occurrences ("1.959.182 kali pencarian"), and the
# words after which they stay multipliers ("dua kali lipat", "3 kali dari").
COUNTABLE_TIMES: tuple[str, ...] = ("kali",)
TIMES_FOLLOWERS: tuple[str, ...] = ("lipat", "lebih", "dari", "dibandingkan", "dibanding", "dan", "atau", "per")
# A bare list size ("dua kategori") is not a count; neither are these nouns.
NOT_COUNTED: tuple[str, ...] = ("kategori", "kelompok", "hal", "poin", "langkah", "tahap", "aspek")

# Cues that the value is a goal, plan, quota or effort (before the value).
TARGET_CUES: tuple[str, ...] = (
    "target", "targetnya", "ditargetkan", "menargetkan", "mentargetkan", "sasaran",
    "mengupayakan", "diupayakan", "berupaya", "upaya mencapai", "rencana", "direncanakan",
    "merencanakan", "kuota", "peta jalan", "berusaha mencapai", "bertekad",
    # a purpose clause sets a goal: "untuk memastikan 100% pelajar memiliki kartu"
    "untuk memastikan",
)
# After the value: "X % dari target" is a share of a plan (RATE), not a target.
PLAN_SHARE_AFTER: tuple[str, ...] = (
    r"dari\s+(?:\w+\s+){0,2}(?:target|rencana|sasaran)",
    r"terhadap\s+(?:\w+\s+){0,2}(?:target|rencana|sasaran)",
)

# Period expressions (regular expressions, tried in order on the sentence).
PERIOD_PATTERNS: tuple[str, ...] = (
    r"\b\d+\s+bulan\s+pertama\s+tahun\s+(?:\d{4}|ini)",
    r"\b(?:semester|triwulan|kuartal)\s+\w+\s+(?:tahun\s+)?\d{4}",
    r"\b(?:per|pada|hingga|sampai)\s+(?:akhir\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}",
    r"\b(?:pada\s+)?akhir\s+(?:bulan\s+)?[A-Z][a-z]+\s+\d{4}",
    r"\b(?:pada\s+)?akhir\s+tahun\s+\d{4}",
    r"\b(?:sejak\s+)?awal\s+tahun(?:\s+\d{4}|\s+ini)?",
    r"\b\d+\s+bulan\s+pertama",
    r"\bhingga\s+saat\s+ini",
    r"\b(?:sepanjang|selama)\s+tahun\s+\d{4}",
    r"\btahun\s+\d{4}",
)

# Lines that are not running text.
CAPTION_MARKERS: tuple[str, ...] = ("foto:", "sumber foto:", "ilustrasi")
SOURCE_PREFIXES: tuple[str, ...] = ("sumber:", "source:", "baca juga:")
COMMENT_LINES: tuple[str, ...] = ("komentar",)

# Sentence splitting: abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS: tuple[str, ...] = (
    "no", "nr", "dr", "prof", "ir", "h", "hj", "bpk", "jl", "tlp", "telp", "hal", "rp",
    "s.d", "dkk", "a.n", "u.p", "drs", "st", "kab", "kec", "kel", "prov",
)

# Frequent function words for language detection.
DETECT_CUES: tuple[str, ...] = (
    "dan", "yang", "di", "dengan", "untuk", "dari", "dalam", "ini", "pada", "adalah",
    "tidak", "akan", "juga", "oleh", "ke", "telah", "sebagai", "atau", "jumlah", "tahun",
    "orang", "peserta", "jaminan", "kesehatan", "sosial", "asuransi", "bagi", "secara",
)

# Words that end a subject phrase read backwards from the value.
SUBJECT_STOPS: tuple[str, ...] = (
    "adalah", "mencapai", "menjangkau", "sebesar", "sebanyak", "sejumlah", "yaitu", "ialah",
    "memiliki", "terdapat", "ada", "dengan", "telah", "sudah", "berjumlah", "menjadi",
    "tercatat", "dibayarkan", "meningkat", "naik", "turun", "menurun", "dan", "yang", "di",
    "pada", "dalam", "untuk", "dari", "oleh", "ke", "hingga", "sampai", "sekitar", "lebih",
    "kurang", "hampir", "berpenduduk", "seluruh", "saat", "ini", "jumlah", "total",
)
# Phrases after the value and its noun that introduce the subject (left out of it).
SUBJECT_AFTER_INTRO: tuple[str, ...] = ()
# Words after the value and its noun that begin the subject ("orang peserta jaminan sosial").
SUBJECT_AFTER_HEADS: tuple[str, ...] = ("peserta", "penerima", "pengguna", "anggota", "pensiunan")
# Words right before a four-digit number that make it a year ("tahun 2025",
# "sejak 2019", "APBN 2025"); month names count too (MONTHS). The sentence
# prefilter skips sentences whose only numbers are such years.
YEAR_CUES: tuple[str, ...] = (
    "tahun", "thn", "th", "ta", "sejak", "hingga", "sampai", "pada", "akhir", "awal",
    "periode", "apbn", "apbd", "semester", "triwulan", "kuartal",
)
# Words right before a phone number ("telp. (021) 3841195", "tlf. 22 86 50 00",
# "الخط الساخن 16103"): the number and those listed after it are not metrics.
# Words that join the numbers of such a list ("3841195 atau 3842508").
LIST_WORDS: tuple[str, ...] = ("atau", "dan")
PHONE_CUES: tuple[str, ...] = (
    "telp", "telp.", "tel.", "tlp", "tlp.", "hp", "wa", "whatsapp", "ext", "ext.", "fax", "faks",
    "hotline", "center", "sms",
)
# A survey's confidence level is not a metric (SPEC: thresholds in definitions):
# the words right before or after a rate that make it one ("tingkat
# kepercayaan 95 persen", "95% selang kepercayaan").
CONFIDENCE_BEFORE: tuple[str, ...] = ("tingkat kepercayaan", "selang kepercayaan", "taraf kepercayaan",
                                      "tingkat signifikansi", "taraf signifikansi", "taraf nyata")
CONFIDENCE_AFTER: tuple[str, ...] = ("selang kepercayaan", "tingkat kepercayaan", "taraf kepercayaan")
# Two number words joined by "or" are a vague quantity, not a metric (SPEC:
# "tiga atau empat kali"): the word that joins them.
OR_WORDS: tuple[str, ...] = ("atau",)
