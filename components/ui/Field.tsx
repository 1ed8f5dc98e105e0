// Labelled form controls with the error message at the field, wired for screen readers.
import type { ComponentProps, ReactNode } from "react";

type FieldProps = { id: string; label: string; error?: string; hint?: string; required?: boolean; children: ReactNode };

export function Field({ id, label, error, hint, required, children }: FieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-gray-900">
        {label}
        {required && (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        )}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-gray-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

const control = "rounded-md border px-3 py-2 text-sm text-gray-900 bg-white disabled:bg-gray-100";
const described = (id: string, error?: string, hint?: string) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

export function TextInput({
  id,
  error,
  hint,
  className = "",
  ...rest
}: ComponentProps<"input"> & { id: string; error?: string; hint?: string }) {
  return (
    <input
      id={id}
      aria-invalid={error ? true : undefined}
      aria-describedby={described(id, error, hint)}
      className={`${control} ${error ? "border-red-700" : "border-gray-400"} ${className}`}
      {...rest}
    />
  );
}

export function TextArea({
  id,
  error,
  hint,
  className = "",
  ...rest
}: ComponentProps<"textarea"> & { id: string; error?: string; hint?: string }) {
  return (
    <textarea
      id={id}
      aria-invalid={error ? true : undefined}
      aria-describedby={described(id, error, hint)}
      className={`${control} ${error ? "border-red-700" : "border-gray-400"} ${className}`}
      {...rest}
    />
  );
}

export function Select({
  id,
  error,
  hint,
  className = "",
  children,
  ...rest
}: ComponentProps<"select"> & { id: string; error?: string; hint?: string }) {
  return (
    <select
      id={id}
      aria-invalid={error ? true : undefined}
      aria-describedby={described(id, error, hint)}
      className={`${control} ${error ? "border-red-700" : "border-gray-400"} ${className}`}
      {...rest}
    >
      {children}
    </select>
  );
}
