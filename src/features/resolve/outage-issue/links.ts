// Links the worker supplies (public doc, working doc). Only https links become clickable;
// anything else is shown as text, so a `javascript:` value can never become a link.
import { escapeMarkdownText } from './escape-markdown';

const HTTPS_URL = /^https:\/\/[^\s<>|`"\\[\]]+$/;

export function markdownLink(url: string | undefined): string {
  const trimmed = url?.trim() ?? '';
  if (trimmed === '') return 'not recorded';
  return HTTPS_URL.test(trimmed) ? `<${trimmed}>` : escapeMarkdownText(trimmed);
}
