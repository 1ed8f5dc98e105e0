// Words, numbers and dates in the reader's language, shared by the readable formats (CSV, Markdown,
// PDF). The data itself (quotes, names, rationales) is never translated: it is what was written.
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translate } from "@/lib/i18n/translate";
import { emptyVerdictCounts, type TVerdict } from "@/lib/claims/vocabulary";
import type {
  TReportArticle,
  TReportClaim,
  TReportContext,
  TReportCorrection,
  TReportLink,
  TReportQuantity,
  TReportSummary,
} from "@/lib/reports/types";

export type Labels = ReturnType<typeof labelsFor>;

const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", id: "id-ID" };

export function labelsFor(ctx: Pick<TReportContext, "locale" | "timeZone">) {
  const locale: Locale = ctx.locale;
  const t: Translate = translator(locale);
  // A key the catalog lacks comes back unchanged: show the stored value instead of a raw key.
  const known = (key: string, fallback: string) => {
    const text = t(key);
    return text === key ? fallback : text;
  };
  // The same formats as lib/i18n/locales (formatNumber, formatDate, formatDateTime; a test keeps them
  // equal), built once per export: constructing an Intl formatter per cell costs more than the row.
  const intlLocale = INTL_LOCALE[locale];
  const numberFormat = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 4 });
  const dayFormat = new Intl.DateTimeFormat(intlLocale, { dateStyle: "long", timeZone: "UTC" });
  const momentFormat = new Intl.DateTimeFormat(intlLocale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: ctx.timeZone,
    timeZoneName: "short",
  });
  const number = (n: number) => numberFormat.format(n);
  const day = (isoDate: string) => dayFormat.format(new Date(isoDate));
  const moment = (iso: string) => momentFormat.format(new Date(iso));
  const languageNames = new Intl.DisplayNames([intlLocale], { type: "language" });

  return {
    locale,
    t,
    number,
    /** A calendar date (claimed on): the day as written, never shifted by a time zone. */
    day,
    /** A moment (reviewed at, published at) in the reader's time zone, with the zone named. */
    moment,
    verdict: (v: TVerdict) => t(`verdict.${v}`),
    category: (c: string) => known(`category.${c}`, c),
    stance: (s: string) => known(`stance.${s}`, s),
    reviewStatus: (s: string) => known(`reports.reviewStatus.${s}`, s),
    language: (code: string) => {
      try {
        return languageNames.of(code) ?? code;
      } catch {
        return code;
      }
    },
    /** "about 14,000 soldiers" / "sekitar 14.000 tentara"; an exact figure has no qualifier word. */
    quantity: (q: TReportQuantity) => {
      const unit = known(`claim.unit.${q.unit}`, q.unit);
      const figure = `${number(q.value)} ${unit}`;
      return q.qualifier === "exact" ? figure : `${t(`qualifier.${q.qualifier}`)} ${figure}`;
    },
    claimedAt: (c: Pick<TReportClaim, "claimedAt">) =>
      c.claimedAt ? day(c.claimedAt) : t("reports.claim.claimedAtUnknown"),
    person: (p: { name: string } | null) => p?.name ?? t("reports.claim.nobody"),
    correction: (c: TReportCorrection) =>
      t("reports.claim.correction", {
        from: t(`verdict.${c.fromVerdict}`),
        to: t(`verdict.${c.toVerdict}`),
        name: c.by?.name ?? t("reports.claim.nobody"),
        date: moment(c.at),
        reason: c.reason,
      }),
    link: (l: TReportLink) =>
      t("reports.claim.link", {
        relation: t(l.direction === "outgoing" ? `linkType.${l.type}` : `linkType.incoming.${l.type}`),
        claimant: l.claimant,
        quote: l.quote,
      }),
    signedOff: (c: Pick<TReportClaim, "signedOffBy" | "signedOffAt">) =>
      c.signedOffAt
        ? t("reports.claim.signedOffValue", {
            name: c.signedOffBy?.name ?? t("reports.claim.nobody"),
            date: moment(c.signedOffAt),
          })
        : t("reports.claim.notSignedOff"),
    title: (article: TReportArticle | undefined) =>
      article ? t("reports.title.article", { title: article.title }) : t("reports.title.set"),
  };
}

/** Claims per verdict and how many were signed off, counted from the claims themselves. */
export function summarise(claims: Iterable<TReportClaim>): TReportSummary {
  const byVerdict = emptyVerdictCounts();
  let total = 0;
  let signedOff = 0;
  for (const c of claims) {
    total += 1;
    byVerdict[c.verdict] += 1;
    if (c.signedOffAt) signedOff += 1;
  }
  return { total, byVerdict, signedOff };
}

/** Only web links become clickable in exported files: a `javascript:` URL in a report must stay inert. */
export function isWebUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}
