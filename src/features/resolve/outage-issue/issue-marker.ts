// GitLab has no idempotency key: a retried create makes a second issue. The worker searches the
// project for this marker before creating. It is an HTML comment, so readers never see it, and
// no escaped text can contain `<!--` (escape-markdown writes `<` as `&lt;`), so only the real
// marker matches. GitLab's search matches words, not the exact string, so the worker must still
// check that a found description contains the marker exactly.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function issueMarker(incidentId: string): string {
  // An id that could close the comment early would let the rest of it show, or fake another.
  if (!SAFE_ID.test(incidentId)) throw new RangeError(`Not an incident id: ${JSON.stringify(incidentId)}`);
  return `<!-- incident-desk:${incidentId} -->`;
}
