// Expected failures carry a code and a message key (translated at the edge); anything else is a bug,
// logged and shown to users as a generic message.
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INVALID"
  | "TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "THROTTLED"
  | "UNAVAILABLE";

export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  THROTTLED: 429,
  // The database (or another dependency) cannot be reached: nothing was done; try again shortly.
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** A key in the message catalogs, e.g. "errors.forbidden". */
    readonly messageKey: string,
    readonly extra: {
      params?: Record<string, string | number>;
      /** Field name → message key, for errors a form shows at the field. */
      fields?: Record<string, string>;
      /** Data the client needs to recover, e.g. the current state on a conflict. */
      details?: unknown;
    } = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

export const notFound = (what = "errors.notFound") => new AppError("NOT_FOUND", what);
