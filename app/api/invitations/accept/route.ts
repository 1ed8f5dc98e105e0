// Accepting an invitation works signed out (a new account) as well as signed in, so it uses the
// public wrapper (same origin, media type, size and schema checks) and reads the session itself.
import { auth } from "@/lib/auth/config";
import { publicApiRoute } from "@/lib/http/route";
import { ZAcceptInvitation } from "@/lib/members/schemas";
import { acceptInvitation } from "@/lib/members/invitations";

/** { token } when signed in; { token, name, password } (and email if the link names none) when not. */
export const POST = publicApiRoute(ZAcceptInvitation, async (input) =>
  acceptInvitation(input, (await auth())?.user?.id ?? null),
);
