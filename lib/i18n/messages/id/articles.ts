import type en from "../en/articles";
import type { Message } from "@/lib/i18n/messages/types";

const articles: Record<keyof typeof en, Message> = {
  "articles.title": "Artikel",
  "articles.intro": "Teks sumber di ruang kerja ini, yang terbit paling akhir lebih dulu.",
  "articles.table.caption": "Artikel, yang terbit paling akhir lebih dulu",
  "articles.col.title": "Judul",
  "articles.col.outlet": "Media",
  "articles.col.language": "Bahasa",
  "articles.col.published": "Terbit",
  "articles.col.claims": "Klaim",
  "articles.total": { other: "Semuanya {count} artikel." },
  "articles.empty": "Belum ada artikel di ruang kerja ini.",
  "articles.notFound.heading": "Artikel tidak ditemukan",
  "articles.notFound.back": "Kembali ke daftar artikel",
  "articles.back": "Semua artikel",
  "articles.byline": "Oleh {byline}",
  "articles.published": "Terbit {date}",
  "articles.original": "Baca artikel aslinya di {outlet}",
  "articles.imageCaption": "Keterangan foto",
  "articles.verdicts.heading": "Putusan di artikel ini",
  "articles.verdicts.filterLink": { other: "{verdict}: {count} klaim — tampilkan di daftar klaim" },
  "articles.verdicts.seeAll": { other: "Buka {count} klaim ini di daftar klaim" },
  "articles.body.heading": "Teks artikel",
  "articles.body.hint":
    "Bagian yang ditandai adalah klaim, diwarnai menurut putusannya. Pilih salah satu untuk membukanya; nomornya sama dengan daftar klaim.",
  "articles.highlight.one": "Klaim {n} dari {claimant}: {verdict}",
  "articles.highlight.many": {
    other: "Ada {count} klaim yang bertumpuk di sini. Membuka klaim {n} dari {claimant}: {verdict}",
  },
  "articles.legend.overlap": "Beberapa klaim",
  "articles.claims.heading": "Klaim sesuai urutan baca",
  "articles.claims.none": "Belum ada klaim yang dicatat untuk artikel ini.",
  "articles.claims.missing": "Kutipan tidak ditemukan di teks",
};
export default articles;
