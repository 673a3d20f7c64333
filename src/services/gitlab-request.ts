// The parts of a GitLab v4 request that need care: the project id, the labels parameter, the
// host permission of a self-hosted instance.
import { AppError } from '../core/errors';

// The one GitLab host the manifest grants; any other instance is an optional permission.
export const GITLAB_COM = 'https://gitlab.com';

function instanceBase(instanceUrl: string): URL {
  let url: URL;
  try {
    url = new URL(instanceUrl.trim());
  } catch {
    throw new AppError('invalid', `The GitLab instance URL "${instanceUrl}" is not a URL; fix it in settings.`);
  }
  if (url.protocol !== 'https:') throw new AppError('invalid', `The GitLab instance URL must start with https:// (settings).`);
  return url;
}

/**
 * The project's API root. The id is the full path with its slash encoded: GitLab reads a raw
 * slash as the end of the id and answers 404. An instance under a sub-path keeps its path.
 */
export function projectApiUrl(instanceUrl: string, projectPath: string): string {
  const path = projectPath.trim().replace(/^\/+|\/+$/g, '');
  if (!path.includes('/')) throw new AppError('invalid', 'Set the GitLab project as group/project in settings.');
  const base = instanceBase(instanceUrl);
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}/api/v4/projects/${encodeURIComponent(path)}`;
}

/** The origin pattern to be granted before calling this instance, or undefined for gitlab.com. */
export function hostPermissionPattern(instanceUrl: string): string | undefined {
  const { origin } = instanceBase(instanceUrl);
  return origin === GITLAB_COM ? undefined : `${origin}/*`;
}

/** GitLab takes labels as one comma-separated string, so a comma inside a label would split it. */
export function joinLabels(labels: string[]): string {
  const bad = labels.find((l) => l.includes(','));
  if (bad !== undefined) {
    throw new AppError('invalid', `The GitLab label "${bad}" contains a comma, which GitLab would read as two labels; rename it in settings.`);
  }
  return labels
    .map((l) => l.trim())
    .filter(Boolean)
    .join(',');
}
