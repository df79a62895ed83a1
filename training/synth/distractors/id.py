"""Indonesian numbers that stay O (SPEC "Not tagged"), whole lines that carry
digits (captions, source lines, comment counters), and distractor-only
sentences in the register of Indonesian news and agency releases."""
from __future__ import annotations

from .common import choice, fmt, grouped, num, one_of, pick, slug_words, year

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
SLUG = ("bpjs", "kesehatan", "peserta", "jkn", "iuran", "naik", "klaim", "rumah", "sakit",
        "pekerja", "jaminan", "sosial", "hari", "tua", "pensiun", "warga", "2025", "desa",
        "5", "32", "persen", "juta", "rp", "1", "8", "triliun", "naik", "12")

DISTRACTORS = {
    "confidence": one_of(fmt("tingkat kepercayaan {n} persen", n=choice(("90", "95", "99"))),
                         fmt("selang kepercayaan {n}%", n=choice(("90", "95", "99"))),
                         fmt("taraf signifikansi {n} persen", n=choice(("1", "5", "10")))),
    "year": year(),
    "date": one_of(
        fmt("{d} {m} {y}", d=num(1, 28), m=choice(MONTHS), y=year()),
        fmt("{day} ({d}/{mo}/{y})", day=choice(DAYS), d=num(1, 28), mo=num(1, 12, 2), y=year()),
        fmt("{d}/{mo}/{y}", d=num(1, 28, 2), mo=num(1, 12, 2), y=year()),
    ),
    "month_year": fmt("{m} {y}", m=choice(MONTHS), y=year()),
    "time": one_of(fmt("pukul {h}.{mi} WIB", h=num(7, 21, 2), mi=choice(("00", "15", "30", "45"))),
                   fmt("{h}:{mi} WITA", h=num(7, 21, 2), mi=choice(("00", "30")))),
    "dur": one_of(
        fmt("{n} bulan pertama", n=num(2, 11)),
        fmt("{n} hari kerja", n=num(3, 30)),
        fmt("{n} bulan", n=num(2, 24)),
        fmt("{n} tahun", n=num(2, 15)),
        fmt("{n} hari", n=num(3, 90)),
        fmt("{n} jam", n=num(2, 72)),
        fmt("{n} menit", n=num(5, 60)),
        pick("tiga bulan", "enam bulan", "dua pekan", "satu tahun"),
    ),
    "first_months": fmt("{n} bulan pertama", n=num(2, 11)),
    "quarter": fmt("{w} {r}", w=choice(("kuartal", "triwulan", "semester")), r=choice(("I", "II", "III"))),
    "age": one_of(fmt("{n} tahun", n=num(18, 80)), fmt("usia {n} tahun", n=num(18, 65))),
    "age_range": fmt("{a}-{b} tahun", a=choice(("15", "18", "19", "25")), b=choice(("55", "60", "64", "65"))),
    "ord": one_of(fmt("ke-{n}", n=num(2, 30)), fmt("kuartal {r}", r=choice(("I", "II", "III", "IV"))),
                  fmt("semester {r}", r=choice(("I", "II"))), fmt("tahap {n}", n=num(1, 5)),
                  fmt("triwulan {r}", r=choice(("I", "II", "III", "IV")))),
    "ident": one_of(
        fmt("Proyek {n}", n=num(1, 12, 2)),
        fmt("Kantor Cabang {n}", n=num(1, 9)),
        fmt("Region {r}", r=choice(("I", "II", "III", "IV", "V"))),
        fmt("Blok {n}", n=num(1, 20, 2)),
        fmt("RT {a}/RW {b}", a=num(1, 15, 2), b=num(1, 12, 2)),
        fmt("Kelas {n}", n=choice(("1", "2", "3"))),
        fmt("Desa {v} {n}", v=choice(("Sukamaju", "Mekarsari", "Harapan Jaya")), n=num(1, 3)),
        fmt("Jalan Gatot Subroto Kav. {n}", n=num(10, 90)),
    ),
    "decree": one_of(
        fmt("Peraturan Pemerintah No. {n} Tahun {y}", n=num(10, 90), y=year(2004, 2025)),
        fmt("Perpres Nomor {n} Tahun {y}", n=num(10, 120), y=year(2004, 2025)),
        fmt("UU Nomor {n} Tahun {y}", n=choice(("24", "40", "17", "13")), y=year(2004, 2023)),
        fmt("Permenkes No. {n} Tahun {y}", n=num(1, 60), y=year(2014, 2025)),
        fmt("Pasal {n} ayat ({a})", n=num(2, 80), a=num(1, 5)),
        fmt("Surat Edaran Nomor {n}/{y}", n=num(1, 40), y=year(2019, 2025)),
        fmt("Berita Resmi Statistik No. {n}/{m}/Th. XX{r}", n=num(1, 99), m=num(1, 12, 2), r=choice(("VII", "VIII", "IX"))),
    ),
    "phone": one_of(pick("Care Center 165", "1500 400", "call center 165"),
                    fmt("08{a}-{b}-{c}", a=num(11, 99), b=num(1000, 9999), c=num(1000, 9999))),
    "list": pick("tiga kategori", "dua kelompok", "empat program", "lima jenis layanan",
                 "tiga segmen", "dua skema", "empat aspek", "tiga langkah"),
    "vague": pick("ratusan juta rupiah", "ribuan peserta", "puluhan rumah sakit", "jutaan warga",
                  "belasan kantor cabang", "miliaran rupiah", "ratusan ribu pekerja",
                  "beberapa ribu orang", "tiga atau empat kali"),
    "url": fmt("https://{d}/berita/{y}/{mo}/{n}/{s}", d=choice(("www.bpjs-kesehatan.go.id", "news.detik.com",
               "ekonomi.kompas.com", "www.antaranews.com", "www.bpjsketenagakerjaan.go.id")),
               y=year(2023, 2025), mo=num(1, 12, 2), n=num(100000, 9999999), s=slug_words(SLUG)),
    "file": fmt("{s}_{y}{mo}{d}.pdf", s=choice(("Laporan_Keuangan", "Rilis_Pers", "Lampiran", "Infografis")),
                y=year(2023, 2025), mo=num(1, 12, 2), d=num(1, 28, 2)),
}

