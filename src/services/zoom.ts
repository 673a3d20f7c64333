import { apiFetch } from './http';

const ZOOM_API = 'https://api.zoom.us/v2';

export interface Meeting {
  id: number;
  join_url: string;
  start_url?: string;
  topic: string;
}

/** An instant meeting for the war room; its topic carries the idempotency key. */
export async function createWarRoom(topic: string): Promise<Meeting> {
  const response = await apiFetch('zoom', `${ZOOM_API}/users/me/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ topic, type: 1, settings: { join_before_host: true, waiting_room: false, mute_upon_entry: true } }),
  });
  return (await response.json()) as Meeting;
}

/** A war room an earlier, cut-off attempt created: not started yet (upcoming) or already in progress (live). */
export async function findWarRoom(topicMarker: string): Promise<Meeting | undefined> {
  for (const type of ['upcoming', 'live']) {
    const response = await apiFetch('zoom', `${ZOOM_API}/users/me/meetings?type=${type}&page_size=100`);
    const { meetings = [] } = (await response.json()) as { meetings?: Meeting[] };
    const found = meetings.find((m) => m.topic.includes(topicMarker));
    if (found) return found;
  }
  return undefined;
}
