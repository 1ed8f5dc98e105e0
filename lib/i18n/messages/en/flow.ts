// The claim page's review workflow UI (docs/decisions/0014): the review panel, its forms, conflicts,
// the correction reason and the mention list. Statuses, priorities and action names are in reviews.ts,
// the comment thread in comments.ts, the live banner in notifications.ts.
const flow = {
  "flow.heading": "Review",
  "flow.assign.reviewer": "Reviewer",
  "flow.assign.choose": "Choose a member…",
  "flow.assign.dueHint": "Due by the end of this day. Leave empty for no due date.",
  "flow.assigned": "Assignment saved.",
  "flow.unassigned": "The claim is no longer assigned.",
  "flow.pickedUp": "The claim is in your queue now.",
  "flow.signedOff": "Verdict signed off.",
  "flow.changesRequested": "Sent back to the reviewer with your note.",
  "flow.changes.noteLabel": "What needs to change",
  "flow.changes.noteHint": "The reviewer sees this note on the claim page.",
  "flow.changes.submit": "Send back with this note",
  "flow.waitingForSignOff": "This verdict is waiting for an editor to sign it off.",
  "flow.correction.reasonLabel": "Reason for the correction",
  "flow.correction.reasonHint":
    "This verdict was signed off. Say why it changes; the correction is listed on the claim page.",
  "flow.conflict.lastChange": "Last change",
  "flow.conflict.lastChangeBy": "{action}, by {name}",
  "flow.history.unassignedFrom": "From {name}",
  "flow.mention.count": {
    one: "1 member found. Use the arrow keys and Enter.",
    other: "{count} members found. Use the arrow keys and Enter.",
  },
} as const;
export default flow;
