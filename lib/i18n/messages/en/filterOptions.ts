// Search-as-you-type filter fields and bounded counts on the claims list (decision 0021).
const filterOptions = {
  "filterOptions.articleHint": "Type part of the title, then pick an article from the list.",
  "filterOptions.suggestions": "Suggestions",
  "filterOptions.loading": "Looking for matches…",
  "filterOptions.failed": "Suggestions could not be loaded. You can still type and apply.",
  "filterOptions.none": "No matches.",
  "filterOptions.count": "Suggestions: {count}. Use the arrow keys to choose.",
  "filterOptions.showingAtLeast": "Showing {shown} of more than {count} claims",
} as const;
export default filterOptions;
