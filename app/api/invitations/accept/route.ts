// Anyone may call it: a signed-out person creates their account, a signed-in one joins with theirs.
import { auth } from "@/lib/auth/config";
import { publicApiRoute } from "@/lib/http/route";
import { ZAcceptInvitation } from "@/lib/members/schemas";
import { acceptInvitation } from "@/lib/members/invitations";

/** { token } when signed in; { token, name, password } (and email if the link names none) when not. */
export const POST = publicApiRoute(ZAcceptInvitation, async (input) =>
  acceptInvitation(input, (await auth())?.user?.id ?? null),
);
