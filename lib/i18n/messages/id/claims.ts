import type en from "../en/claims";

const claims: Record<keyof typeof en, string> = {
};
export default claims;
