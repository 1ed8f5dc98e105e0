import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { articleReportResponse } from "@/lib/exports/http";
import { ZId } from "@/lib/http/text";
import { assertSameOrigin, errorResponse } from "@/lib/http/route";
import { ZExportFormat } from "@/lib/reports/registry";

const ZQuery = z.strictObject({ format: z.enum(ZExportFormat.options, { error: "exports.invalid.format" }) });

/** ?format=pdf: one article's verdict report as a streamed download. */
export async function GET(req: Request, ctx: { params: Promise<{ articleId: string }> }): Promise<Response> {
  try {
    assertSameOrigin(req);
    const actor = await requireActor();
    const { articleId } = await ctx.params;
    if (!ZId.safeParse(articleId).success) throw notFound("errors.articleNotFound");
    const parsed = ZQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!parsed.success) {
      const names = parsed.error.issues.flatMap((i) =>
        i.code === "unrecognized_keys" ? i.keys : [String(i.path[0] ?? "format")],
      );
      throw new AppError("INVALID", "exports.errors.invalidQuery", {
        params: { fields: names.join(", ") },
        fields: Object.fromEntries(
          names.map((n) => [n, n === "format" ? "exports.invalid.format" : "exports.invalid.unknownParameter"]),
        ),
      });
    }
    return await articleReportResponse(actor, articleId, parsed.data.format, {}, req.signal);
  } catch (e) {
    return errorResponse(e);
  }
}
