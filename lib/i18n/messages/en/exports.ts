// Exports over HTTP, the export page and log, the article report page and publishing (lib/exports,
// app/exports, app/articles/[articleId]/report, app/r). The words inside the files are in reports.ts.
const exportsMessages = {
  // Refusals (400) that name what was wrong
  "exports.errors.invalidQuery": "Cannot export: check {fields}.",
  "exports.invalid.format": "Unknown format. Use csv, csv-semicolon, ndjson, jsonld, markdown or pdf.",
  "exports.invalid.verdict": "Unknown verdict. Use unreviewed, verified, disputed or contradicted.",
  "exports.invalid.category": "Unknown category.",
  "exports.invalid.status": "Unknown review status.",
  "exports.invalid.flag": "Use 1 or 0.",
  "exports.invalid.date": "Use a date such as 2025-04-28.",
  "exports.invalid.range": "The end date is before the start date.",
  "exports.invalid.separator": "Use , or ; as the separator.",
  "exports.invalid.separatorFormat": "A separator applies only to CSV.",
  "exports.invalid.unknownParameter": "Unknown parameter.",

  // The filters as a report's head describes them
  "exports.filter.verdict": "verdict {value}",
  "exports.filter.article": "article “{value}”",
  "exports.filter.claimant": "claimant contains “{value}”",
  "exports.filter.category": "category {value}",
  "exports.filter.status": "review status {value}",
  "exports.filter.assignee": "assigned to {value}",
  "exports.filter.overdue": "overdue",
  "exports.filter.reviewer": "reviewed by {value}",
  "exports.filter.from": "reviewed on or after {value}",
  "exports.filter.to": "reviewed on or before {value}",

  // The exports page
  "nav.exports": "Exports",
  "exports.title": "Exports",
  "exports.intro":
    "Download verdicts for any set of claims: as a spreadsheet (CSV), as data (NDJSON, ClaimReview JSON-LD) or as a readable report (Markdown, PDF). Large exports stream; you can cancel them.",
  "exports.form.heading": "Export claims",
  "exports.form.format": "Format",
  "exports.form.article": "Article",
  "exports.form.allArticles": "All articles",
  "exports.form.verdict": "Verdict",
  "exports.form.anyVerdict": "Any verdict",
  "exports.form.status": "Review status",
  "exports.form.anyStatus": "Any status",
  "exports.form.category": "Category",
  "exports.form.anyCategory": "Any category",
  "exports.form.claimant": "Claimant",
  "exports.form.claimantHint": "Any part of the name.",
  "exports.form.reviewer": "Reviewed by",
  "exports.form.anyReviewer": "Anyone",
  "exports.form.from": "Reviewed from",
  "exports.form.to": "Reviewed until",
  "exports.form.datesHint": "Dates count in UTC. Setting one leaves out claims without a verdict.",
  "exports.form.submit": "Download",
  "exports.progress.heading": "Download",
  "exports.progress.running": "Downloading {format}…",
  "exports.progress.received": "{size} received",
  "exports.progress.claims": "Claims in this export: {count}",
  "exports.progress.cancel": "Cancel download",
  "exports.progress.done": "Downloaded {file} ({size}).",
  "exports.progress.cancelled": "Download cancelled. Nothing was saved.",
  "exports.progress.failed": "The download failed: {message}",
  "exports.progress.network": "the connection was lost.",

  // The export log (editors)
  "exports.log.heading": "Export log",
  "exports.log.intro":
    "Who exported what, and when. An export that failed or was cancelled is shown as not completed, with the rows sent before it stopped.",
  "exports.log.caption": "Exports, newest first",
  "exports.log.col.when": "When",
  "exports.log.col.who": "Who",
  "exports.log.col.format": "Format",
  "exports.log.col.what": "What",
  "exports.log.col.rows": "Claims",
  "exports.log.col.status": "Status",
  "exports.log.completed": "Completed",
  "exports.log.notCompleted": "Not completed",
  "exports.log.article": "Report: {title}",
  "exports.log.articleGone": "Report of a deleted article",
  "exports.log.allClaims": "All claims",
  "exports.log.viaToken": "via API token “{name}”",
  "exports.log.unknownUser": "Former member",
  "exports.log.empty": "Nothing has been exported yet.",
  "exports.log.older": "Older exports",

  // The article's report page
  "exports.report.link": "Verdict report",
  "exports.report.back": "Back to the article",
  "exports.report.print": "Print",
  "exports.report.downloadHeading": "Download this report",
  "exports.report.generated": "{workspace}, generated {date}",

  // Publishing
  "exports.publish.heading": "Public page",
  "exports.publish.intro":
    "Publish this report at a public web address that only you can share. It shows only signed-off verdicts, with ClaimReview data for search engines. Unpublishing takes it down at once.",
  "exports.publish.publish": "Publish report",
  "exports.publish.unpublish": "Unpublish",
  "exports.publish.live": "Published at",
  "exports.publish.notLive": "This report is not published.",
  "exports.publish.published": "Report published.",
  "exports.publish.unpublished": "Report taken down: its address no longer works.",

  // The public report
  "exports.public.by": "A fact-check by {workspace}",
  "exports.public.note": "Only verdicts signed off by an editor are shown.",
  "exports.public.empty": "No verdict in this report has been signed off yet.",
};

export default exportsMessages;
