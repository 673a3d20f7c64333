import { docsApi } from './fakes/docs';
import { driveApi } from './fakes/drive';
import { gitlabApi } from './fakes/gitlab';
import { oauth } from './fakes/oauth';
import { pagerdutyApi } from './fakes/pagerduty';
import { slackApi, slackWebhooks } from './fakes/slack';
import { xApi } from './fakes/x';
import { zoomApi } from './fakes/zoom';
import { docsSite } from './pages/docs-site';
import { slackApp } from './pages/slack-app';
import { xIntent } from './pages/x-intent';
import { zoomJoin } from './pages/zoom-join';
import type { Service } from './service';
import type { State } from './world';

/** Services by host, in the order they are asked: OAuth endpoints first, since they share hosts with APIs and pages. */
export function buildRouter(state: State, gitlabSelfHostedHost: string): Map<string, Service[]> {
  const gitlabHosts = ['gitlab.com', gitlabSelfHostedHost.toLowerCase()];
  const services: Service[] = [
    oauth(state, gitlabHosts),
    docsSite(state),
    docsApi(state),
    driveApi(state),
    slackApi(state),
    slackWebhooks(state),
    slackApp(state),
    xApi(state),
    xIntent(state),
    gitlabApi(state, gitlabHosts),
    zoomApi(state),
    zoomJoin(state),
    pagerdutyApi(state),
  ];
  const byHost = new Map<string, Service[]>();
  for (const s of services) {
    for (const host of s.hosts) byHost.set(host, [...(byHost.get(host) ?? []), s]);
  }
  return byHost;
}
