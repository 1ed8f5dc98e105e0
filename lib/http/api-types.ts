/** The JSON shape of every failed API call: a code, a message in the reader's language, field messages. */
export type ApiError = { error: { code: string; message: string; fields?: Record<string, string>; details?: unknown } };
