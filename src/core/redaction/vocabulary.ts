/*
 * Small hand-written lists of grammar and incident vocabulary: cue words, team aliases, the common
 * nouns of incident write-ups. The large lists (names, English words, products) are data: see data/.
 * None of these lists holds a name.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Words that never start or continue a person's name. */
export const FUNCTION_WORDS = words(`
we've they've you've we'll they'll you'll he'll she'll it'll we'd they'd you'd he'd she'd he's she's that's there's what's let's amongst whilst amidst towards upon unto a an the this that these those it its it's i i'm i've i'd we we're our us you your he she they them their
his her him me my mine ours yours who whom whose which what when where why how there here
and or but nor so yet if then than because as at by for from in into of off on onto out over to up upon
with within without about above after against along among around before behind below beneath beside
between beyond during except inside near since through throughout till toward towards under until via
is are was were be been being am do does did done doing have has had having will would shall should can
could may might must not no yes ok okay also just only very too still already even ever never again
all any both each every few many more most much other some such own same another either neither none
anyone anything everyone everything someone something nobody nothing per re vs etc eg ie
hi hey hello thanks thank please sorry yeah yep nope well now today tomorrow yesterday tonight
`);

/** Common nouns and verbs of incident write-ups that compromise's lexicon leaves out. */
export const COMMON_WORDS = words(`
access account action ping actions alert alerts alias api app application applications approval archive
artifact artifacts audit author availability backend backlog backup backups badge balance balancer bandwidth
batch berth binaries binary blob blog board bot bots branch browser bucket buffer bug bugs build builds bundle
cache capacity cause certificate change changelog channel chat check checklist checks chunk client clients
cloud cluster clusters code commit commits comms communication config configuration configmap connection
connections console container containers content context controller cookie core cost counter cpu crash
crashes cron customer customers dashboard data database databases deadline debug decision default
deletion deploy deployment deployments design detail details developer developers device devops diff
directory disk disks dns doc docs document documentation domain downtime draft drive dump dumps edit
editor email emails endpoint endpoints engineer engineers entry environment error errors escalation event
events export failover failure failures feature features feed field file files filesystem firewall
fix fixes flag flags folder folks form framework freeze frontend function gateway gem graph group groups
guide handbook handler hardware hash header health heap host hosts hotfix hour hours image images impact
incident incidents index infra infrastructure input instance instances integration internet issue issues
item items job jobs key keys kernel label labels lag latency layer lead leads library limit link links
list load lock locks log logs loop machine machines mail mailbox maintenance manager master memory merge
message messages metric metrics migration mirror mitigation mode model module monitor monitoring mount
namespace network node nodes note notes notification oncall on-call operator option options order outage
outages output owner package packages page pages partition patch path peer permission permissions
pipeline pipelines platform plugin pod pods policy pool pools port post postmortem post-mortem primary
process processes processor processors product production profile project projects proxy pull push query
queue quota rack rate readme rebase rebuild recovery redirect region registry release releases replica
replicas replication repo repos repository request requests resolution resource resources response
restore retry review rollback rollout root rotation route router rule rules runbook runner runners
runtime sandbox scale schedule schema scope script scripts secret secrets security server servers service
services session shard shell sidebar signal site snapshot snapshots socket software source spam spike
stack staff stage staging state statefulset status storage stream subnet summary support switch system
systems table tag tags target task tasks team teams template tenant test tests thread threshold ticket
timeline timeout timestamp token tokens tool tools topic traffic trigger tweet tweets update updates
upgrade upload uploads uptime usage user users value vendor version versions volume volumes warning
web webhook webhooks website wiki worker workers workflow write zone
`);

/** Upper-case abbreviations that look like initials but are not people. Lower-case. */
export const ACRONYMS = words(`
ack acl ad ai am api apis aws az bgp bsd ca cd cdn ceo cfo ci cli cmd cn cpu cr cri crd cs css csv cto
cve db dba dc dm dns dos dr eg eks eol eta eu faq fs fyi gb gc gcp gi gpu gui ha hq hr html http https
iam id ide ii iii io ip ipv4 ipv6 iq it iv jp js json jvm jwt kb km kpi lb lgtm lfs lts lvm mb mfa ml
mr ms mtu mttr mvp na nat nfs nl no ok os otp pc pd pdt pg pgp pi pm pr prs pst pt qa rca rfc rpc rss
rw sa sdk sla slo sli smtp sms sre ssd ssh ssl sso tbd tcp tl tldr tls todo tos ttl tv ua ui uk uri
url us usa usb utc uuid ux vcs vm vms vp vpc vpn wal waf wip www xml yaml yml ssd hdd io iops api ga
ok nyc sf la ny wfh ooo eod eow asap imo imho iirc afaik btw tbh nb ps re fw fwd cc bcc edt est cet
gmt bst ist jst aest ist mst cst et ct mt apac emea amer sev ic im eoc cmoc imoc
`);

