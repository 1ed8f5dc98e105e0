import type en from "../en/auth";

const auth: Record<keyof typeof en, string> = {
  "auth.signIn.title": "Masuk",
  "auth.signIn.tagline":
    "Periksa setiap klaim bersumber dalam berita yang diterbitkan meja redaksi Anda: lihat klaim di artikelnya, timbang buktinya, beri putusan.",
  "auth.signIn.email": "Email",
  "auth.signIn.password": "Kata sandi",
  "auth.signIn.submit": "Masuk",
  "auth.signIn.submitting": "Sedang masuk…",
  "auth.signIn.invalid": "Email atau kata sandi salah.",
  "auth.signOut": "Keluar",
  "auth.account": "Akun Anda",
  "auth.roleIn": "{role} · {workspace}",
  "auth.workspace.switch": "Ganti",
  "auth.preferences.failed": "Pengaturan itu gagal disimpan. Silakan coba lagi.",
  "shell.notFound.title": "Halaman tidak ditemukan",
  "shell.notFound.body": "Halaman ini tidak ada, atau milik ruang kerja yang bukan ruang kerja Anda.",
  "shell.backToClaims": "Ke daftar klaim",
  "shell.error.title": "Terjadi kesalahan",
  "shell.error.reference": "Kode rujukan untuk tim dukungan: {digest}",
  "shell.retry": "Coba lagi",
};
export default auth;
