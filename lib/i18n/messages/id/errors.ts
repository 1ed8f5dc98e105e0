import type en from "../en/errors";

const errors: Record<keyof typeof en, string> = {
  "errors.generic": "Terjadi kesalahan di sistem kami. Tidak ada yang tersimpan; silakan coba lagi.",
  "errors.callbackUrl": "callbackUrl harus berupa halaman situs ini (jalur seperti /claims) atau alamat http(s).",
  "errors.unauthenticated": "Sesi Anda telah berakhir. Silakan masuk lagi.",
  "errors.noWorkspace": "Akun Anda belum menjadi anggota ruang kerja mana pun. Minta admin menambahkan Anda.",
  "errors.forbidden": "Anda tidak berwenang melakukan itu.",
  "errors.forbidden.read": "Anda tidak berwenang membaca ruang kerja ini.",
  "errors.forbidden.export": "Anda tidak berwenang mengekspor.",
  "errors.forbidden.claim.create": "Pembaca tidak dapat menambahkan klaim. Minta peran pemeriksa kepada editor.",
  "errors.forbidden.evidence.add": "Pembaca tidak dapat menambahkan bukti. Minta peran pemeriksa kepada editor.",
  "errors.forbidden.evidence.remove": "Pembaca tidak dapat menghapus bukti. Minta peran pemeriksa kepada editor.",
  "errors.forbidden.comment.add": "Pembaca tidak dapat berkomentar.",
  "errors.forbidden.verdict.set": "Pembaca tidak dapat memberi putusan. Minta peran pemeriksa kepada editor.",
  "errors.forbidden.verdict.assigned":
    "Klaim ini ditugaskan kepada pemeriksa lain; hanya dia atau editor yang dapat memberi putusan.",
  "errors.forbidden.article.create": "Hanya editor dan admin yang dapat menambahkan artikel.",
  "errors.forbidden.claim.assign": "Hanya editor dan admin yang dapat menugaskan klaim.",
  "errors.forbidden.verdict.signOff": "Hanya editor dan admin yang dapat mengesahkan putusan.",
  "errors.forbidden.members.manage": "Hanya admin yang dapat mengelola anggota.",
  "errors.forbidden.origin": "Permintaan ini berasal dari situs lain dan ditolak.",
  "errors.notFound": "Tidak ditemukan.",
  "errors.claimNotFound": "Klaim ini tidak ada di ruang kerja Anda.",
  "errors.articleNotFound": "Artikel ini tidak ada di ruang kerja Anda.",
  "errors.evidenceNotFound": "Bukti ini sudah dihapus.",
  "errors.conflict.verdict": "Orang lain menyimpan klaim ini saat Anda mengerjakannya. Tidak ada yang ditimpa.",
  "errors.forbidden.claim.pickUp": "Pembaca tidak dapat mengambil klaim. Minta peran pemeriksa kepada editor.",
  "errors.forbidden.deactivated":
    "Keanggotaan Anda di ruang kerja ini telah dinonaktifkan, jadi Anda tidak dapat lagi membuat perubahan di sini.",
  "errors.forbidden.desk": "Hanya editor dan admin yang dapat melihat meja editor.",
  "errors.conflict.review":
    "Orang lain mengubah klaim ini setelah Anda membukanya, jadi tidak ada yang diubah. Inilah keadaannya sekarang.",
  "errors.conflict.bulk":
    "{count} klaim yang dipilih berubah setelah halaman dimuat, jadi tidak ada yang ditugaskan. Periksa klaim tersebut lalu coba lagi.",
  "errors.review.bulk.notFound":
    "{count} klaim yang dipilih tidak ada di ruang kerja Anda, jadi tidak ada yang ditugaskan.",
  "errors.review.bulk.refused":
    "{count} klaim yang dipilih tidak dapat ditugaskan (putusannya sudah disahkan), jadi tidak ada yang ditugaskan.",
  "errors.review.assign.signedOff":
    "Putusan klaim ini sudah disahkan, jadi tidak ada yang perlu ditugaskan. Mengoreksi putusan akan membukanya kembali.",
  "errors.review.unassign.signedOff": "Putusan klaim ini sudah disahkan; penugasannya tidak lagi berubah.",
  "errors.review.unassign.notAssigned": "Klaim ini tidak ditugaskan kepada siapa pun.",
  "errors.review.pickUp.signedOff": "Putusan klaim ini sudah disahkan; tidak ada yang perlu diambil.",
  "errors.review.pickUp.awaitingSignoff": "Putusan klaim ini sedang menunggu pengesahan; tidak ada yang perlu diambil.",
  "errors.review.pickUp.taken": "Klaim ini sudah ditugaskan kepada {name}.",
  "errors.review.pickUp.alreadyYours": "Klaim ini sudah ada di antrean Anda.",
  "errors.review.submitVerdict.signedOff":
    "Putusan ini sudah disahkan: mengubahnya adalah koreksi dan memerlukan alasan.",
  "errors.review.correctVerdict.notSignedOff": "Hanya putusan yang sudah disahkan yang dapat dikoreksi.",
  "errors.review.signOff.notAwaiting":
    "Tidak ada putusan pada klaim ini yang menunggu pengesahan: putusan harus diberikan terlebih dahulu.",
  "errors.review.signOff.already": "Putusan ini sudah disahkan.",
  "errors.review.signOff.ownVerdict":
    "Anda memberi atau mengubah putusan ini, jadi orang lain yang harus mengesahkannya.",
  "errors.review.requestChanges.notAwaiting":
    "Tidak ada putusan pada klaim ini yang menunggu pengesahan, jadi tidak ada yang perlu dikembalikan.",
  "errors.review.requestChanges.signedOff":
    "Putusan ini sudah disahkan. Untuk mengubahnya, koreksi putusan dan beri alasan.",
  "errors.review.requestChanges.ownVerdict":
    "Anda memberi atau mengubah putusan ini, jadi orang lain yang harus memutuskan apakah perlu perubahan.",
  "errors.review.reasonRequired": "Putusan ini sudah disahkan: jelaskan mengapa putusan dikoreksi.",
  "errors.invalid": "Beberapa isian perlu diperbaiki.",
  "errors.invalidJson": "Isi permintaan bukan JSON yang sah.",
  "errors.tooLarge": "Permintaan terlalu besar (batasnya {kb} KB). Tidak ada yang tersimpan.",
  "errors.unsupportedMediaType":
    "Permintaan harus dikirim sebagai JSON (Content-Type: application/json). Tidak ada yang tersimpan.",
  "errors.malformedPath": "Alamat ini tidak sah (pengodean % rusak).",
  "errors.unavailable":
    "Basis data sedang tidak dapat dijangkau. Tidak ada yang tersimpan; silakan coba lagi sebentar lagi.",
  "errors.throttled": "Terlalu banyak percobaan gagal. Coba lagi dalam {seconds} detik.",
  "validation.required": "Isian ini wajib diisi.",
  "validation.unknownId": "Id tidak dikenal.",
  "validation.version": "Halaman ini sudah usang; muat ulang.",
  "validation.tooLong": "Terlalu panjang.",
  "validation.notText": "Isian ini harus berupa teks.",
  "validation.invalidCharacters": "Hapus karakter kontrol (seperti NUL) atau karakter rusak dari teks ini.",
  "validation.url": "Masukkan alamat web lengkap yang diawali http:// atau https://.",
  "validation.urlRequired": "Masukkan alamat web bukti.",
  "validation.titleRequired": "Beri judul bukti ini.",
  "validation.stance": "Pilih apakah bukti mendukung, membantah, atau memberi konteks.",
  "validation.verdict": "Pilih terverifikasi, diperdebatkan, atau terbantah.",
  "validation.rationaleRequired": "Jelaskan putusan Anda: alasan wajib diisi.",
  "validation.emailRequired": "Masukkan alamat email Anda.",
  "validation.email": "Masukkan alamat email yang sah.",
  "validation.passwordRequired": "Masukkan kata sandi Anda.",
  "validation.dueAt": "Masukkan tanggal dan waktu tenggat yang sah.",
  "validation.dueInPast": "Tanggal tenggat sudah lewat; pilih tanggal yang lebih lambat.",
  "validation.priority": "Pilih rendah, normal, tinggi, atau mendesak.",
  "validation.reviewStatus": "Status pemeriksaan tidak dikenal.",
  "validation.assignee": "Pilih pemeriksa, editor, atau admin yang aktif di ruang kerja ini.",
  "validation.noteRequired": "Jelaskan apa yang perlu diubah.",
  "validation.reasonRequired": "Beri alasan koreksi.",
  "validation.bulkClaims": "Pilih antara 1 dan 200 klaim.",
  "validation.duplicateClaims": "Ada klaim yang tercantum lebih dari sekali.",
};
export default errors;
