import type en from "../en/reports";

const reports: Record<keyof typeof en, string> = {
  // Format ekspor
  "reports.format.csv": "CSV (dipisah koma)",
  "reports.format.csv-semicolon": "CSV (dipisah titik koma, untuk Excel berbahasa Indonesia)",
  "reports.format.ndjson": "NDJSON (satu rekaman JSON per baris)",
  "reports.format.markdown": "Markdown",
  "reports.format.jsonld": "ClaimReview JSON-LD (schema.org)",
  "reports.format.pdf": "PDF",

  // Kepala laporan
  "reports.title.article": "Laporan putusan: {title}",
  "reports.title.set": "Laporan putusan",
  "reports.generated": "{workspace}, dibuat {date}",
  "reports.filters": "Klaim dipilih menurut: {filters}",
  "reports.page": "Halaman {page}",

  // Artikel
  "reports.article.heading": "Artikel",
  "reports.article.title": "Judul",
  "reports.article.outlet": "Media",
  "reports.article.url": "URL",
  "reports.article.noUrl": "URL tidak tercatat",
  "reports.article.language": "Bahasa",
  "reports.article.published": "Terbit",
  "reports.article.byline": "Penulis",

  // Ringkasan
  "reports.summary.heading": "Ringkasan",
  "reports.summary.verdict": "Putusan",
  "reports.summary.claims": "Klaim",
  "reports.summary.total": "Jumlah",
  "reports.summary.signedOff": "Disetujui: {count} dari {total}",

  // Klaim
  "reports.claims.heading": "Klaim",
  "reports.claims.empty": "Tidak ada klaim untuk dilaporkan.",
  "reports.claim.heading": "{n}. {claimant}",
  "reports.claim.quote": "Kutipan",
  "reports.claim.claimant": "Pengklaim",
  "reports.claim.cue": "Atribusi",
  "reports.claim.category": "Kategori",
  "reports.claim.claimedAt": "Diklaim pada",
  "reports.claim.claimedAtUnknown": "Tanggal tidak disebut",
  "reports.claim.claimedAtNote": "Catatan tanggal",
  "reports.claim.quantities": "Angka",
  "reports.claim.verdict": "Putusan",
  "reports.claim.rationale": "Alasan",
  "reports.claim.noRationale": "Tidak ada alasan yang diberikan.",
  "reports.claim.reviewer": "Diperiksa oleh",
  "reports.claim.reviewedAt": "Diperiksa pada",
  "reports.claim.reviewStatus": "Status pemeriksaan",
  "reports.claim.signedOff": "Persetujuan",
  "reports.claim.signedOffBy": "Disetujui oleh",
  "reports.claim.signedOffAt": "Disetujui pada",
  "reports.claim.signedOffValue": "{name}, {date}",
  "reports.claim.notSignedOff": "Belum disetujui",
  "reports.claim.corrections": "Koreksi",
  "reports.claim.correction": "{from} → {to}, oleh {name}, {date}: {reason}",
  "reports.claim.evidence": "Bukti",
  "reports.claim.noEvidence": "Belum ada bukti.",
  "reports.claim.archived": "Salinan arsip",
  "reports.claim.links": "Klaim terkait",
  "reports.claim.link": "{relation} {claimant}: “{quote}”",
  "reports.claim.article": "Artikel",
  "reports.claim.page": "Halaman klaim",
  "reports.claim.id": "ID klaim",
  "reports.claim.nobody": "Tidak diketahui",

  // Status alur pemeriksaan
  "reports.reviewStatus.open": "Terbuka",
  "reports.reviewStatus.in_review": "Sedang diperiksa",
  "reports.reviewStatus.awaiting_signoff": "Menunggu persetujuan",
  "reports.reviewStatus.changes_requested": "Perlu perubahan",
  "reports.reviewStatus.signed_off": "Disetujui",

  // Kolom CSV di luar kolom klaim di atas
  "reports.column.articleUrl": "URL artikel",
  "reports.column.evidenceCount": "Jumlah bukti",
};
export default reports;
