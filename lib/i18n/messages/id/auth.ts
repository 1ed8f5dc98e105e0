import type en from "../en/auth";

const auth: Record<keyof typeof en, string> = {
};
export default auth;
