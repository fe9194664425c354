import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedScript } from '../../packages/builder/src/embed-scripts.ts';
import { EMBED_SCRIPT_TEXT } from '../../sites/src/lib/embed-script-text.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

// frame.js and widget.js run in a portal's browser and cannot import their text: they carry placeholders,
// which the builder fills from the catalogue 'sites/embed-scripts' when it writes them into a column.
// These read the scripts as a column serves them.

const { vi, en } = EMBED_SCRIPT_TEXT.messages;

describe('the embed scripts say what their catalogue says', () => {
  it("frame.js names the iframe with the catalogue's title when the snippet gives none", () => {
    const fallback = /getAttribute\('data-title'\) \|\| '([^']*)'/.exec(embedScript('frame.js'));
    expect(fallback?.[1]).toBe(vi.frameTitle);
  });

  it("widget.js's labels are the catalogue's, in both languages", () => {
    const literal = /\bvar LABELS = (\{.*\});\n/.exec(embedScript('widget.js'));
    expect(literal, 'var LABELS = { vi: {...}, en: {...} }; in widget.js').not.toBeNull();
    // The object literal is data (no calls, no names), so evaluating it reads it the way the browser does.
    const labels = new Function(`return ${literal![1]};`)() as unknown;
    expect(labels).toEqual({
      vi: { title: vi.widgetTitle, more: vi.widgetMore },
      en: { title: en.widgetTitle, more: en.widgetMore },
    });
  });

  it('every placeholder of the sources is filled, and none is left in what a column serves', () => {
    for (const file of ['frame.js', 'widget.js'] as const) {
      expect(readFileSync(join(ROOT, 'sites', 'embed', file), 'utf8'), file).toMatch(/\/\*[A-Z_]+\*\//);
      expect(embedScript(file), file).not.toMatch(/\/\*[A-Z_]+\*\//);
    }
  });
});
