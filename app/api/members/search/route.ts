import { apiRoute } from "@/lib/http/route";
import { ZMemberSearch } from "@/lib/members/schemas";
import { searchMembers } from "@/lib/members/members";

/** ?q=…&limit=…: active members by name (or a word of it) or email prefix, for @mention autocomplete. */
export const GET = apiRoute(ZMemberSearch, searchMembers);
