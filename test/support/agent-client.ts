/**
 * A minimal client of the agent console's JSON API, as the console page uses it: session
 * cookie + X-CSRF-Token. For end-to-end tests.
 */
export class AgentClient {
  private cookie = '';
  private csrf = '';
  constructor(private readonly baseUrl: string) {}

  /** Log in. @throws when the console refuses */
  async login(username: string, password: string): Promise<void> {
    const res = await fetch(`${this.baseUrl}/api/agent/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    this.cookie = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
    this.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  }

  /** Raw request; returns status and parsed JSON body. */
  async call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf, 'content-type': 'application/json' }),
      },
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  async queue(): Promise<any[]> {
    return (await this.call('GET', '/api/agent/queue')).body.conversations;
  }
  async detail(id: string): Promise<any> {
    return (await this.call('GET', `/api/agent/conversations/${id}`)).body.conversation;
  }
  async claim(id: string): Promise<{ status: number; body: any }> {
    return this.call('POST', `/api/agent/conversations/${id}/claim`);
  }
  async reply(id: string, text: string): Promise<{ status: number; body: any }> {
    return this.call('POST', `/api/agent/conversations/${id}/reply`, { text });
  }
  async close(id: string, outcome: string): Promise<{ status: number; body: any }> {
    return this.call('POST', `/api/agent/conversations/${id}/close`, { outcome });
  }
}
