import { useEffect, useState } from 'preact/hooks';
import type { ResponseMap } from '../../messages';
import { send } from '../../ui/shared/send';
import { t } from '../../ui/shared/i18n';

const SETTLE_MS = 250;

/** Under the title: the tweet's length as X counts it, and the shortened title when it must be cut. */
export function TweetLength({ title }: { title: string }) {
  const [preview, setPreview] = useState<ResponseMap['tweet/preview']>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!title.trim()) {
      setPreview(undefined);
      return;
    }
    let current = true;
    // Counted once typing pauses: each count is a message to the worker and on to X's counter.
    const timer = setTimeout(() => {
      send('tweet/preview', { title }).then(
        (p) => current && (setPreview(p), setError(undefined)),
        (err: Error) => current && setError(err.message),
      );
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [title]);

  if (!title.trim()) return null;
  return (
    <div class="id-small" data-testid="tweet-length" aria-live="polite">
      {error ? (
        <p>{t('tweet_countFailed', error)}</p>
      ) : preview ? (
        <>
          <p>
            {t('tweet_label')} <strong data-testid="tweet-weight">{preview.weightedLength}</strong> {t('tweet_ofLimit', String(preview.limit))}
          </p>
          {preview.shortened && (
            <p>
              {t('tweet_shortened')} <q data-testid="tweet-text">{preview.text}</q>
            </p>
          )}
        </>
      ) : (
        <p>{t('tweet_counting')}</p>
      )}
    </div>
  );
}
