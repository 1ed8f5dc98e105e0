import type en from "../en/articles";

const articles: Record<keyof typeof en, string> = {
};
export default articles;
