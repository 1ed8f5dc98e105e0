// Every recorded change to the claim, newest first: who, when, what, and what it was before.
import Link from "next/link";
import { routes } from "@/lib/routes";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import type { TEventAction } from "@/lib/claims/vocabulary";
import { parseClaimEvent, type TClaimEvent } from "@/lib/claims/events";
import type { TClaimDetail } from "@/lib/claims/queries";
import { StanceLabel } from "@/components/claims/StanceLabel";
import { excerpt, linkClass, type TI18n } from "@/components/claims/format";
import { LocalTime } from "@/components/ui/LocalTime";

/** The most getClaimDetail loads; at that count there may be older ones. */
const EVENTS_SHOWN = 200;

const ACTION_KEY: Record<TEventAction, string> = {
  "claim.created": "claim.history.action.claim.created",
  "verdict.set": "claim.history.action.verdict.set",
  "verdict.corrected": "claim.history.action.verdict.corrected",
  "evidence.added": "claim.history.action.evidence.added",
  "evidence.removed": "claim.history.action.evidence.removed",
  "link.added": "claim.history.action.link.added",
  "link.removed": "claim.history.action.link.removed",
  "review.assigned": "claim.history.action.review.assigned",
  "review.unassigned": "claim.history.action.review.unassigned",
  "review.pickedUp": "claim.history.action.review.pickedUp",
  "review.changesRequested": "claim.history.action.review.changesRequested",
  "review.signedOff": "claim.history.action.review.signedOff",
  "comment.added": "claim.history.action.comment.added",
  "comment.edited": "claim.history.action.comment.edited",
  "comment.deleted": "claim.history.action.comment.deleted",
  "claim.reanchored": "claim.history.action.claim.reanchored",
  "suggestion.merged": "claim.history.action.suggestion.merged",
};

function isSafeUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/** A comment's text with its mention tokens (`@[Name](userId)`, lib/comments/mentions.ts) shown as "@Name". */
function readable(body: string): string {
  return body.replace(/@\[([^[\]\n]{1,120})\]\(([A-Za-z0-9_-]{1,64})\)/g, "@$1");
}

function Quoted({ label, text }: { label: string; text: string | null | undefined }) {
  if (!text || text.trim() === "") return null;
  return (
    <div className="text-sm">
      <span className="sr-only">{label}: </span>
      <blockquote className="border-l-4 border-gray-300 pl-3 whitespace-pre-line text-gray-900">{text}</blockquote>
    </div>
  );
}

