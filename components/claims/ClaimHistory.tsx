// Every recorded change to the claim, newest first: who, when, what, and what it was before.
import Link from "next/link";
import { routes } from "@/lib/routes";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { EVIDENCE_STANCES, CLAIM_LINK_TYPES, type TClaimLinkType, type TEventAction, type TEvidenceStance } from "@/lib/claims/vocabulary";
import type { TClaimDetail } from "@/lib/claims/queries";
import { StanceLabel } from "@/components/claims/StanceLabel";
import { excerpt, isVerdict, linkClass, type TI18n } from "@/components/claims/format";
import { LocalTime } from "@/components/ui/LocalTime";

/** The most getClaimDetail loads; at that count there may be older ones. */
const EVENTS_SHOWN = 200;

const ACTION_KEY: Record<TEventAction, string> = {
  "claim.created": "claim.history.action.claim.created",
  "verdict.set": "claim.history.action.verdict.set",
  "evidence.added": "claim.history.action.evidence.added",
  "evidence.removed": "claim.history.action.evidence.removed",
  "link.added": "claim.history.action.link.added",
};

type TEvent = TClaimDetail["events"][number];

function record(v: unknown): Record<string, unknown> {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function text(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v : null;
}
function isStance(v: unknown): v is TEvidenceStance {
  return typeof v === "string" && (EVIDENCE_STANCES as readonly string[]).includes(v);
}
function isLinkType(v: unknown): v is TClaimLinkType {
  return typeof v === "string" && (CLAIM_LINK_TYPES as readonly string[]).includes(v);
}
function isSafeUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

function EventDetail({ event, claim, i18n }: { event: TEvent; claim: TClaimDetail; i18n: TI18n }) {
  const { t } = i18n;
  const before = record(event.before);
  const after = record(event.after);
  switch (event.action) {
    case "verdict.set": {
      const rationale = text(after.rationale);
      return (
        <div className="flex flex-col gap-2">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            {isVerdict(before.verdict) && <VerdictBadge verdict={before.verdict} label={t(`verdict.${before.verdict}`)} size="sm" />}
            {isVerdict(before.verdict) && isVerdict(after.verdict) && (
              <>
                <span aria-hidden="true" className="text-gray-700">→</span>
                <span className="sr-only">{t("claim.history.changedTo")}</span>
              </>
            )}
            {isVerdict(after.verdict) && <VerdictBadge verdict={after.verdict} label={t(`verdict.${after.verdict}`)} size="sm" />}
          </p>
          {rationale && (
            <div className="text-sm">
              <span className="sr-only">{t("claim.history.rationale")}: </span>
              <blockquote className="border-l-4 border-gray-300 pl-3 whitespace-pre-line text-gray-900">{rationale}</blockquote>
            </div>
          )}
        </div>
      );
    }
    case "evidence.added":
    case "evidence.removed": {
      const e = event.action === "evidence.added" ? after : before;
      const title = text(e.title);
      const url = text(e.url);
      if (!title && !url) return null;
      return (
        <p className={`flex flex-wrap items-center gap-2 text-sm ${event.action === "evidence.removed" ? "text-gray-700" : ""}`}>
          {url && isSafeUrl(url) ? (
            <a href={url} target="_blank" rel="noopener noreferrer" className={`${linkClass} break-words`}>
              {title ?? url}
              <span className="sr-only"> {t("claim.opensInNewTab")}</span>
            </a>
          ) : (
            <span className="break-words">{title ?? url}</span>
          )}
          {isStance(e.stance) && <StanceLabel stance={e.stance} label={t(`stance.${e.stance}`)} />}
        </p>
      );
    }
    case "link.added": {
      const toId = text(after.toClaimId);
      const other = claim.links.find((l) => l.direction === "outgoing" && l.other.id === toId)?.other;
      if (!toId || !isLinkType(after.type)) return null;
      return (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span>{t("claim.history.linkTo", { relation: t(`linkType.${after.type}`) })}</span>
          {other && <VerdictBadge verdict={other.verdict} label={t(`verdict.${other.verdict}`)} size="sm" />}
          <Link href={routes.claim(toId)} className={linkClass}>
            {other ? `${other.claimant}: “${excerpt(other.quote, 90)}”` : toId}
          </Link>
        </p>
      );
    }
    default:
      return null;
  }
}

export function ClaimHistory({ claim, i18n }: { claim: TClaimDetail; i18n: TI18n }) {
  const { t, locale, timeZone } = i18n;
  const { events } = claim;
  return (
    <section aria-labelledby="history-heading" className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="history-heading" className="text-lg font-semibold text-gray-950">
        {t("claim.history.heading")}
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-gray-700">{t("claim.history.empty")}</p>
      ) : (
        <ol className="flex flex-col">
          {events.map((event) => {
            const key = ACTION_KEY[event.action as TEventAction] ?? "claim.history.action.unknown";
            return (
              <li key={event.id} className="relative flex flex-col gap-1.5 border-l-2 border-gray-200 pb-5 pl-5 last:pb-0" data-testid="history-event" data-action={event.action}>
                <span aria-hidden="true" className="absolute top-1.5 -left-[7px] h-3 w-3 rounded-full border-2 border-white bg-gray-500" />
                <p className="text-sm font-semibold text-gray-950">{t(key)}</p>
                <p className="text-xs text-gray-700">
                  {event.actor?.name ?? t("claim.history.system")}
                  {" · "}
                  <LocalTime value={event.createdAt} locale={locale} timeZone={timeZone} />
                </p>
                <EventDetail event={event} claim={claim} i18n={i18n} />
              </li>
            );
          })}
        </ol>
      )}
      {events.length >= EVENTS_SHOWN && <p className="text-xs text-gray-700">{t("claim.history.truncated", { count: EVENTS_SHOWN })}</p>}
    </section>
  );
}
