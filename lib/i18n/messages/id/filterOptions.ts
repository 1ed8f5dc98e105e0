// Kolom filter dengan saran saat mengetik dan hitungan berbatas di daftar klaim (keputusan 0021).
const filterOptions = {
  "filterOptions.articleHint": "Ketik sebagian judul, lalu pilih artikel dari daftar.",
  "filterOptions.suggestions": "Saran",
  "filterOptions.loading": "Mencari yang cocok…",
  "filterOptions.failed": "Saran tidak dapat dimuat. Anda tetap bisa mengetik dan menerapkan filter.",
  "filterOptions.none": "Tidak ada yang cocok.",
  "filterOptions.count": "Saran: {count}. Gunakan tombol panah untuk memilih.",
  "filterOptions.showingAtLeast": "Menampilkan {shown} dari lebih dari {count} klaim",
} as const;
export default filterOptions;
