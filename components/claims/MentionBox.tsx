"use client";
// A comment box with @mention autocomplete, as an ARIA 1.2 combobox: typing "@" and the start of a
// name lists matching members (GET /api/members/search) in a listbox; arrows move, Enter or a click
// picks (the box inserts the token `@[Name](userId)`, lib/comments/mentions.ts), Escape closes the
// list. Focus stays in the box throughout; the highlighted member is its aria-activedescendant.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useI18n } from "@/components/ui/I18nProvider";
import { mentionToken } from "@/lib/comments/mentions";
import { routes } from "@/lib/routes";

type Match = { userId: string; name: string; email: string; role: string };
type Trigger = { start: number; end: number; query: string };

// "@" at the start or after a space, then up to 40 characters of a name (no brackets, no second "@").
const TRIGGER = /(?:^|\s)@([^\s@[\]()]{0,40})$/;

function triggerAt(value: string, caret: number): Trigger | null {
  const m = TRIGGER.exec(value.slice(0, caret));
  if (!m) return null;
  return { start: caret - m[1].length - 1, end: caret, query: m[1] };
}

type Props = {
  id: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/⌘+Enter outside the list: submit the form. */
  onSubmitShortcut?: () => void;
  error?: string;
  describedBy?: string;
  rows?: number;
  disabled?: boolean;
};

export function MentionBox({
  id,
  name,
  value,
  onChange,
  onSubmitShortcut,
  error,
  describedBy,
  rows = 3,
  disabled,
}: Props) {
  const { t } = useI18n();
  const uid = useId();
  const listId = `${uid}-list`;
  const statusId = `${uid}-status`;
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const [trigger, setTrigger] = useState<Trigger | null>(null);
  const [matches, setMatches] = useState<Match[]>([]);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(0);
  const caretAfter = useRef<number | null>(null);

  useEffect(() => {
    if (!trigger) return;
    const ctl = new AbortController();
    const search = async () => {
      setLoading(true);
      try {
        const res = await fetch(routes.api.memberSearch(trigger.query, 8), { signal: ctl.signal });
        const json: unknown = await res.json();
        const data = json && typeof json === "object" && "data" in json ? (json as { data: unknown }).data : null;
        setMatches(Array.isArray(data) ? (data as Match[]) : []);
        setActive(0);
      } catch {
        if (!ctl.signal.aborted) setMatches([]);
      } finally {
        if (!ctl.signal.aborted) setLoading(false);
      }
    };
    const timer = setTimeout(() => void search(), 150);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [trigger?.query]); // eslint-disable-line react-hooks/exhaustive-deps -- a new search only when the typed name changes

  useEffect(() => {
    if (caretAfter.current === null) return;
    boxRef.current?.setSelectionRange(caretAfter.current, caretAfter.current);
    caretAfter.current = null;
  }, [value]);

  const open = trigger !== null && matches.length > 0;

  function close() {
    setTrigger(null);
    setMatches([]);
  }

  function pick(m: Match) {
    if (!trigger) return;
    const token = `${mentionToken(m.name, m.userId)} `;
    const next = value.slice(0, trigger.start) + token + value.slice(trigger.end);
    caretAfter.current = trigger.start + token.length;
    close();
    onChange(next);
    boxRef.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (open) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        const step = e.key === "ArrowDown" ? 1 : -1;
        setActive((i) => (i + step + matches.length) % matches.length);
        return;
      }
      if (e.key === "Enter" && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        pick(matches[Math.min(active, matches.length - 1)]);
        return;
      }
    }
    if (e.key === "Escape" && trigger) {
      // Closing the list must not also close (or cancel) the form around it.
      e.preventDefault();
      e.stopPropagation();
      close();
      return;
    }
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSubmitShortcut?.();
    }
  }

  const status =
    trigger === null
      ? ""
      : loading && matches.length === 0
        ? t("comments.mention.searching")
        : !loading && matches.length === 0 && trigger.query
          ? t("comments.mention.none", { query: trigger.query })
          : "";

  return (
    <div className="relative">
      <textarea
        ref={boxRef}
        id={id}
        name={name}
        rows={rows}
        value={value}
        disabled={disabled}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy, statusId].filter(Boolean).join(" ")}
        onChange={(e) => {
          onChange(e.target.value);
          setTrigger(triggerAt(e.target.value, e.target.selectionStart ?? e.target.value.length));
        }}
        onKeyDown={onKeyDown}
        onBlur={() => close()}
        className={`w-full resize-y rounded-md border bg-white px-3 py-2 text-sm text-gray-900 ${error ? "border-red-700" : "border-gray-400"}`}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t("comments.mention.listLabel")}
          className="absolute z-20 mt-1 max-h-60 w-full max-w-sm overflow-auto rounded-md border border-gray-300 bg-white py-1 shadow-lg"
        >
          {matches.map((m, i) => (
            // The keyboard picks from the box itself (arrows, Enter), as a combobox does.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={m.userId}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown would blur the box (closing the list) before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(m)}
              className={`flex cursor-pointer flex-col px-3 py-1.5 text-sm ${i === active ? "bg-blue-700 text-white" : "text-gray-900 hover:bg-gray-100"}`}
            >
              <span className="font-medium">{m.name}</span>
              <span className={`text-xs ${i === active ? "text-blue-50" : "text-gray-700"}`}>{m.email}</span>
            </li>
          ))}
        </ul>
      )}
      <p id={statusId} role="status" className="sr-only">
        {open ? t("flow.mention.count", { count: matches.length }) : status}
      </p>
      {status && !open && <p className="mt-1 text-xs text-gray-700">{status}</p>}
    </div>
  );
}
