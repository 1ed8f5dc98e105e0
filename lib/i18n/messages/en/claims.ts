const claims = {
} as const;
export default claims;
