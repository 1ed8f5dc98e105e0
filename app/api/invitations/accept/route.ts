// Accepting an invitation works signed out (a new account) as well as signed in, so it cannot use
// apiRoute (which requires a member of some workspace); it does the same checks by hand.
import { auth } from "@/lib/auth/config";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, errorResponse, fieldErrors } from "@/lib/http/route";
import { ZAcceptInvitation } from "@/lib/members/schemas";
import { acceptInvitation } from "@/lib/members/invitations";

/** { token } when signed in; { token, name, password } (and email if the link names none) when not. */
export async function POST(req: Request): Promise<Response> {
  try {
    assertSameOrigin(req);
    let body: unknown;
    try {
      body = await req.json();
    } catch {
      throw new AppError("INVALID", "errors.invalidJson");
    }
    const parsed = ZAcceptInvitation.safeParse(body);
    if (!parsed.success) throw new AppError("INVALID", "errors.invalid", { fields: fieldErrors(parsed.error) });
    const userId = (await auth())?.user?.id ?? null;
    return Response.json({ data: await acceptInvitation(parsed.data, userId) });
  } catch (e) {
    return errorResponse(e);
  }
}
