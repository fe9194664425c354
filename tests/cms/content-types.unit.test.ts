import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_TYPES,
  NATIONAL_CAPABLE_TYPES,
  OWNED_TYPES,
  REFERENCE_TYPES,
  REPORTING_TYPES,
  SUBSCRIBER_TYPES,
  SYSTEM_TYPES,
} from '../../cms/src/access/owned-types.ts';
import { contentRulesOf, ownerRuleOf } from '../../cms/src/validation/content-rules.ts';
import { LABELS } from '../../cms/src/admin-labels/index.ts';

// Ownership is declared once, in cms/src/access/owned-types.ts; the guards, the roles, the change notifier
// and the content rules read it there. This walks every content type the CMS defines, so a type added
// later is classified or fails here, instead of silently staying outside the guards.

const API = join(import.meta.dirname, '..', '..', 'cms', 'src', 'api');

interface Attribute {
  type: string;
  relation?: string;
  target?: string;
}

const contentTypes = readdirSync(API).flatMap((api) => {
  const dir = join(API, api, 'content-types');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // an API with routes only (snapshot, report)
  }
  return names.map((name) => {
    const schema = JSON.parse(readFileSync(join(dir, name, 'schema.json'), 'utf8'));
    return { uid: `api::${api}.${name}`, attributes: schema.attributes as Record<string, Attribute> };
  });
});

const CLASSES = {
  owned: OWNED_TYPES,
  reporting: REPORTING_TYPES,
  reference: REFERENCE_TYPES,
  account: ACCOUNT_TYPES,
  subscriber: SUBSCRIBER_TYPES,
  system: SYSTEM_TYPES,
} as const;

const belongsToABody = (attributes: Record<string, Attribute>) =>
  attributes.body?.type === 'relation' && attributes.body.target === 'api::body.body' && attributes.body.relation === 'manyToOne';

describe('every content type of the CMS', () => {
  it('are found (the walk reads the real schema files)', () => {
    expect(contentTypes.map((t) => t.uid)).toContain('api::article.article');
    expect(contentTypes.length).toBeGreaterThanOrEqual(10);
  });

  it.each(contentTypes.map((t) => [t.uid, t] as const))('%s is classified exactly once', (uid) => {
    const classes = Object.entries(CLASSES).filter(([, uids]) => (uids as readonly string[]).includes(uid));
    expect(
      classes.map(([name]) => name),
      `${uid}: add it to one list in cms/src/access/owned-types.ts`,
    ).toHaveLength(1);
  });

  it.each(contentTypes.map((t) => [t.uid, t] as const))('%s: a relation to its body means the guards must know it', (uid, type) => {
    const guarded = [...OWNED_TYPES, ...REPORTING_TYPES, ...ACCOUNT_TYPES, ...SUBSCRIBER_TYPES] as readonly string[];
    expect(guarded.includes(uid)).toBe(belongsToABody(type.attributes));
  });

  it.each(contentTypes.map((t) => [t.uid, t] as const))('%s: every field has a Vietnamese label in the admin panel', (uid, type) => {
    const labels = LABELS.find((l) => l.uid === uid);
    expect(labels, `${uid}: add a catalogue in cms/src/admin-labels/ and list it in LABELS`).toBeTruthy();
    expect(Object.keys(type.attributes).filter((field) => !labels!.fields[field])).toEqual([]);
  });

  it('lists no type the CMS does not define', () => {
    const defined = new Set(contentTypes.map((t) => t.uid));
    expect(
      Object.values(CLASSES)
        .flat()
        .filter((uid) => !defined.has(uid)),
    ).toEqual([]);
  });
});

describe('every type a body owns', () => {
  it.each(OWNED_TYPES.map((uid) => [uid]))('%s has its owner rule among its content rules', (uid) => {
    expect(contentRulesOf(uid)).toContain(ownerRuleOf(uid));
  });

  it.each(NATIONAL_CAPABLE_TYPES.map((uid) => [uid]))('%s, which may be national, has the flag that says so', (uid) => {
    const type = contentTypes.find((t) => t.uid === uid)!;
    expect(type.attributes.national?.type).toBe('boolean');
  });
});
