const articles = {
} as const;
export default articles;
