/** Blameless: a selection that starts with the message's sender keeps the sender out. */
export function withoutAuthor(text: string, author: string | undefined): string {
  if (!author || !text.startsWith(author)) return text;
  return (
    text
      .slice(author.length)
      .replace(/^[\s:]*(APP\s*)?(\d{1,2}:\d{2}(\s?[AP]M)?)?\s*/i, '')
      .trim() || text
  );
}
