/** The outcome of the last action in a panel, announced to screen readers. */
export function StatusLine({ text }: { text: string | undefined }) {
  return text ? (
    <p class="id-small" role="status">
      {text}
    </p>
  ) : null;
}
