import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors';
import { hostPermissionPattern, joinLabels, projectApiUrl } from './gitlab-request';

describe('projectApiUrl', () => {
  it('encodes the full path as one id', () => {
    expect(projectApiUrl('https://gitlab.com', 'gitlab-com/infrastructure')).toBe('https://gitlab.com/api/v4/projects/gitlab-com%2Finfrastructure');
    expect(projectApiUrl('https://gitlab.com/', 'group/sub.group/my-project')).toBe('https://gitlab.com/api/v4/projects/group%2Fsub.group%2Fmy-project');
  });

  it('keeps an instance’s sub-path', () => {
    expect(projectApiUrl('https://git.corp.test/gitlab/', 'ops/outages')).toBe('https://git.corp.test/gitlab/api/v4/projects/ops%2Foutages');
  });

  it('refuses a project without a group, and an instance that is not https', () => {
    expect(() => projectApiUrl('https://gitlab.com', 'infrastructure')).toThrow(/group\/project/);
    expect(() => projectApiUrl('http://git.corp.test', 'ops/outages')).toThrow(/https/);
    expect(() => projectApiUrl('git.corp.test', 'ops/outages')).toThrow(AppError);
  });
});

describe('hostPermissionPattern', () => {
  it('needs nothing for gitlab.com, which the manifest grants', () => {
    expect(hostPermissionPattern('https://gitlab.com')).toBeUndefined();
    expect(hostPermissionPattern('https://gitlab.com/')).toBeUndefined();
  });

  it('asks for the self-hosted origin, port included', () => {
    expect(hostPermissionPattern('https://git.corp.test/gitlab')).toBe('https://git.corp.test/*');
    expect(hostPermissionPattern('https://git.corp.test:8443')).toBe('https://git.corp.test:8443/*');
    expect(hostPermissionPattern('https://gitlab.com.evil.test')).toBe('https://gitlab.com.evil.test/*');
  });
});

describe('joinLabels', () => {
  it('joins labels with commas, dropping blanks', () => {
    expect(joinLabels(['outage', ' team::infra ', '', 'blog post'])).toBe('outage,team::infra,blog post');
  });

  it('refuses a label GitLab would split in two', () => {
    let error: unknown;
    try {
      joinLabels(['outage', 'sev 1, high']);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid');
    expect((error as AppError).message).toContain('"sev 1, high"');
  });
});
