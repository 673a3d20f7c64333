import { useEffect, useState } from 'preact/hooks';
import type { ResponseMap } from '../../messages';
import { send } from '../../ui/shared/send';

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
        <p>The tweet could not be counted: {error}</p>
      ) : preview ? (
        <>
          <p>
            Tweet: <strong data-testid="tweet-weight">{preview.weightedLength}</strong> of {preview.limit} characters as X counts them (a link or a
            domain such as GitLab.com counts 23).
          </p>
          {preview.shortened && (
            <p>
              Too long for X with the whole title; it goes out as: <q data-testid="tweet-text">{preview.text}</q>
            </p>
          )}
        </>
      ) : (
        <p>Counting the tweet…</p>
      )}
    </div>
  );
}
