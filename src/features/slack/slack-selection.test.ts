import { describe, expect, it } from 'vitest';
import { withoutAuthor } from './slack-selection';

describe('selection from a Slack message', () => {
  it('keeps the sender out when the selection starts with the sender and time', () => {
    expect(withoutAuthor('Dmitri Volkov 09:12 Error rate jumped to 40%', 'Dmitri Volkov')).toBe('Error rate jumped to 40%');
    expect(withoutAuthor('Dmitri Volkov: failover started', 'Dmitri Volkov')).toBe('failover started');
  });

  it('leaves other selections alone', () => {
    expect(withoutAuthor('Error rate jumped', 'Dmitri Volkov')).toBe('Error rate jumped');
    expect(withoutAuthor('Error rate jumped', undefined)).toBe('Error rate jumped');
  });
});
