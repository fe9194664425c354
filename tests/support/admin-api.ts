/** A signed-in admin-panel session, speaking to the same endpoints the admin UI uses. */
export class AdminSession {
  readonly baseUrl: string;
  readonly token: string;
  readonly email: string;
  constructor(baseUrl: string, token: string, email: string) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.email = email;
  }

  static async login(baseUrl: string, email: string, password: string): Promise<AdminSession> {
    const response = await fetch(`${baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const body = (await response.json()) as any;
    if (!response.ok) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(body)}`);
    return new AdminSession(baseUrl, body.data.token, email);
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, ...(body && !isForm ? { 'Content-Type': 'application/json' } : {}) },
      body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON
    }
    return { status: response.status, body: parsed };
  }

  /** The answer's bytes, for downloads (a workbook is not text). */
  async bytes(path: string): Promise<{ status: number; type: string; body: Buffer }> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { Authorization: `Bearer ${this.token}` } });
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {});
  put = (path: string, body?: unknown) => this.request('PUT', path, body ?? {});
  delete = (path: string) => this.request('DELETE', path);
}

export const CM = '/content-manager/collection-types';
export const ARTICLE = 'api::article.article';