/** The event's details, from its typed payload (lib/claims/events.ts). */
function EventDetail({ event, claim, i18n }: { event: TClaimEvent; claim: TClaimDetail; i18n: TI18n }) {
  const { t } = i18n;
  switch (event.action) {
    case "verdict.set":
    case "verdict.corrected": {
      const { before, after } = event;
      return (
        <div className="flex flex-col gap-2">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <VerdictBadge verdict={before.verdict} label={t(`verdict.${before.verdict}`)} size="sm" />
            <span aria-hidden="true" className="text-gray-700">
              →
            </span>
            <span className="sr-only">{t("claim.history.changedTo")}</span>
            <VerdictBadge verdict={after.verdict} label={t(`verdict.${after.verdict}`)} size="sm" />
          </p>
          {event.action === "verdict.corrected" && (
            <p className="text-sm text-gray-900">
              <span className="font-semibold">{t("claim.history.reason")}:</span> {event.after.reason}
            </p>
          )}
          <Quoted label={t("claim.history.rationale")} text={after.rationale} />
        </div>
      );
    }
    case "review.assigned":
    case "review.pickedUp":
      return (
        <p className="text-sm text-gray-900">
          {t("claim.history.assignedTo", { name: event.after.assignee?.name ?? t("claim.history.noAssignee") })}
        </p>
      );
    case "review.changesRequested":
      return <Quoted label={t("claim.history.note")} text={event.after.note} />;
    case "review.unassigned":
      return (
        <p className="text-sm text-gray-900">
          {t("flow.history.unassignedFrom", { name: event.before.assignee?.name ?? t("claim.history.noAssignee") })}
        </p>
      );
    case "comment.added":
    case "comment.deleted":
      return (
        <Quoted
          label={t("comments.heading")}
          text={readable(event.action === "comment.added" ? event.after.body : event.before.body)}
        />
      );
    case "comment.edited":
      return (
        <div className="flex flex-col gap-1">
          <p className="text-xs font-semibold text-gray-700">{t("claim.history.comment.before")}</p>
          <Quoted label={t("claim.history.comment.before")} text={readable(event.before.body)} />
          <p className="text-xs font-semibold text-gray-700">{t("claim.history.comment.after")}</p>
          <Quoted label={t("claim.history.comment.after")} text={readable(event.after.body)} />
        </div>
      );
    case "evidence.added":
    case "evidence.removed": {
      const e = event.action === "evidence.added" ? event.after : event.before;
      return (
        <p
          className={`flex flex-wrap items-center gap-2 text-sm ${event.action === "evidence.removed" ? "text-gray-700" : ""}`}
        >
          {isSafeUrl(e.url) ? (
            <a href={e.url} target="_blank" rel="noopener noreferrer" className={`${linkClass} break-words`}>
              {e.title || e.url}
              <span className="sr-only"> {t("claim.opensInNewTab")}</span>
            </a>
          ) : (
            <span className="break-words">{e.title || e.url}</span>
          )}
          <StanceLabel stance={e.stance} label={t(`stance.${e.stance}`)} />
        </p>
      );
    }
    case "link.added":
    case "link.removed": {
      // Both claims of a link record it (lib/links/); on the target's side it is an incoming relation.
      const link = event.action === "link.added" ? event.after : event.before;
      const incoming = link.direction === "incoming";
      const otherId = incoming && link.fromClaimId ? link.fromClaimId : link.toClaimId;
      const other = claim.links.find(
        (l) => l.direction === (incoming ? "incoming" : "outgoing") && l.other.id === otherId,
      )?.other;
      const claimant = other?.claimant ?? link.otherClaimant;
      const quote = other?.quote ?? link.otherQuote;
      return (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            {t("claim.history.linkTo", {
              relation: t(incoming ? `linkType.incoming.${link.type}` : `linkType.${link.type}`),
            })}
          </span>
          {other && <VerdictBadge verdict={other.verdict} label={t(`verdict.${other.verdict}`)} size="sm" />}
          <Link href={routes.claim(otherId)} className={linkClass}>
            {claimant && quote ? `${claimant}: “${excerpt(quote, 90)}”` : otherId}
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
    <section
      aria-labelledby="history-heading"
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
    >
      <h2 id="history-heading" className="text-lg font-semibold text-gray-950">
        {t("claim.history.heading")}
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-gray-700">{t("claim.history.empty")}</p>
      ) : (
        <ol className="flex flex-col">
          {events.map((event) => {
            // A row that does not parse (unknown action, older payload) is an unknown change, never a crash.
            const parsed = parseClaimEvent(event);
            const key = parsed ? ACTION_KEY[parsed.action] : "claim.history.action.unknown";
            return (
              <li
                key={event.id}
                className="relative flex flex-col gap-1.5 border-l-2 border-gray-200 pb-5 pl-5 last:pb-0"
                data-testid="history-event"
                data-action={event.action}
              >
                <span
                  aria-hidden="true"
                  className="absolute top-1.5 -left-[7px] h-3 w-3 rounded-full border-2 border-white bg-gray-500"
                />
                <p className="text-sm font-semibold text-gray-950">{t(key)}</p>
                <p className="text-xs text-gray-700">
                  {event.actor?.name ?? t("claim.history.system")}
                  {" · "}
                  <LocalTime value={event.createdAt} locale={locale} timeZone={timeZone} />
                </p>
                {parsed && <EventDetail event={parsed} claim={claim} i18n={i18n} />}
              </li>
            );
          })}
        </ol>
      )}
      {events.length >= EVENTS_SHOWN && (
        <p className="text-xs text-gray-700">{t("claim.history.truncated", { count: EVENTS_SHOWN })}</p>
      )}
    </section>
  );
}
