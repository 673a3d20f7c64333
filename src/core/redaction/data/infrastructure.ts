/*
 * The infrastructure and product lexicon: tools, services and products written capitalised like
 * names. simple-icons brings thousands of brands; this adds infrastructure tools it lacks.
 * Lower-case, one word each. Kept free of words picked from the held-out corpus.
 */
export const INFRASTRUCTURE = `
akamai airflow alertmanager alibaba amazon android angular ansible apache apple argo argocd atlassian aurora
azure bazel bigquery bitbucket boskos buildkite cassandra ceph chef chrome chromium circleci cloudflare
cloudfront cloudsql cockroachdb confluence consul containerd coredns couchbase datadog debian deck
digitalocean discord django docker dockerhub dropbox dynamodb ec2 elastic elasticsearch elk envoy etcd
facebook fastly firebase firefox fluentd gcp gce gcs gerrit gitaly githost github gitlab gitlab.com gke gmail
golang google grafana graphite graphql hadoop haproxy helm heroku homebrew hubot istio jaeger java jenkins
jira kafka kibana kotlin kube kubectl kubelet kubernetes lambda launchdarkly linkedin linux logstash macos
mariadb memcached mesos microsoft mongo mongodb mysql nagios netflix netlify nginx node.js nodejs nomad npm
okta omnibus openshift openstack opsgenie oracle pagerduty patroni pgbouncer php postgres postgresql postgis
prometheus prow puma puppet pypi python rabbitmq rails react redhat redis redshift route53 ruby rubygems rust
s3 salesforce sentry sidekiq slack slony snowflake splunk spyglass sql sqlite squid statuspage stripe teams
telegram terraform testgrid tide tiller traefik travis twilio twitter ubuntu unicorn vagrant varnish vault
vercel vim vmware webex whatsapp windows wordpress workhorse x youtube zendesk zeus zoom zookeeper gitter irc
hangouts meet outlook office gsuite workspace
apdex backout pop pops ops devops sev signup signups acknowledgment impl retest rerun corepack pnpm yarn npx
systemd journald systemctl mediawiki wikimedia phabricator icinga meetbot borg cgit
backfill backfills inc ltd llc gmbh corp plc co
fedora copr koji bodhi pagure cvs svn techblog blog mortem postmortem sysadmin sysadmins misconfiguration misconfigurations committers maintainers
loki mimir tempo pyroscope velero karpenter cortex artifactory atlantis spacelift nexus pgpool praefect calico
fluxcd kyverno gatekeeper cert-manager kustomize helmfile kubeadm k3s k9s openebs portworx telegraf zipkin
fluent-bit filebeat metricbeat papertrail honeycomb uptimerobot checkly cloudwatch stackdriver firestore pubsub
memorystore fargate kinesis elasticache sagemaker imperva activemq zeromq resque dagster pgcat stolon repmgr
pgbackrest wal-g orchestrator proxysql maxscale galera mongos sentinel hazelcast scylla terragrunt cfengine auth0
teleport netbird
zuul mjolnir hookshot mee6 automod libera freenode oftc woodhouse login logins logout psql arn rota
`;
