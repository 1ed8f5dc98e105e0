"use client";
// The claims filters: a GET form (URL shareable); blank fields are left out of the URL and the Apply
// button shows progress while the list loads. On phones the form folds behind a "Filters" button (a
// disclosure: aria-expanded, a native button, so Enter and Space work), saying how many are on.
import { useId, useState, useTransition, type SubmitEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { CLAIM_CATEGORIES, REVIEW_STATUSES, type TReviewStatus } from "@/lib/claims/vocabulary";
import { useI18n } from "@/components/ui/I18nProvider";
import { Button } from "@/components/ui/Button";
import { Field, Select } from "@/components/ui/Field";
import { OptionCombobox } from "@/components/filter-options/OptionCombobox";
import { CLAIMS_PAGE_SIZE, ZClaimFilters } from "@/lib/claims/schemas";
import { routes } from "@/lib/routes";

type Props = {
  verdict?: string;
  articleId?: string;
  claimant?: string;
  category?: string;
  pageSize: number;
  /** Review workflow filters (decision 0015): status, still with the reviewer, assignee, overdue. */
  review?: { status?: TReviewStatus; active?: boolean; assignee?: string; overdue?: boolean };
  /** The title of the article filtered on, if any (the field is search-as-you-type, not a list). */
  articleLabel: string | null;
};

// The status select's extra choice, sent as active=1 rather than as a status.
const ACTIVE = "with_reviewer";

export function FiltersForm({ verdict, articleId, claimant, category, pageSize, review = {}, articleLabel }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const active = [
    articleId,
    claimant,
    category,
    review.status ?? review.active,
    review.assignee,
    review.overdue,
  ].filter(Boolean).length;
  const statusValue = review.active ? ACTIVE : (review.status ?? "");
  const otherPerson = review.assignee !== undefined && review.assignee !== "me" && review.assignee !== "none";

  function onSubmit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const values: Record<string, string> = {};
    for (const [k, v] of new FormData(e.currentTarget)) {
      if (typeof v === "string" && v.trim() !== "") values[k] = v.trim();
    }
    if (values.status === ACTIVE) {
      delete values.status;
      values.active = "1";
    }
    // The same schema as the page reads the URL with, and the one URL builder.
    startTransition(() => router.push(routes.claims(ZClaimFilters.parse(values))));
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3 md:hidden">
        <Button
          type="button"
          variant="secondary"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true">{open ? "▾" : "▸"}</span>
          {t("claimsList.filters.toggle")}
        </Button>
        {active > 0 && (
          <span className="text-sm text-gray-700">{t("claimsList.filters.active", { count: active })}</span>
        )}
      </div>
      <form
        id={panelId}
        method="get"
        action="/claims"
        role="search"
        aria-label={t("claimsList.filters.heading")}
        onSubmit={onSubmit}
        className={`${open ? "flex" : "hidden md:flex"} flex-wrap items-start gap-x-4 gap-y-3`}
      >
        {verdict && <input type="hidden" name="verdict" value={verdict} />}
        {pageSize !== CLAIMS_PAGE_SIZE && <input type="hidden" name="pageSize" value={pageSize} />}
        <div className="w-full md:w-80">
          <OptionCombobox
            id="filter-article"
            name="articleId"
            kind="article"
            freeText={false}
            label={t("claimsList.filters.article")}
            hint={t("filterOptions.articleHint")}
            placeholder={t("claimsList.filters.allArticles")}
            initialValue={articleId ?? ""}
            initialLabel={articleId ? (articleLabel ?? t("claimsList.filters.selectedArticle")) : ""}
          />
        </div>
        <div className="w-full md:w-64">
          <OptionCombobox
            id="filter-claimant"
            name="claimant"
            kind="claimant"
            freeText
            label={t("claimsList.filters.claimant")}
            hint={t("claimsList.filters.claimantHint")}
            initialValue={claimant ?? ""}
            initialLabel={claimant ?? ""}
          />
        </div>
        <div className="w-full md:w-52">
          <Field id="filter-category" label={t("claimsList.filters.category")}>
            <Select id="filter-category" name="category" defaultValue={category ?? ""} className="w-full">
              <option value="">{t("claimsList.filters.allCategories")}</option>
              {CLAIM_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="w-full md:w-52">
          <Field id="filter-status" label={t("lists.filters.status")}>
            <Select id="filter-status" name="status" defaultValue={statusValue} className="w-full">
              <option value="">{t("lists.filters.anyStatus")}</option>
              <option value={ACTIVE}>{t("lists.filters.active")}</option>
              {REVIEW_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`review.status.${s}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="w-full md:w-52">
          <Field id="filter-assignee" label={t("lists.filters.assignee")}>
            <Select id="filter-assignee" name="assignee" defaultValue={review.assignee ?? ""} className="w-full">
              <option value="">{t("lists.filters.anyone")}</option>
              <option value="me">{t("lists.filters.me")}</option>
              <option value="none">{t("lists.filters.unassigned")}</option>
              {otherPerson && <option value={review.assignee}>{t("lists.filters.selectedPerson")}</option>}
            </Select>
          </Field>
        </div>
        <div className="flex min-h-10 items-center md:pt-6">
          <label htmlFor="filter-overdue" className="inline-flex items-center gap-2 text-sm font-medium text-gray-900">
            <input
              type="checkbox"
              id="filter-overdue"
              name="overdue"
              value="1"
              defaultChecked={review.overdue ?? false}
              className="size-5 accent-blue-700"
            />
            {t("lists.filters.overdue")}
          </label>
        </div>
        <div className="flex items-center gap-3 md:pt-6">
          <Button type="submit" busy={pending}>
            {pending ? t("claimsList.filters.applying") : t("common.apply")}
          </Button>
          <Link
            href={routes.claims()}
            className="rounded-md px-2 py-2 text-sm font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
          >
            {t("common.clear")}
          </Link>
        </div>
      </form>
    </div>
  );
}
