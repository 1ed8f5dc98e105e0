// A verdict at a glance: colour, icon and word together (never colour alone).
import type { TVerdict } from "@/lib/claims/vocabulary";

const STYLE: Record<TVerdict, { className: string; icon: string }> = {
  verified: { className: "bg-verified-bg text-verified border-verified/40", icon: "✓" },
  disputed: { className: "bg-disputed-bg text-disputed border-disputed/40", icon: "?" },
  contradicted: { className: "bg-contradicted-bg text-contradicted border-contradicted/40", icon: "✗" },
  unreviewed: { className: "bg-unreviewed-bg text-unreviewed border-unreviewed/30", icon: "○" },
};

export function VerdictBadge({
  verdict,
  label,
  size = "md",
}: {
  verdict: TVerdict;
  label: string;
  size?: "sm" | "md";
}) {
  const s = STYLE[verdict];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border font-medium whitespace-nowrap ${s.className} ${size === "sm" ? "px-2 py-0.5 text-xs" : "px-2.5 py-1 text-sm"}`}
      data-verdict={verdict}
    >
      <span aria-hidden="true">{s.icon}</span>
      {label}
    </span>
  );
}

/** Highlight colours for claims in article text, by verdict. */
export const VERDICT_HIGHLIGHT: Record<TVerdict, string> = {
  verified: "bg-verified-bg decoration-verified",
  disputed: "bg-disputed-bg decoration-disputed",
  contradicted: "bg-contradicted-bg decoration-contradicted",
  unreviewed: "bg-sky-100 decoration-sky-700",
};
