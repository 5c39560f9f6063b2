// The JSON API, with its error bodies turned into exceptions that carry the server's message.
export class ApiError extends Error {
  constructor(status, message, param) {
    super(message);
    this.status = status;
    this.param = param;
  }
}

export function apiUrl(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  const s = q.toString();
  return path + (s ? "?" + s : "");
}

export async function getJSON(path, params = {}) {
  const resp = await fetch(apiUrl(path, params), { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await resp.json();
  } catch {
    throw new ApiError(resp.status, `the server answered ${resp.status} without JSON`);
  }
  if (!resp.ok) {
    const err = (body && body.error) || {};
    throw new ApiError(resp.status, err.message || `HTTP ${resp.status}`, err.param);
  }
  return body;
}
