import { describe, expect, it } from 'vitest';
import { commsLeadMessage, escapeSlack, marketingAnnouncement } from './slack-message';

const base = {
  title: 'Database down',
  declarerRole: 'Production Lead',
  docUrl: 'https://docs.google.com/document/d/abc123456/edit',
  publicUrl: 'https://docs.google.com/document/d/e/2PACX-x/pub',
  warRoomUrl: 'https://zoom.us/j/123',
};

describe('Slack messages', () => {
  it('escapes only &, < and >', () => {
    expect(escapeSlack('a & b <c> "d" \'e\'')).toBe('a &amp; b &lt;c&gt; "d" \'e\'');
  });

  it('calls <!channel> once and links doc, public copy and war room', () => {
    const text = marketingAnnouncement(base);
    expect(text.match(/<!channel>/g)).toHaveLength(1);
    expect(text).toContain(`<${base.docUrl}|incident doc>`);
    expect(text).toContain(`<${base.publicUrl}|published doc>`);
    expect(text).toContain(`<${base.warRoomUrl}|Zoom war room>`);
  });

  it('cannot be made to mention everyone or inject a link through the title', () => {
    const text = marketingAnnouncement({ ...base, title: '<!everyone> <https://evil.example|click> & co', commsLeadRole: '<@U123>' });
    expect(text).not.toContain('<!everyone>');
    expect(text).not.toContain('<https://evil.example');
    expect(text).not.toContain('<@U123>');
    expect(text).toContain('&lt;!everyone&gt; &lt;https://evil.example|click&gt; &amp; co');
  });

  it('tells the communications lead where everything is, and how to join, by role only', () => {
    const text = commsLeadMessage({ ...base, commsLeadRole: 'Marketing' });
    expect(text).toContain('as the Marketing');
    expect(text).toContain(`<${base.docUrl}|incident doc>`);
    expect(text).toContain(`<${base.publicUrl}|published doc>`);
    expect(text).toContain(`<${base.warRoomUrl}|Zoom war room>`);
    expect(text).toMatch(/Join in your browser: <https:\/\/docs\.google\.com\/document\/d\/abc123456\/edit\|open the doc and press "Join this incident">/);
    expect(text).not.toContain('<!channel>');
    const { publicUrl: _published, ...unpublishedBase } = base;
    const unpublished = commsLeadMessage({ ...unpublishedBase, commsLeadRole: '<!here>' });
    expect(unpublished).toContain('not published');
    expect(unpublished).not.toContain('<!here>');
  });
});
