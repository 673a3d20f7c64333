import { escapeHtml, html } from '../http';
import type { Service } from '../service';
import type { State } from '../world';

/** zoom.us/j/<id>: where a war-room join link lands. */
export function zoomJoin(state: State): Service {
  return {
    hosts: ['zoom.us'],
    handle(req) {
      const m = /^\/[js]\/(\d+)$/.exec(req.path);
      if (!m) return undefined;
      const meeting = state.meetings.find((x) => String(x.id) === m[1]);
      if (!meeting) return html(404, '<!doctype html><title>Zoom</title><p>This meeting ID is not valid.</p>');
      // Opening start_url is the host starting the meeting.
      if (req.path.startsWith('/s/')) meeting.status = 'started';
      return html(
        200,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(meeting.topic)} - Zoom</title>
<style>body{font-family:Lato,Arial,sans-serif;display:grid;place-items:center;height:100vh;margin:0;background:#f5f5f7}
main{background:#fff;border-radius:12px;padding:32px 48px;box-shadow:0 2px 12px rgba(0,0,0,.1);text-align:center}
button{background:#0e72ed;color:#fff;border:0;border-radius:8px;padding:10px 24px;font-size:16px}</style></head>
<body><main><h1>${escapeHtml(meeting.topic)}</h1><p>Meeting ID ${meeting.id}</p><button>Join from your browser</button></main></body></html>`,
      );
    },
  };
}