/** Words in handles and mailboxes that name a team, a rota or a role, not a person. */
export const TEAM_WORDS = words(`
oncall on-call team teams ops devops sre infra infrastructure admin admins administrator root support
help helpdesk security sec noreply no-reply donotreply abuse postmaster webmaster hostmaster info
contact sales billing press legal privacy hr jobs careers marketing devrel engineering eng dev devs
developers maintainers reviewers approvers owners leads managers everyone channel here all status
alerts alerting notifications notify incident incidents escalation escalations pager bot bots ci
release releases announce announcements news hello office staff community core group list mailer
daemon system systems service services test testing qa org inc corp hq labs official
comms postmortem postmortems retro retros
`);

/** First path segments on profile hosts that are site pages, not accounts. */
export const RESERVED_PATHS = words(`
about account blog collections contact customer-stories dashboard enterprise events explore features
hashtag help home i intent issues join login logout marketplace messages new notifications orgs
pricing privacy pulls search security settings share signup site sponsors topics trending users
apps marketplace login tos status
`);

/** Verbs (and a few adverbs before them) that say a person did something. */
export const PERSON_VERBS = words(`
acked acknowledged acknowledges added adds agreed agrees announced announces answered approved approves
asked asks assigned assigns began begins believes brought brings called calls checked checks commented
comments completed completes confirmed confirms created creates decided decides demoed demos deployed
deploys determined determines disappeared discovered discovers escalated escalates explained explains
figured filed files finds found fixed fixes followed follows forgot got gets handed handles helped helps
identified identifies investigated investigates joined joins knows left looked looks loops looped
manages managed mentioned mentions merged merges messaged messages mitigated mitigates noticed notices
noted notes opened opens paged pages pinged pings pointed points posted posts proposed proposes pushed
pushes ran realised realises realized realizes rebooted reboots replied replies reported reports
requested requests restarted restarts reverted reverts reviewed reviews rolled rolls runs said says
saw sees sent sends shared shares spotted spots spun started starts stepped suggested suggests
suspected suspects takes taken thinks thought told took tried tries triggered updated updates upgraded
volunteered wakes woke wants wanted was is has had will would can could should might did does
happened happens reacted replied pinned removed invited acks owns wrote writes set renamed archived unarchived
worked reached declares declared hands led leads enlisted put puts bumps bumped reads rotates rotated
disables disabled enables re-enables re-enabled reruns re-runs signs chaired chairs facilitated facilitates coordinated coordinates drafted drafts organised organized hosted shadowed paired
knew chased chases phoned texted dialled dialed apologised apologized remembered recalled wondered argued insisted
offered promised stayed drove walked slept owned
closed reopened maintains maintained spent kept disagreed disagrees changed drained
responded showed informs gave
raised raises triaged triages resolves resolved reassigned reassigns subscribed claimed claims lowered lowers
`);

/** Adverbs that may stand between a person and their verb ("Seb probably has"). */
export const VERB_ADVERBS = words(`also already just probably still then quickly later finally eventually immediately soon actually really`);

/** Words right before a person: "pinged X", "thanks X", "along with X". Multi-word cues end in the last word. */
export const CUE_BEFORE = words(`
pinged ping pings paged page asked ask asking thanks thank thx ty cc cc'd told tell tells
messaged dm'd dmed emailed called help helping helped ok okay hi hey hello sure yes yep yeah sorry welcome congrats cheers
per owe morning evening afternoon night gm bye contacted informs informed notified reminded reminds thanked reach
login username fyi pages
`);

/** Two-word cues whose second word alone is too common ("to", "with", "by", "in"). */
export const CUE_PAIRS = new Set([
  // Chat's and pagers' ways of naming who: "paired with", "a DM from", "pager to", "snoozed by".
  // MeetBot: "The chair is vakhtang."
  'chair is',
  'account of',
  'points by',
  'removed by',
  'added by',
  'deleted by',
  'deployed by',
  'started by',
  'triggered by',
  'filed by',
  'opened by',
  'suggested by',
  'requested by',
  'raised by',
  'proposed by',
  'unpublished by',
  'published by',
  'announced by',
  'posted by',
  'shared by',
  'maintained by',
  'signed by',
  'edited by',
  'updated by',
  'led by',
  'together with',
  'paired with',
  'pairing with',
  // "agree with misha", "replying to Tomek:", "+1 to kat", "thanks to Juma".
  'request of',
  'agree with',
  'agreed with',
  'replying to',
  'thanks to',
  'grateful to',
  'sync with',
  'synced with',
  'syncing with',
  'dm from',
  'reminder from',
  'came from',
  'pager to',
  'comms to',
  'command to',
  'over to',
  'reassigned to',
  'handing to',
  'acknowledged by',
  'snoozed by',
  'resolved by',
  'closed by',
  'talking to',
  'talked to',
  'spoke to',
  'spoke with',
  'speaking with',
  'speaking to',
  'along with',
  'worked with',
  'working with',
  'loops in',
  'looped in',
  'loop in',
  'according to',
  'reported by',
  'approved by',
  'found by',
  'written by',
  'created by',
  'authored by',
  'fixed by',
  'reviewed by',
  'merged by',
  'noticed by',
  'escalated to',
  'handed to',
  'assigned to',
  'reach out to',
  'reached out to',
  'hand off to',
  'handed off to',
  'shout out to',
  'credit to',
  'kudos to',
  'thanks to',
  'ask for',
  'waiting on',
  'waiting for',
  'out to',
  'help from',
  'acknowledged by',
  'seen by',
  'closed by',
  'resolved by',
  'organised by',
  'organized by',
  'started by',
  'added by',
  'updated by',
  'opened by',
  'submitted by',
  'declared by',
  'hosted by',
  'led by',
  'owned by',
  'changed by',
  'hand over to',
  'handover to',
  'handed over to',
  'hands off to',
  'hands over to',
  'escalates to',
  'shout-out to',
  'props to',
  'help of',
]);

