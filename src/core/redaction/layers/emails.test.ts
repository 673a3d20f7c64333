import { describe, expect, it } from 'vitest';
import { paragraph } from '../paragraph';
import { emails, isRoleMailbox } from './emails';

const found = (text: string) => emails(paragraph(text)).map((s) => s.text);

describe('emails', () => {
  it('finds personal addresses, noreply forwarding ones included', () => {
    expect(found('Created By: Benjamin Elder <bentheelder@google.com>')).toEqual(['bentheelder@google.com']);
    expect(found('Co-authored-by: Carolyn Cole <carolyncole@users.noreply.github.com>')).toEqual(['carolyncole@users.noreply.github.com']);
  });

  it('leaves role mailboxes alone', () => {
    expect(found('write to admin@example.com, ops@gitlab.com or security-team@corp.io')).toEqual([]);
    expect(isRoleMailbox('noreply')).toBe(true);
    expect(found('From: PagerDuty <no-reply@pagerduty.com>')).toEqual([]);
    expect(isRoleMailbox('jane.doe')).toBe(false);
  });

  it('reads a package at a version as no address', () => {
    expect(found('rollback of `checkout-api@v2.41.0` is out; lodash@4.17.21 pinned; mail ana.lima@corp.example.org')).toEqual(['ana.lima@corp.example.org']);
  });
});
