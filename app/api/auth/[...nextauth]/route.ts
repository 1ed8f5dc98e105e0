import { handlers } from "@/lib/auth/config";
import { withCheckedAuthInput } from "@/lib/auth/auth-route";

export const GET = withCheckedAuthInput(handlers.GET);
export const POST = withCheckedAuthInput(handlers.POST);
