"use client";
// The queue's keyboard shortcuts in a modal dialog (native <dialog>: focus is kept inside, Escape
// closes it, and showModal focuses its first control, the Close button); on closing, the focus goes
// back where it was.
import { useEffect, useRef } from "react";
import { useI18n } from "@/components/ui/I18nProvider";
import { Button } from "@/components/ui/Button";

const KEYS = [
  ["j", "queue.keys.next"],
  ["k", "queue.keys.prev"],
  ["Enter", "queue.keys.open"],
  ["v", "queue.keys.verified"],
  ["d", "queue.keys.disputed"],
  ["c", "queue.keys.contradicted"],
  ["?", "queue.keys.help"],
] as const;

export function KeysDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  function onDialogClose() {
    onClose();
    const back = returnTo.current;
    returnTo.current = null;
    if (back && back.isConnected) back.focus();
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby="queue-keys-title"
      onClose={onDialogClose}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-gray-300 bg-white p-0 text-gray-900 shadow-xl backdrop:bg-gray-900/40"
    >
      <div className="flex flex-col gap-4 p-5">
        <h2 id="queue-keys-title" className="text-lg font-semibold">
          {t("queue.keys.title")}
        </h2>
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] items-center gap-x-4 gap-y-2 text-sm">
          {KEYS.map(([key, label]) => (
            <div key={key} className="contents">
              <dt>
                <kbd className="rounded border border-gray-400 bg-gray-50 px-2 py-0.5 font-mono text-sm">{key}</kbd>
              </dt>
              <dd>{t(label)}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-gray-700">{t("queue.keys.typing")}</p>
        <form method="dialog" className="flex justify-end">
          <Button type="submit">{t("common.close")}</Button>
        </form>
      </div>
    </dialog>
  );
}
