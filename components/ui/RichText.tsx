// A translated template with {placeholders} filled by elements, e.g. "Published {date}" with a <time>.
import { Fragment, type ReactNode } from "react";

export function RichText({ template, values }: { template: string; values: Record<string, ReactNode> }) {
  const parts = template.split(/\{(\w+)\}/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <Fragment key={i}>{part in values ? values[part] : `{${part}}`}</Fragment> : part,
      )}
    </>
  );
}
