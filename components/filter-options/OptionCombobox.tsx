"use client";
// A search-as-you-type field (WAI-ARIA combobox with a listbox popup): typing asks
// GET /api/filter-options for a few matches; ArrowDown/ArrowUp move through them, Enter picks one,
// Escape closes the list (a second Escape clears the field), and a click picks too. With `freeText`
// the typed text itself is the value (claimant: any part of the name); otherwise the value is the
// picked option's id, kept in a hidden input, and editing the text drops it (article).
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useI18n } from "@/components/ui/I18nProvider";
import { routes } from "@/lib/routes";
import type { FilterOption } from "@/lib/filter-options/schemas";

type Props = {
  id: string;
  /** The form field the value is submitted as. */
  name: string;
  label: string;
  hint: string;
  kind: "claimant" | "article";
  freeText: boolean;
  initialValue: string;
  initialLabel: string;
  placeholder?: string;
};

const DEBOUNCE_MS = 150;

export function OptionCombobox({
  id,
  name,
  label,
  hint,
  kind,
  freeText,
  initialValue,
  initialLabel,
  placeholder,
}: Props) {
  const { t } = useI18n();
  const listId = useId();
  const [text, setText] = useState(initialLabel);
  const [value, setValue] = useState(initialValue);
  const [options, setOptions] = useState<FilterOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "done" | "failed">("idle");
  const [query, setQuery] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // Fetch the matches for the latest text only: a newer keystroke aborts the older request.
  useEffect(() => {
    if (query === null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setStatus("loading");
      fetch(routes.api.filterOptions(kind, query), { signal: controller.signal })
        .then(async (res) => {
          const json = (await res.json()) as { data?: { options: FilterOption[] } };
          if (!res.ok || !json.data) throw new Error(`HTTP ${res.status}`);
          setOptions(json.data.options);
          setActive(-1);
          setStatus("done");
        })
        .catch(() => {
          if (!controller.signal.aborted) setStatus("failed");
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [kind, query]);

  function ask(q: string) {
    setOpen(true);
    setQuery(q);
  }

  function pick(o: FilterOption) {
    setText(o.label);
    setValue(o.value);
    setOpen(false);
    setActive(-1);
    inputRef.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) {
        ask(text);
        return;
      }
      if (options.length === 0) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + step + options.length) % options.length);
    } else if (e.key === "Enter" && open && active >= 0 && options[active]) {
      e.preventDefault(); // pick, don't submit the form yet
      pick(options[active]);
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text) {
        e.preventDefault();
        setText("");
        setValue("");
      }
    }
  }

  const expanded = open && options.length > 0;
  const activeId = active >= 0 ? `${listId}-${active}` : undefined;
  const announcement =
    !open || status === "idle"
      ? ""
      : status === "loading"
        ? t("filterOptions.loading")
        : status === "failed"
          ? t("filterOptions.failed")
          : options.length === 0
            ? t("filterOptions.none")
            : t("filterOptions.count", { count: options.length });

  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-gray-900">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        name={freeText ? name : undefined}
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? activeId : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          setValue(freeText ? e.target.value : "");
          ask(e.target.value);
        }}
        onFocus={() => {
          if (!open && options.length === 0) setQuery(text);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
        className="w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-sm text-gray-900"
      />
      {!freeText && <input type="hidden" name={name} value={value} />}
      <p id={`${id}-hint`} className="text-xs text-gray-600">
        {hint}
      </p>
      <ul
        id={listId}
        role="listbox"
        // Not the field's label: a second element named "Claimant" would make that label ambiguous.
        aria-label={t("filterOptions.suggestions")}
        hidden={!expanded}
        className="absolute top-[4.25rem] z-20 max-h-72 w-full overflow-y-auto rounded-md border border-gray-300 bg-white py-1 shadow-lg"
      >
        {options.map((o, i) => (
          <li
            key={o.value}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the input keeps focus, so blur does not close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(o);
            }}
            className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-blue-100 text-blue-950" : "text-gray-900 hover:bg-gray-100"}`}
          >
            <span className="block truncate">{o.label}</span>
            {o.detail && <span className="block truncate text-xs text-gray-600">{o.detail}</span>}
          </li>
        ))}
      </ul>
      {open && options.length === 0 && status !== "idle" && (
        <p
          aria-hidden="true"
          className="absolute top-[4.25rem] z-20 w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm text-gray-700 shadow-lg"
        >
          {announcement}
        </p>
      )}
      <span className="sr-only" role="status" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
