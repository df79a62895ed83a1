"""Indonesian rule corpus: sentence -> the exact (span text, type) list; and
sentences that must yield nothing."""

EXAMPLES = [
    ("Jumlah peserta jaminan sosial adalah 155.934 orang.", [("155.934", "COUNT")]),
    ("Terdapat 10.493 jiwa peserta jaminan kesehatan; 270 jiwa peserta wajib.",
     [("10.493", "COUNT"), ("270", "COUNT")]),
    ("Seluruh kota memiliki 180/180 fasilitas asuransi kesehatan.", [("180/180", "COUNT")]),
    ("Cakupan jaminan kesehatan menjangkau 98,02% dari populasi kota.", [("98,02%", "RATE")]),
    ("Tingkat kemiskinan di atas 35 persen.", [("35 persen", "RATE")]),
    ("Lebih dari 1.876 miliar VND tunjangan telah dibayarkan, meningkat 12,8% dibandingkan periode yang sama.",
     [("1.876 miliar VND", "MONEY"), ("12,8%", "RATE")]),
    ("Iuran maksimal Rp 12 juta per bulan.", [("Rp 12 juta", "MONEY")]),
    ("Pendapatan mencapai Rp14 triliun.", [("Rp14 triliun", "MONEY")]),
    ("Dana Rp 1,2 M disalurkan.", [("Rp 1,2 M", "MONEY")]),
    ("Sebanyak 2,5 juta peserta terdaftar.", [("2,5 juta", "COUNT")]),
    ("Melebihi 2,77% dibandingkan dengan target yang ditetapkan hingga 2025 (95,25%).",
     [("2,77%", "RATE"), ("95,25%", "TARGET")]),
    ("Pemerintah menargetkan cakupan 98% pada tahun 2026.", [("98%", "TARGET")]),
    ("Kota mengupayakan 20.000 peserta baru tahun ini.", [("20.000", "TARGET")]),
    ("Realisasi mencapai 90% dari target.", [("90%", "RATE")]),
    ("Cakupan naik 10–12 % tahun ini.", [("10", "RATE"), ("12 %", "RATE")]),
    ("Dengan 1.959.182 kali pencarian.", [("1.959.182", "COUNT")]),
    ("Sebanyak 45 perusahaan menunggak iuran.", [("45", "COUNT")]),
]

NEGATIVES = [
    "Dalam 6 bulan pertama tahun 2025, Dinas Sosial bekerja keras.",
    "Pada akhir Juni 2025, seluruh kota siap.",
    "Per 30 Juni 2025 data diperbarui.",
    "Menurut Proyek 06 data disinkronkan.",
    "Bapak Ly A Dong dari Desa Hong Quang 1 berbagi cerita.",
    "Keluarga harus datang tiga atau empat kali sebelum memahami.",
    "Nilai mencapai ratusan juta VND.",
    "Sumber: https://huengaynay.vn/an-sinh-xa-hoi/thanh-pho-156190.html",
    "Komentar (0)",
    "Konsultasi polis asuransi sosial di Pusat Layanan 2 |",
    "Peserta ke-7 menerima kartu.",
    "Rapat berlangsung pukul 10:30 selama 45 menit.",
    "Peraturan Pemerintah Nomor 36 Tahun 2021 berlaku.",
    "Kartu kesehatan1 dibagikan pada 12/05/2025.",
    "Lihat laporan-2025.pdf untuk rinciannya.",
    "Ia berusia 45 tahun.",
]
