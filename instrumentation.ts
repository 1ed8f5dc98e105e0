// Runs once when a Next.js server starts (`next start` or `next dev`, however it is launched), before
// it handles requests. A server that cannot sign sessions safely must not serve at all.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseToServeWithoutSecrets } = await import("@/lib/auth/startup");
  refuseToServeWithoutSecrets();
}
