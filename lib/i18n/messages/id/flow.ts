import type en from "../en/flow";
import type { Message } from "@/lib/i18n/messages/types";

const flow: Record<keyof typeof en, Message> = {
  "flow.heading": "Pemeriksaan",
  "flow.assign.reviewer": "Pemeriksa",
  "flow.assign.choose": "Pilih anggota…",
  "flow.assign.dueHint": "Tenggat sampai akhir hari itu. Kosongkan bila tanpa tenggat.",
  "flow.assigned": "Penugasan disimpan.",
  "flow.unassigned": "Klaim ini tidak lagi ditugaskan kepada siapa pun.",
  "flow.pickedUp": "Klaim ini sekarang ada di antrean Anda.",
  "flow.signedOff": "Putusan disahkan.",
  "flow.changesRequested": "Dikembalikan kepada pemeriksa beserta catatan Anda.",
  "flow.changes.noteLabel": "Apa yang perlu diperbaiki",
  "flow.changes.noteHint": "Pemeriksa akan melihat catatan ini di halaman klaim.",
  "flow.changes.submit": "Kembalikan dengan catatan ini",
  "flow.waitingForSignOff": "Putusan ini menunggu disahkan oleh seorang editor.",
  "flow.correction.reasonLabel": "Alasan koreksi",
  "flow.correction.reasonHint":
    "Putusan ini sudah disahkan. Jelaskan mengapa diubah; koreksinya akan tercantum di halaman klaim.",
  "flow.conflict.lastChange": "Perubahan terakhir",
  "flow.conflict.lastChangeBy": "{action}, oleh {name}",
  "flow.history.unassignedFrom": "Dari {name}",
  "flow.mention.count": "{count} anggota ditemukan. Gunakan tombol panah dan Enter.",
};
export default flow;
