import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR } from '../../scripts/lib/paths.ts';
import { TEST_PASSWORD } from '../support/accounts.ts';
import { AdminSession, CM } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { expectFieldError } from '../support/field-error.ts';

const fromCms = createRequire(join(CMS_DIR, 'package.json'));
const compiled = (path: string) => fromCms(join(CMS_DIR, 'dist', 'src', path));

const PORTAL = 'https://cong.hanoi.gov.vn';
const EVIL = 'https://evil.example';
/** Passes Strapi's own rule (8 characters, upper and lower case, a digit): the point of the policy. */
const WEAK = 'Password1';
const GOOD = 'Sông-Hồng-chảy-qua-2026';

async function post(url: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

describe.each(DATABASES)('the edges: admin passwords and CORS (%s)', (database) => {
  // One domain per database: Strapi's sign-in rate limit counts by e-mail, in memory, across both CMSs.
  const mail = (name: string) => `${name}@${database}.column57.test`;
  const ADMIN_EMAIL = mail('quantri');
  let cms: RunningCms;
  let admin: AdminSession;
  let roleId: number;
  const user = (email: string) => cms.strapi.db.query('admin::user').findOne({ where: { email } });
  const canLogIn = async (email: string, password: string) => (await post(cms.url, '/admin/login', { email, password })).status === 200;
  const registerAdmin = (password: string) =>
    post(cms.url, '/admin/register-admin', { email: ADMIN_EMAIL, firstname: 'Quản', lastname: 'Trị', password });

  beforeAll(async () => {
    // No demo accounts: the first administrator is registered through the API below.
    cms = await startCms({ database, seedBodies: 'none', env: { COLUMN57_CORS_ORIGINS: ` ${PORTAL} , http://127.0.0.1:4321` } });
    roleId = (await cms.strapi.db.query('admin::role').findOne({ where: { code: { $ne: 'strapi-super-admin' } } })).id;
  });
  afterAll(async () => cms?.stop());

  describe('admin passwords: a weak one is refused on every path and changes nothing', () => {
    it("the first administrator's registration", async () => {
      expectFieldError(await registerAdmin(WEAK), 'password', /12 ký tự.* \/ .*12 are needed/s);
      expectFieldError(await registerAdmin('Quantri-57-So-Mot'), 'password', /"quantri"/);
      expectFieldError(await registerAdmin('P@ssw0rd-2026-57'), 'password', /phổ biến/);
      expect(await cms.strapi.db.query('admin::user').count()).toBe(0);
      const ok = await registerAdmin(TEST_PASSWORD);
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      admin = new AdminSession(cms.url, ok.body.data.token, ADMIN_EMAIL);
    });

    it('an account made by the seed or `strapi admin:create-user` (the admin user service)', async () => {
      const { ensureAccount } = compiled('seed/accounts.js');
      const spec = { email: mail('toanquoc'), firstname: 'Toàn', lastname: 'Quốc', role: 'national-editor' };
      await expect(ensureAccount(cms.strapi, spec, 'Matkhau-2026')).rejects.toThrow(/password: .*phổ biến/);
      expect(await user(spec.email)).toBeNull();
      await ensureAccount(cms.strapi, spec, TEST_PASSWORD);
      expect(await canLogIn(spec.email, TEST_PASSWORD)).toBe(true);
    });

    it("the demo logins' password passes", () => {
      const { passwordProblems } = compiled('security/admin-password.js');
      // As scripts/lib/secrets.ts makes it, and its corners (a hex part with no letter, or one letter repeated).
      const random = Array.from({ length: 50 }, () => `Demo-${randomBytes(6).toString('hex')}-57`);
      const demo = [...random, 'Demo-000000000000-57', 'Demo-ffffffffffff-57'];
      for (const password of demo) {
        for (const email of ['quantri@column57.local', 'bientap.hanoi@column57.local', 'duyet.mst@column57.local']) {
          expect(passwordProblems(password, email), password).toEqual([]);
        }
      }
    });

    it('accepting an invitation', async () => {
      const invited = await admin.post('/admin/users', { email: mail('moivao'), firstname: 'Mới', lastname: 'Vào', roles: [roleId] });
      expect(invited.status, JSON.stringify(invited.body)).toBe(201);
      const registrationToken = invited.body.data.registrationToken;
      const userInfo = { firstname: 'Mới', lastname: 'Vào' };
      const register = (password: string) => post(cms.url, '/admin/register', { registrationToken, userInfo: { ...userInfo, password } });
      expectFieldError(await register(WEAK), 'password', /12/);
      expectFieldError(await register('MoiVao-Lam-57'), 'password', /"moivao"/);
      const pending = await user(mail('moivao'));
      expect(pending).toMatchObject({ registrationToken, isActive: false });
      expect(pending.password).toBeFalsy();
      const ok = await register(GOOD);
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(await canLogIn(mail('moivao'), GOOD)).toBe(true);
    });

    it("changing one's own password in the profile", async () => {
      const self = await AdminSession.login(cms.url, mail('moivao'), GOOD);
      expectFieldError(await self.put('/admin/users/me', { currentPassword: GOOD, password: 'Qwerty123456' }), 'password', /phổ biến/);
      expectFieldError(await self.put('/admin/users/me', { currentPassword: GOOD, password: 'Abcdefghijk1' }), 'password', /dễ đoán/);
      expect(await canLogIn(mail('moivao'), GOOD)).toBe(true);
      // The refusal came before Strapi signs every session out on a password change.
      expect((await self.get('/admin/users/me')).status).toBe(200);
      const ok = await self.put('/admin/users/me', { currentPassword: GOOD, password: `${GOOD}-lần-hai` });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(await canLogIn(mail('moivao'), `${GOOD}-lần-hai`)).toBe(true);
    });

    it("an administrator setting another account's password", async () => {
      const target = await user(mail('toanquoc'));
      expectFieldError(await admin.put(`/admin/users/${target.id}`, { password: WEAK }), 'password', /12/);
      expectFieldError(await admin.put(`/admin/users/${target.id}`, { password: 'ToanQuoc-2026-x' }), 'password', /"toanquoc"/);
      expect((await user(mail('toanquoc'))).password).toBe(target.password);
      const ok = await admin.put(`/admin/users/${target.id}`, { password: GOOD });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(await canLogIn(mail('toanquoc'), GOOD)).toBe(true);
    });

    it('a password reset', async () => {
      const target = await user(mail('toanquoc'));
      const resetPasswordToken = 'ma-dat-lai-mat-khau-thu-nghiem';
      await cms.strapi.db.query('admin::user').update({
        where: { id: target.id },
        data: { resetPasswordToken, resetPasswordTokenExpiresAt: new Date(Date.now() + 3_600_000) },
      });
      const reset = (password: string) => post(cms.url, '/admin/reset-password', { resetPasswordToken, password });
      expectFieldError(await reset('Hanoi@2026!!'), 'password', /phổ biến/);
      expect(await user(mail('toanquoc'))).toMatchObject({ resetPasswordToken, password: target.password });
      const ok = await reset(TEST_PASSWORD);
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(await canLogIn(mail('toanquoc'), TEST_PASSWORD)).toBe(true);
    });
  });

  describe("CORS: only the admin's own origin and the configured ones, credentials for no other", () => {
    /** Each path asked with an Origin, as a plain request and as a preflight. */
    const PATHS: Array<{ method: string; path: string; authorised?: boolean; body?: unknown }> = [
      { method: 'POST', path: '/admin/access-token', body: {} }, // the token refresh, by cookie
      { method: 'POST', path: '/admin/login', body: { email: ADMIN_EMAIL, password: TEST_PASSWORD } },
      { method: 'GET', path: '/admin/users/me', authorised: true },
      { method: 'GET', path: `${CM}/api::topic.topic`, authorised: true },
      { method: 'GET', path: '/api/topics' },
      { method: 'GET', path: '/upload/files', authorised: true },
    ];

    async function ask(origin: string, { method, path, authorised, body }: (typeof PATHS)[number], preflight: boolean) {
      const headers: Record<string, string> = { Origin: origin };
      if (preflight) {
        Object.assign(headers, { 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'authorization,content-type' });
      } else if (authorised) headers.Authorization = `Bearer ${admin.token}`;
      if (!preflight && body) headers['Content-Type'] = 'application/json';
      const response = await fetch(`${cms.url}${path}`, {
        method: preflight ? 'OPTIONS' : method,
        headers,
        body: !preflight && body ? JSON.stringify(body) : undefined,
      });
      await response.arrayBuffer();
      const allowOrigin = response.headers.get('access-control-allow-origin');
      return { status: response.status, allowOrigin, credentials: response.headers.get('access-control-allow-credentials') };
    }

    const FOREIGN = [EVIL, 'null', `${PORTAL}.evil.example`, 'http://127.0.0.1:1', 'http://localhost:9'];
    it.each(FOREIGN)('%s gets no CORS answer anywhere', async (origin) => {
      for (const request of PATHS) {
        for (const preflight of [false, true]) {
          const answer = await ask(origin, request, preflight);
          const label = `${preflight ? 'OPTIONS' : request.method} ${request.path}: ${JSON.stringify(answer)}`;
          expect(answer.allowOrigin, label).toBeNull();
          expect(answer.credentials, label).toBeNull();
        }
      }
    });

    it("the admin panel's own origin and the configured ones are answered, with credentials", async () => {
      for (const origin of [cms.url, cms.url.replace('127.0.0.1', 'localhost'), PORTAL, 'http://127.0.0.1:4321']) {
        for (const request of PATHS) {
          for (const preflight of [false, true]) {
            const answer = await ask(origin, request, preflight);
            const label = `${origin} ${preflight ? 'OPTIONS' : request.method} ${request.path}: ${JSON.stringify(answer)}`;
            expect(answer.allowOrigin, label).toBe(origin);
            expect(answer.credentials, label).toBe('true');
          }
        }
      }
    });
  });
});

describe('COLUMN57_CORS_ORIGINS is checked at start', () => {
  it('a malformed origin is refused with the variable, the value and the fix, in both languages', () => {
    const { parseCorsOrigins } = compiled('security/cors.js');
    expect(parseCorsOrigins('')).toEqual([]);
    expect(parseCorsOrigins(`${PORTAL}, https://portal.mst.gov.vn:8443`)).toEqual([PORTAL, 'https://portal.mst.gov.vn:8443']);
    const malformed = [
      '*',
      'cong.hanoi.gov.vn',
      `${PORTAL}/`,
      `${PORTAL}/nghi-quyet-57`,
      'ftp://cong.hanoi.gov.vn',
      'https://Cong.Hanoi.gov.vn',
    ];
    for (const bad of malformed) {
      expect(() => parseCorsOrigins(`${PORTAL},${bad}`), bad).toThrow(/COLUMN57_CORS_ORIGINS: .*không phải nguồn.* \/ not an origin/s);
    }
  });

  it('and the CMS does not start with one', async () => {
    const starting = startCms({ seedBodies: 'none', env: { COLUMN57_CORS_ORIGINS: 'https://*.gov.vn' } });
    await expect(starting).rejects.toThrow(/COLUMN57_CORS_ORIGINS: "https:\/\/\*\.gov\.vn"/);
    process.env.COLUMN57_CORS_ORIGINS = '';
  });
});