/** Honorifics compromise understands; a sentence holding one is worth its full tagging. */
export const HONORIFICS = words(`mr mrs ms miss dr prof sir madam mx capt sgt det lt col insp sen rep gov cllr rev herr frau mme mlle sra srta`);
/** What follows a name rather than being one ("Robert Jenkins Jr."). */
export const NAME_SUFFIXES = words(`jr sr ii iii iv`);

/** Pseudonyms this module writes, and common ones from elsewhere: never read back as names. */
export const PSEUDONYM_PATTERN = /\b(?:Engineer|Person|User|Responder|Participant|Member)\s\d+\b(?:['’]s\b)?|\[(?:redacted|REDACTED|name|NAME)\]/g;

/** Calendar words, whole and abbreviated: capitalised, never people. */
export const DATE_WORDS = words(`
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
`);

/** Lower-case particles inside or before a surname: "van der Berg", "de la Cruz", "bin Rashid". */
export const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'le',
  'la',
  'del',
  'della',
  'dos',
  'das',
  'bin',
  'ibn',
  'al',
  'el',
  'ter',
  'ten',
  'y',
  'zu',
  'los',
  'las',
  'dei',
  'degli',
  // "van 't Hof" (the apostrophe is the gap before it), "Shira ben Ami", "Siti binti Ahmad", "Ana do Carmo".
  't',
  'ap',
  'ben',
  'bat',
  'binti',
  'bint',
  'do',
  'af',
]);

/** Roles people hold in an incident: "SRE Dupuy", "Fournier (IC)", "Habel, our DBRE,". Lower-case. */
export const ROLES = words(`
sre sres dbre dbres ic im cmoc imoc eoc engineer engineers developer developers dev devs colleague colleagues teammate teammates
comms manager managers lead leads director vp cto ceo cfo pm pms em ems scribe commander responder responders on-call oncall
she/her he/him they/them intern interns contractor consultant admin administrator architect analyst owner someone somebody committer maintainer
`);

// "yaa, im not alone", "hm, subscribing": sounds, not logins or names.
export const INTERJECTION = /^(?:h+m+|y+a+|a+h+|o+h+|l+o+l+|he+h+|me+h+|na+h+|yu+p+|u+m+|e+r+m*|w+o+w+|o+k+|k+|ya+y+|ye+s+|no+p+e*|hi+|he+y+|y+o+)$/;

// "the Praefect cluster", "a Zorbly outage": after a determiner a lone unknown word names a thing.
// Not "that": "we learned that Qorvalis had paused it".
export const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'this', 'these', 'those', 'each', 'every', 'its', 'your']);

/** What people own, after a name's or a login's possessive ("Jordan’s patch", "ikaika's idea"), not a tool's ("koji's IP"). */
export const OWNED = words(`
query hunch theory guess graph dashboard report phone pager patch fix change commit pr mr review comment message suggestion idea script laptop account team manager notes summary draft analysis proposal question answer shift rotation document doc branch fork work email point plan call machine vote code fault turn help
`);

/** "Best, Nalani", "Cheers, Bongani", "Hi, Arjun": sign-offs and greetings, then who signs or is greeted. */
export const SIGN_OFFS = words(`best cheers thanks regards thx ty ta morning hi hey hello signed sincerely warmly love`);

/**
 * "<zodbot>", "@meetbot:fedora.im", "Slackbot:", "wikibugs", "ChanServ": apps and bots, which are
 * no one. Other endings are listed by name, not by suffix: "Ameet" ends in "meet".
 */
export const isBotName = (name: string): boolean =>
  /(?:bot|logger)\d*_?$|^(?:wikibugs|opendevmeet|meetingology|chanserv|nickserv|memoserv|operserv|alis|polly|workflow|standuply)$/i.test(name);
