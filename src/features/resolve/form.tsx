import { useState } from 'preact/hooks';
import { send } from '../../ui/shared/send';
import { fromUtcInput, toUtcInput } from '../../ui/shared/utc-time';
import { t } from '../../ui/shared/i18n';

type BlogPost = 'yes' | 'no' | 'later';
const BLOG_LABEL: Record<BlogPost, () => string> = { yes: () => t('resolve_blog_yes'), no: () => t('resolve_blog_no'), later: () => t('resolve_blog_later') };

/**
 * "When the incident is done": the resolution time (UTC), a one-line summary, and the blog-post
 * decision taken with marketing. `beforeSubmit` lets the popup ask for a self-hosted GitLab's
 * host permission within the click (browsers only grant it from a user gesture).
 */
export function ResolveForm(props: { incidentId: string; onResolved(): void; beforeSubmit?: () => Promise<string | undefined> }) {
  const [at, setAt] = useState(toUtcInput(new Date()));
  const [summary, setSummary] = useState('');
  const [blogPost, setBlogPost] = useState<BlogPost>('later');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const resolvedAt = fromUtcInput(at);
    if (!resolvedAt) {
      setProblems({ resolvedAt: t('time_badFormat') });
      return;
    }
    setBusy(true);
    try {
      const blocked = await props.beforeSubmit?.();
      if (blocked) {
        setProblems({ form: blocked });
        return;
      }
      const reply = await send('incident/resolve', { incidentId: props.incidentId, resolvedAt, summary, blogPost });
      if (reply.ok) props.onResolved();
      else setProblems(Object.fromEntries(reply.problems.map((p) => [p.field, p.message])));
    } catch (err) {
      setProblems({ form: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="id-stack" onSubmit={submit} aria-labelledby="id-resolve" noValidate>
      <h2 id="id-resolve">{t('resolve_heading')}</h2>
      <label for="id-resolved-at">{t('resolve_at')}</label>
      <input id="id-resolved-at" value={at} onInput={(e) => setAt(e.currentTarget.value)} aria-invalid={Boolean(problems.resolvedAt)} />
      {problems.resolvedAt && <p class="id-field-error">{problems.resolvedAt}</p>}
      <label for="id-resolution">{t('resolve_summary')}</label>
      <input
        id="id-resolution"
        value={summary}
        maxLength={300}
        onInput={(e) => setSummary(e.currentTarget.value)}
        aria-invalid={Boolean(problems.summary)}
        placeholder={t('resolve_summaryPlaceholder')}
      />
      {problems.summary && <p class="id-field-error">{problems.summary}</p>}
      <fieldset class="id-inline">
        <legend>{t('resolve_blogPost')}</legend>
        {(['yes', 'no', 'later'] as const).map((choice) => (
          <label key={choice}>
            <input type="radio" name="id-blog" value={choice} checked={blogPost === choice} onChange={() => setBlogPost(choice)} /> {BLOG_LABEL[choice]()}
          </label>
        ))}
      </fieldset>
      {problems.form && (
        <p class="id-error" role="alert">
          {problems.form}
        </p>
      )}
      <button class="id-btn id-btn-primary" type="submit" disabled={busy}>
        {busy ? t('resolve_resolving') : t('resolve_submit')}
      </button>
    </form>
  );
}