CAPTION = one_of(
    pick("![]() |"),
    fmt("| {who} saat memberikan keterangan di Jakarta, {d}. Foto: {p} |",
        who=choice(("Direktur Utama BPJS Kesehatan", "Kepala Cabang BPJS Ketenagakerjaan",
                    "Menteri Ketenagakerjaan", "Wakil Wali Kota")),
        d=DISTRACTORS["date"], p=choice(("Antara/Dok", "Humas", "Istimewa", "Dok. Pribadi"))),
    fmt("| Suasana layanan di Kantor Cabang {n}. Foto: {p} |", n=num(1, 9),
        p=choice(("Humas BPJS", "Dok", "Antara"))),
    fmt("![]() | | Ilustrasi peserta JKN-KIS. ({p}/{y}) |", p=choice(("Antara", "Kompas")), y=year(2023, 2025)),
)
SOURCE = one_of(
    fmt("Sumber: {u}", u=DISTRACTORS["url"]),
    fmt("Sumber: Humas {a}, {d}", a=choice(("BPJS Kesehatan", "BPJS Ketenagakerjaan", "Kemnaker")),
        d=DISTRACTORS["date"]),
    fmt("Baca juga: {u}", u=DISTRACTORS["url"]),
    fmt("Lampiran: {f}", f=DISTRACTORS["file"]),
)
COMMENT = one_of(fmt("Komentar ({n})", n=choice(("0", "0", "1", "3", "12"))), pick("Bagikan:", "Tags: BPJS, JKN"))

CONTACT = one_of(
    fmt("Informasi lebih lanjut: Humas {a}, telp. ({c}) {n}", a=choice(("BPS", "BPJS Kesehatan", "Kemnaker", "Kemensos")),
        c=choice(("021", "022", "024", "031", "061")), n=num(3000000, 8999999)),
    fmt("Telp. ({c}) {n}, ext. {e}", c=choice(("021", "0274", "031")), n=num(3000000, 8999999), e=num(100, 9999)),
    fmt("Kontak media: {w}, HP 08{a}-{b}-{c}", w=choice(("Rina", "Andi Saputra", "Humas")), a=num(11, 99),
        b=num(1000, 9999), c=num(100, 9999)),
    fmt("Pengaduan dapat disampaikan melalui WhatsApp 08{a} {b} {c} atau Care Center {k}.", a=num(11, 99),
        b=num(1000, 9999), c=num(1000, 9999), k=choice(("165", "175", "1500 910"))),
)
COUNTER = one_of(
    fmt("Dilihat {n} kali", n=grouped(1000, 99999, ".")),
    fmt("Dibaca {n} kali", n=grouped(1000, 250000, ".")),
    fmt("{n} views", n=grouped(1000, 99999, ".")),
    fmt("Halaman {p} dari {q}", p=num(1, 9), q=num(10, 120)),
    fmt("Tabel {a}.{b}", a=num(1, 9), b=num(1, 12)),
    fmt("Gambar {a}. Perkembangan TPT, {y}–{z}", a=num(1, 9), y=year(2015, 2020), z=year(2021, 2025)),
)

LINES = {"caption": [CAPTION], "source": [SOURCE], "comment": [COMMENT], "contact": [CONTACT], "counter": [COUNTER]}

# Sentences whose numbers are all O.
GROUPS = [
    ("distractor-news", "Indonesian news sentences whose digits are dates, periods, ids and decrees", "plain", [
        "Ketentuan tersebut diatur dalam <decree> tentang penyelenggaraan jaminan sosial.",
        "Rapat kerja berlangsung pada <date> di {city} dan dihadiri pimpinan {agency}.",
        "Peserta yang menunggak lebih dari <dur> akan dinonaktifkan sementara.",
        "Layanan pengaduan dapat diakses melalui <phone> selama 24 jam.",
        "Program ini dibagi menjadi <list> sesuai kemampuan bayar peserta.",
        "Pekerja berusia <age_range> wajib didaftarkan oleh pemberi kerja.",
        "Evaluasi dilakukan pada <ord> dan hasilnya disampaikan <dur> kemudian.",
        "Kegiatan sosialisasi di <ident> digelar sejak <date>.",
        "{agency} mencatat <vague> telah memanfaatkan layanan daring tersebut.",
        "Sesuai <decree>, pemberi kerja wajib membayar iuran paling lambat tanggal 10 setiap bulan.",
        "Pendaftaran dibuka mulai <date> hingga <date>.",
        "Ini merupakan penghargaan <ord> yang diterima {agency} sejak <year>.",
        "Rumah sakit di <ident> melayani pasien sejak <time>.",
        "Pemerintah telah menyalurkan bantuan iuran bagi <vague> selama <dur>.",
        "Hasil pemeriksaan diumumkan dalam waktu <dur> setelah berkas lengkap.",
        "Seorang pensiunan berusia <age> mengaku terbantu dengan program tersebut.",
        "Data lengkap tersedia dalam dokumen <file>.",
        "Masa kerja minimal <dur> menjadi syarat pencairan manfaat pensiun.",
        "Hasil survei dihitung dengan <confidence>.",
        "Perbedaan antarprovinsi tidak signifikan pada <confidence>.",
    ]),
]
