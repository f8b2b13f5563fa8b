// The REST API under /api/v1: JSON in, errors thrown with the server's message.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** GET /api/v1 + path with the given query parameters (empty values left out). */
export async function api(path, params = {}) {
  const qs = query(params);
  const url = '/api/v1' + path + (qs ? '?' + qs : '');
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  let body;
  try {
    body = await r.json();
  } catch (e) {
    throw new ApiError(`${url}: the answer is not JSON (${r.status})`, r.status);
  }
  if (!r.ok) {
    throw new ApiError(body.error || `${url}: HTTP ${r.status}`, r.status);
  }
  return body;
}

/** A query string of the non-empty parameters, in their order. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && String(v) !== '') {
      q.set(k, String(v));
    }
  }
  return q.toString();
}

export const QUADS = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};
export const QUAD_COLORS = { 1: '#4e9a06', 2: '#2e7d32', 3: '#e0a000', 4: '#c62828' };

/** The write token, kept for this browser tab only. */
export const token = {
  get: () => sessionStorage.getItem('annals.token') || '',
  set: (t) => sessionStorage.setItem('annals.token', t.trim()),
};

/** POST to /api/v1 + path with the write token; body is FormData or an object sent as JSON. */
export async function apiPost(path, body) {
  const headers = { Accept: 'application/json', Authorization: 'Bearer ' + token.get() };
  let payload = body;
  if (!(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const url = '/api/v1' + path;
  const r = await fetch(url, { method: 'POST', headers, body: payload });
  let answer;
  try {
    answer = await r.json();
  } catch (e) {
    throw new ApiError(`${url}: the answer is not JSON (${r.status})`, r.status);
  }
  if (!r.ok) {
    throw new ApiError(answer.error || `${url}: HTTP ${r.status}`, r.status);
  }
  return answer;
}
