import { describe, expect, it } from "vitest";
import { buildNdjson } from "@/lib/reports/formats/ndjson";
import { collectText } from "@/lib/reports/stream";
import { awkwardClaim, fromArray, sampleClaims, sampleContext } from "@/lib/reports/testing";
import { ZReportClaim } from "@/lib/reports/types";

describe("NDJSON export", () => {
  it("writes one JSON record per line, each exactly the claim's report row", async () => {
    const claims = [...sampleClaims(), awkwardClaim()];
    const text = await collectText(buildNdjson(sampleContext({ locale: "id" }), fromArray(claims)));
    const lines = text.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(claims.length);
    // Line breaks inside a quote stay escaped inside its line; codes, not labels, whatever the locale.
    expect(lines.map((l) => JSON.parse(l))).toEqual(claims);
    expect(JSON.parse(lines[0]!).verdict).toBe("verified");
  });

  it("keeps to the documented shape: fields a caller adds by mistake are not exported", async () => {
    const leaky = { ...sampleClaims()[0]!, assigneeEmail: "reviewer@demo.test", passwordHash: "x" };
    const text = await collectText(buildNdjson(sampleContext(), fromArray([leaky])));
    const row = JSON.parse(text);
    expect(row).not.toHaveProperty("assigneeEmail");
    expect(row).not.toHaveProperty("passwordHash");
    expect(ZReportClaim.parse(row)).toEqual(sampleClaims()[0]);
  });
});
