// The one way client components call the API: JSON in, { data } or { error } out, never a throw.
import type { ApiError } from "@/lib/http/api-types";

export type ApiResult<T> = { ok: true; data: T } | ({ ok: false; status: number } & ApiError);

export async function callApi<T>(
  url: string,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  body?: unknown,
): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => null);
    if (res.ok && json && "data" in json) return { ok: true, data: json.data as T };
    if (json && typeof json === "object" && "error" in json)
      return { ok: false, status: res.status, ...(json as ApiError) };
    return { ok: false, status: res.status, error: { code: "INTERNAL", message: `HTTP ${res.status}` } };
  } catch {
    return { ok: false, status: 0, error: { code: "NETWORK", message: "" } };
  }
}
