import type en from "../en/claimsList";
import type { Message } from "@/lib/i18n/messages/types";

const claimsList: Record<keyof typeof en, Message> = {
  "claimsList.title": "Klaim",
  "claimsList.intro": "Semua klaim bersumber di ruang kerja ini, yang terbaru lebih dulu.",
  "claimsList.filters.heading": "Saring klaim",
  "claimsList.filters.byVerdict": "Saring menurut putusan",
  "claimsList.filters.article": "Artikel",
  "claimsList.filters.allArticles": "Semua artikel",
  "claimsList.filters.selectedArticle": "(artikel terpilih)",
  "claimsList.filters.claimant": "Pembuat klaim",
  "claimsList.filters.claimantHint":
    "Bagian mana pun dari nama, huruf besar atau kecil sama saja; saran muncul saat Anda mengetik.",
  "claimsList.filters.category": "Kategori",
  "claimsList.filters.allCategories": "Semua kategori",
  "claimsList.filters.toggle": "Filter",
  "claimsList.filters.active": { other: "{count} filter aktif" },
  "claimsList.filters.applying": "Menerapkan…",
  "claimsList.table.caption": "Klaim, yang terbaru lebih dulu",
  "claimsList.col.verdict": "Putusan",
  "claimsList.col.claim": "Klaim",
  "claimsList.col.claimant": "Pembuat klaim",
  "claimsList.col.category": "Kategori",
  "claimsList.col.article": "Artikel",
  "claimsList.col.reviewed": "Diperiksa",
  "claimsList.notReviewed": "Belum",
  "claimsList.reviewerUnknown": "Mantan anggota",
  "claimsList.exportThese": "Ekspor klaim ini",
  "claimsList.showing": { other: "Menampilkan {shown} dari {count} klaim" },
  "claimsList.empty.none": "Belum ada klaim di ruang kerja ini.",
  "claimsList.empty.filtered": "Tidak ada klaim yang cocok dengan filter ini.",
  "claimsList.empty.hint": "Coba putusan lain, atau hapus filter untuk melihat semua klaim.",
};
export default claimsList;
