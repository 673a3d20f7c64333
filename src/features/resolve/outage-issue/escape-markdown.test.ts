import { describe, expect, it } from 'vitest';
import { escapeMarkdownText } from './escape-markdown';
import { WORD_JOINER as J } from './neutralize-references';
import { visibleText } from './test-support';

describe('escapeMarkdownText', () => {
  it('leaves ordinary prose as it is', () => {
    const text = 'Replica lag reached 45 s at 13:55; writes failed (about 40% of requests).';
    expect(escapeMarkdownText(text)).toBe(text);
  });

  it('never lets a line start with a quick action, even after spaces or a byte-order mark', () => {
    expect(escapeMarkdownText('/close')).toBe('\\/close');
    expect(escapeMarkdownText('   /label ~bug')).toBe(`\\/label \\~${J}bug`);
    expect(escapeMarkdownText('\uFEFF/reopen')).toBe('\\/reopen');
    expect(escapeMarkdownText('a\n/close\r\n/merge')).toBe('a /close /merge');
  });

  it('keeps every line-start construct from forming: heading, quote, lists, rule, setext', () => {
    expect(escapeMarkdownText('# Heading')).toBe('\\# Heading');
    expect(escapeMarkdownText('> quote')).toBe('\\> quote');
    expect(escapeMarkdownText('- item')).toBe('\\- item');
    expect(escapeMarkdownText('+ item')).toBe('\\+ item');
    expect(escapeMarkdownText('* item')).toBe('\\* item');
    expect(escapeMarkdownText('12. item')).toBe('12\\. item');
    expect(escapeMarkdownText('3) item')).toBe('3\\) item');
    expect(escapeMarkdownText('===')).toBe('\\===');
    expect(escapeMarkdownText('    indented code')).toBe('indented code');
  });

  it('writes HTML as text, so no tag, image or comment is ever made', () => {
    expect(escapeMarkdownText('<script>alert(1)</script>')).toBe('&lt;script>alert(1)&lt;/script>');
    expect(escapeMarkdownText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)>');
    expect(escapeMarkdownText('<!-- incident-desk:inc-1 -->')).not.toContain('<!--');
    expect(escapeMarkdownText('&lt;b&gt;')).toBe('\\&lt;b\\&gt;');
  });

  it('makes no link or image from brackets, whatever the target', () => {
    expect(escapeMarkdownText('[x](javascript:alert(1))')).toBe(`\\[${J}x\\](javascript:alert(1))`);
    expect(escapeMarkdownText('![x](https://evil.example/t.png)')).toBe(`!\\[${J}x\\](<https://evil.example/t.png>)`);
  });

  it('escapes emphasis, code, strikethrough, math and table borders', () => {
    expect(escapeMarkdownText('*a* _b_ `c` ~~d~~ $e$ f|g \\h')).toBe(`\\*${J}a\\* \\_b\\_ \\\`c\\\` \\~\\~${J}d\\~\\~ \\$e\\$ f\\|g \\\\h`);
  });

  it('puts a word joiner inside every GitLab reference, so nobody is pinged and nothing is cross-referenced', () => {
    expect(escapeMarkdownText('ping @alice and @all')).toBe(`ping @${J}alice and @${J}all`);
    const refs = '#12 !34 $5 %6 %"Next release" &7 ~"a label" group/project#8 *iteration:9 [vulnerability:1]';
    const escaped = escapeMarkdownText(refs);
    for (const ref of ['#1', '!3', '$5', '%6', '%"', '&7', '~"', '#8', '*i', '[v']) {
      expect(visibleText(escaped)).toContain(ref);
      expect(escaped).not.toContain(ref);
    }
  });

  it('keeps GitLab from drawing inline diffs or a table of contents', () => {
    expect(escapeMarkdownText('{+added+} [-removed-]')).toBe(`{${J}+added+${J}} \\[${J}-removed-${J}\\]`);
    expect(visibleText(escapeMarkdownText('[[_TOC_]]'))).toBe('[[_TOC_]]');
    expect(escapeMarkdownText('[[_TOC_]]')).not.toContain('[[_TOC_]]');
  });

  it('does not touch a sigil that starts no reference', () => {
    expect(escapeMarkdownText('C# at 50% for ~ 5 min!')).toBe('C# at 50% for \\~ 5 min!');
  });

  it('keeps links whole and clickable, sentence punctuation outside', () => {
    expect(escapeMarkdownText('see https://grafana.example.com/d/a_b?x=1&y=2#panel-3.')).toBe('see <https://grafana.example.com/d/a_b?x=1&y=2#panel-3>.');
    expect(escapeMarkdownText('(https://example.com/a_(b)) ok')).toBe('(<https://example.com/a_(b)>) ok');
    expect(escapeMarkdownText('https://example.com/@alice')).toBe('<https://example.com/@alice>');
    expect(escapeMarkdownText('https:// nothing')).toBe('https:// nothing');
  });

  it('keeps one entry on one line, whatever the line break', () => {
    expect(escapeMarkdownText('a\r\nb\rc\u2028d\u2029e\u0085f\u000Bg')).toBe('a b c d e f g');
  });

  it('replaces what GitLab could not store: NUL, control characters, lone surrogates', () => {
    expect(escapeMarkdownText('a\u0000b\u001Bc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
  });

  it('reads back as the text that was written', () => {
    const text = 'At 14:02 @bob said #12 <b>is</b> [down](x) | 50% ~ $3 \\o/ *really* https://status.example.com/x_y.';
    expect(visibleText(escapeMarkdownText(text))).toBe(text);
  });
});
