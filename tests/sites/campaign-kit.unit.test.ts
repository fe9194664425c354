import { describe, expect, it } from 'vitest';
import { bannerLayout } from '../../packages/artwork/src/index.ts';
import { bannerOf, type CampaignKit, KIT_BANNERS } from '../../packages/builder/src/campaign-kit.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessiblePalette, contrast } from '../../sites/src/lib/colour.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';

// The banners' layout for titles long and short: the title and the body's name fit each size, drawn in the
// palette's text colour, which reads on the brand colour (WCAG AA, 4.5:1) for every body of the demo.
const kit = (title: string, image: string | null): CampaignKit => ({
  poster: {
    title,
    text: 'Mỗi người dân đều có thể học và dùng kỹ năng số để làm thủ tục, học tập và làm việc.',
    url: 'https://hanoi.gov.vn/nghi-quyet-57/chien-dich/binh-dan-hoc-vu-so/',
    bodyName: 'Thành phố Hà Nội',
    columnName: 'Chuyên mục Nghị quyết 57',
    scanToRead: 'Quét mã để đọc toàn văn',
    brand: '#a61b1b',
    onBrand: '#ffffff',
    decoration: '#f2c200',
    image,
    imageHash: image ? 'h' : null,
  },
  slug: 'binh-dan-hoc-vu-so',
  note: [],
});

describe('campaign kit banners', () => {
  for (const title of [
    'Bình dân học vụ số',
    'Phong trào “Bình dân học vụ số”: đưa kỹ năng số đến từng người dân, từng hộ gia đình ở mọi xã, phường, đặc khu',
  ])
    for (const image of [null, '/artwork.png'])
      it(`fits the title and the body's name in every size (${title.length} characters, ${image ? 'with' : 'without'} artwork)`, () => {
        for (const { name, width, height } of KIT_BANNERS) {
          const layout = bannerLayout(bannerOf(kit(title, image)), width, height);
          expect(layout.fits, name).toBe(true);
          expect(layout.svg).toContain(`width="${width}" height="${height}"`);
          if (image) expect(layout.art, name).not.toBeNull();
        }
      });

  it("draws text in a colour that reads on the brand colour, in every demo body's palette", () => {
    const manifest = JSON.parse(readFileSync(join(DEMO_SNAPSHOT_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.bodies.length).toBeGreaterThan(50);
    for (const body of manifest.bodies) {
      const palette = accessiblePalette(body.primaryColor, body.secondaryColor);
      expect(contrast(palette.onBrand, palette.brand), body.slug).toBeGreaterThanOrEqual(4.5);
    }
  });
});
