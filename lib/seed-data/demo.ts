// Demo workspaces and accounts for local use. The password is printed in the README; a production
// start refuses to run while any account still accepts it (scripts/start.ts).
import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "factcheck-demo";

export const DEMO_WORKSPACES = [
  {
    slug: "demo",
    name: "Meja Cek Fakta (demo)",
    members: [
      { email: "admin@demo.test", name: "Ayu Admin", role: "admin" },
      { email: "editor@demo.test", name: "Eko Editor", role: "editor" },
      { email: "reviewer@demo.test", name: "Rina Reviewer", role: "reviewer" },
      { email: "reviewer2@demo.test", name: "Raka Reviewer", role: "reviewer" },
      { email: "viewer@demo.test", name: "Vina Viewer", role: "viewer" },
    ],
  },
  {
    // A second newsroom, to prove members see only their own workspace.
    slug: "other",
    name: "Other Newsroom (demo)",
    members: [{ email: "editor@other.test", name: "Oscar Other", role: "editor" }],
  },
] as const satisfies readonly {
  slug: string;
  name: string;
  members: readonly { email: string; name: string; role: Role }[];
}[];

export const DEMO_EMAILS = DEMO_WORKSPACES.flatMap((w) => w.members.map((m) => m.email));
