// An evidence stance at a glance: icon and word together, never colour alone.
import type { TEvidenceStance } from "@/lib/claims/vocabulary";

const STYLE: Record<TEvidenceStance, { className: string; icon: string }> = {
  supports: { className: "border-verified/40 bg-verified-bg text-verified", icon: "+" },
  refutes: { className: "border-contradicted/40 bg-contradicted-bg text-contradicted", icon: "−" },
  context: { className: "border-gray-300 bg-gray-100 text-gray-800", icon: "i" },
};

export function StanceLabel({ stance, label }: { stance: TEvidenceStance; label: string }) {
  const s = STYLE[stance] ?? STYLE.context;
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-md border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${s.className}`}
      data-stance={stance}
    >
      <span
        aria-hidden="true"
        className="inline-flex h-4 w-4 items-center justify-center rounded-full border border-current text-[0.7rem] leading-none font-bold"
      >
        {s.icon}
      </span>
      {label}
    </span>
  );
}
