// `npm run db:seed`: seeds the demo workspaces and curated articles (idempotent).
import { seedDemoData } from "../lib/seed-data/seed";
import { withDatabase } from "../scripts/lib/database";
import { createPrisma } from "../scripts/lib/prisma";

withDatabase(async (url) => {
  const prisma = createPrisma(url);
  try {
    const r = await seedDemoData(prisma);
    console.log(
      `Seeded: ${r.workspaces} workspaces, ${r.users} users, ${r.articles} articles, ${r.claims} claims (existing data left as it was).`,
    );
  } finally {
    await prisma.$disconnect();
  }
}).then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
