"use client";
// Adds a piece of evidence. Same schema as the server (through useZodForm); messages at the fields; on success the form
// clears and focus returns to the URL field, ready for the next source.
import { useState, type SubmitEvent } from "react";
import { Button } from "@/components/ui/Button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/Field";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { callApi } from "@/lib/http/client";
import { routes } from "@/lib/routes";
import { ZAddEvidence } from "@/lib/claims/schemas";
import { EVIDENCE_STANCES } from "@/lib/claims/vocabulary";
import { useZodForm } from "@/components/ui/form/useZodForm";

const FIELDS = ["url", "title", "publisher", "archivedUrl", "excerpt", "stance"] as const;
type TField = (typeof FIELDS)[number];
type TValues = Record<TField, string>;

const EMPTY: TValues = { url: "", title: "", publisher: "", archivedUrl: "", excerpt: "", stance: "" };
const ID: Record<TField, string> = {
  url: "evidence-url",
  title: "evidence-title",
  publisher: "evidence-publisher",
  archivedUrl: "evidence-archived-url",
  excerpt: "evidence-excerpt",
  stance: "evidence-stance",
};

export function EvidenceForm({ claimId }: { claimId: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const [values, setValues] = useState<TValues>(EMPTY);
  const focusField = (f: TField) => document.getElementById(ID[f])?.focus();
  const form = useZodForm({ fields: FIELDS, focus: focusField });
  const { errors, busy } = form;
  const formError = form.alert?.message ?? null;

  function set(field: TField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    form.clearError(field);
  }

  async function onSubmit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    await form.submit(
      ZAddEvidence,
      { claimId, ...values, stance: values.stance || undefined },
      ({ claimId: _id, ...body }) => callApi<{ id: string }>(routes.api.claimEvidence(claimId), "POST", body),
      {
        onSuccess: () => {
          setValues(EMPTY);
          toast("success", t("claim.evidence.added"));
          focusField("url");
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <Field id={ID.url} label={t("claim.evidence.form.url")} error={errors.url} required>
        <TextInput
          id={ID.url}
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://"
          value={values.url}
          onChange={(e) => set("url", e.target.value)}
          error={errors.url}
          aria-required="true"
          className="w-full"
        />
      </Field>
      <Field id={ID.title} label={t("claim.evidence.form.title")} error={errors.title} required>
        <TextInput
          id={ID.title}
          name="title"
          value={values.title}
          onChange={(e) => set("title", e.target.value)}
          error={errors.title}
          aria-required="true"
          className="w-full"
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={ID.publisher} label={t("claim.evidence.form.publisher")} error={errors.publisher}>
          <TextInput
            id={ID.publisher}
            name="publisher"
            value={values.publisher}
            onChange={(e) => set("publisher", e.target.value)}
            error={errors.publisher}
            className="w-full"
          />
        </Field>
        <Field id={ID.stance} label={t("claim.evidence.form.stance")} error={errors.stance} required>
          <Select
            id={ID.stance}
            name="stance"
            value={values.stance}
            onChange={(e) => set("stance", e.target.value)}
            error={errors.stance}
            aria-required="true"
            className="w-full"
          >
            <option value="" disabled>
              {t("claim.evidence.form.stancePlaceholder")}
            </option>
            {EVIDENCE_STANCES.map((s) => (
              <option key={s} value={s}>
                {t(`stance.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field
        id={ID.archivedUrl}
        label={t("claim.evidence.form.archivedUrl")}
        error={errors.archivedUrl}
        hint={t("claim.evidence.form.archivedHint")}
      >
        <TextInput
          id={ID.archivedUrl}
          name="archivedUrl"
          type="url"
          inputMode="url"
          autoComplete="off"
          value={values.archivedUrl}
          onChange={(e) => set("archivedUrl", e.target.value)}
          error={errors.archivedUrl}
          hint={t("claim.evidence.form.archivedHint")}
          className="w-full"
        />
      </Field>
      <Field
        id={ID.excerpt}
        label={t("claim.evidence.form.excerpt")}
        error={errors.excerpt}
        hint={t("claim.evidence.form.excerptHint")}
      >
        <TextArea
          id={ID.excerpt}
          name="excerpt"
          rows={3}
          value={values.excerpt}
          onChange={(e) => set("excerpt", e.target.value)}
          error={errors.excerpt}
          hint={t("claim.evidence.form.excerptHint")}
          className="w-full resize-y"
        />
      </Field>
      {formError && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {formError}
        </p>
      )}
      <div>
        <Button type="submit" busy={busy}>
          {t("claim.evidence.form.submit")}
        </Button>
      </div>
    </form>
  );
}
