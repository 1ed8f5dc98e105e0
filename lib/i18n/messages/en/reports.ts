// Verdict reports and exports (lib/reports): the labels inside the exported files, and the format names
// the export UI offers. Verdicts, categories, qualifiers, stances and link types come from common.ts.
const reports = {
  // Export formats (lib/reports/registry.ts)
  "reports.format.csv": "CSV (comma-separated)",
  "reports.format.csv-semicolon": "CSV (semicolon-separated, for Excel set to Indonesian)",
  "reports.format.ndjson": "NDJSON (one JSON record per line)",
  "reports.format.markdown": "Markdown",
  "reports.format.jsonld": "ClaimReview JSON-LD (schema.org)",
  "reports.format.pdf": "PDF",

  // Report head
  "reports.title.article": "Verdict report: {title}",
  "reports.title.set": "Verdict report",
  "reports.generated": "{workspace}, generated {date}",
  "reports.filters": "Claims selected by: {filters}",
  "reports.page": "Page {page}",

  // The article
  "reports.article.heading": "Article",
  "reports.article.title": "Title",
  "reports.article.outlet": "Outlet",
  "reports.article.url": "URL",
  "reports.article.noUrl": "No URL recorded",
  "reports.article.language": "Language",
  "reports.article.published": "Published",
  "reports.article.byline": "Byline",

  // Summary
  "reports.summary.heading": "Summary",
  "reports.summary.verdict": "Verdict",
  "reports.summary.claims": "Claims",
  "reports.summary.total": "Total",
  "reports.summary.signedOff": "Signed off: {count} of {total}",

  // Claims
  "reports.claims.heading": "Claims",
  "reports.claims.empty": "No claims to report.",
  "reports.claim.heading": "{n}. {claimant}",
  "reports.claim.quote": "Quote",
  "reports.claim.claimant": "Claimant",
  "reports.claim.cue": "Attributed as",
  "reports.claim.category": "Category",
  "reports.claim.claimedAt": "Claimed on",
  "reports.claim.claimedAtUnknown": "Date not stated",
  "reports.claim.claimedAtNote": "Note on the date",
  "reports.claim.quantities": "Quantities",
  "reports.claim.verdict": "Verdict",
  "reports.claim.rationale": "Rationale",
  "reports.claim.noRationale": "No rationale given.",
  "reports.claim.reviewer": "Reviewed by",
  "reports.claim.reviewedAt": "Reviewed on",
  "reports.claim.reviewStatus": "Review status",
  "reports.claim.signedOff": "Signed off",
  "reports.claim.signedOffBy": "Signed off by",
  "reports.claim.signedOffAt": "Signed off on",
  "reports.claim.signedOffValue": "{name}, {date}",
  "reports.claim.notSignedOff": "Not signed off",
  "reports.claim.corrections": "Corrections",
  "reports.claim.correction": "{from} → {to}, by {name}, {date}: {reason}",
  "reports.claim.evidence": "Evidence",
  "reports.claim.noEvidence": "No evidence recorded.",
  "reports.claim.archived": "Archived copy",
  "reports.claim.links": "Related claims",
  "reports.claim.link": "{relation} {claimant}: “{quote}”",
  "reports.claim.article": "Article",
  "reports.claim.page": "Claim page",
  "reports.claim.id": "Claim ID",
  "reports.claim.nobody": "Unknown",

  // Review workflow states
  "reports.reviewStatus.open": "Open",
  "reports.reviewStatus.in_review": "In review",
  "reports.reviewStatus.awaiting_signoff": "Awaiting sign-off",
  "reports.reviewStatus.changes_requested": "Changes requested",
  "reports.reviewStatus.signed_off": "Signed off",

  // CSV columns that are not claim fields above
  "reports.column.articleUrl": "Article URL",
  "reports.column.evidenceCount": "Evidence count",
} as const;
export default reports;
