"use client";
// The one way a form of this app validates and sends (docs/decisions/0014): the shared zod schema
// checks the input before anything is sent, messages land at their fields (translated), focus goes to
// the first field in error, and the server's answer is read the same way every time: field errors
// (INVALID) back at the fields, a CONFLICT or any other refusal as the form's alert with the server's
// own message (and its details, for the form to show what happened), a lost connection as "nothing
// was saved". While sending, and until the refreshed page is on screen, the form is busy and a second
// submit (Ctrl+Enter calls requestSubmit, which a disabled button does not stop) does nothing.
import { useCallback, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { useI18n } from "@/components/ui/I18nProvider";
import type { ApiResult } from "@/lib/http/client";
import { fieldErrors } from "@/lib/http/field-errors";

/** The form-level message: the server's (or ours), and for a refusal its code and details. */
export type FormAlert = { message: string; code?: string; details?: unknown };

type Options<F extends string> = {
  /** The form's fields in the order they appear: the first one in error gets focus. */
  fields: readonly F[];
  /** Moves focus to a field (by id, ref, or a radio group's first option). */
  focus: (field: F) => void;
};

type Handlers<R> = {
  onSuccess?: (data: R) => void;
  /** After a CONFLICT: the alert is already set; e.g. adopt the current version from `details`. */
  onConflict?: (details: unknown) => void;
  /** Refresh the server-rendered page after success (default) and after a conflict. */
  refresh?: boolean;
};

export function useZodForm<F extends string>({ fields, focus }: Options<F>) {
  const { t } = useI18n();
  const router = useRouter();
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [saving, setSaving] = useState(false);
  // Busy until the refreshed page is on screen, not just until the server answered.
  const [refreshing, startRefresh] = useTransition();
  const busyRef = useRef(false);
  const busy = saving || refreshing;

  const isField = useCallback((k: string): k is F => (fields as readonly string[]).includes(k), [fields]);

  /** Puts the messages at their fields and returns the leftover (non-field) message keys or texts. */
  const showFieldErrors = useCallback(
    (map: Record<string, string>, translate: boolean) => {
      const at: Partial<Record<F, string>> = {};
      const rest: string[] = [];
      for (const [k, msg] of Object.entries(map)) {
        const text = translate ? t(msg) : msg;
        if (isField(k)) at[k] = text;
        else rest.push(text);
      }
      setErrors(at);
      const first = fields.find((f) => at[f]);
      if (first) focus(first);
      return rest;
    },
    [fields, focus, isField, t],
  );

  const refresh = useCallback(() => startRefresh(() => router.refresh()), [router]);

  /**
   * Validates `input` with `schema`, then (if valid) sends the parsed value with `send` and handles the
   * answer. Returns the API result, or null when nothing was sent (invalid, or already sending).
   */
  async function submit<S extends z.ZodType, R>(
    schema: S,
    input: unknown,
    send: (data: z.output<S>) => Promise<ApiResult<R>>,
    handlers: Handlers<R> = {},
  ): Promise<ApiResult<R> | null> {
    if (busyRef.current || busy) return null;
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const rest = showFieldErrors(fieldErrors(parsed.error), true);
      setAlert(rest.length ? { message: rest[0] } : null);
      return null;
    }
    setErrors({});
    setAlert(null);
    busyRef.current = true;
    setSaving(true);
    const res = await send(parsed.data);
    busyRef.current = false;
    setSaving(false);
    if (res.ok) {
      handlers.onSuccess?.(res.data);
      if (handlers.refresh !== false) refresh();
      return res;
    }
    const { code, message, fields: serverFields, details } = res.error;
    if (code === "INVALID" && serverFields) {
      const rest = showFieldErrors(serverFields, false);
      const atFields = Object.keys(serverFields).some(isField);
      setAlert(rest.length || !atFields ? { message: rest[0] ?? message, code } : null);
      return res;
    }
    if (res.status === 0 || !message) {
      setAlert({ message: t("claim.error.network"), code });
      return res;
    }
    setAlert({ message, code, details });
    if (code === "CONFLICT") {
      handlers.onConflict?.(details);
      if (handlers.refresh !== false) refresh();
    }
    return res;
  }

  /** Clears one field's message (as the user edits it). */
  const clearError = useCallback((field: F) => setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e)), []);

  const reset = useCallback(() => {
    setErrors({});
    setAlert(null);
  }, []);

  return { errors, alert, setAlert, busy, submit, clearError, reset, refresh };
}
