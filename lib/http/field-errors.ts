// Zod issues → { field: message key }, the first issue per field. Client-safe: forms and route handlers share it.
export function fieldErrors(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? "_form");
    fields[name] ??= issue.message;
  }
  return fields;
}
