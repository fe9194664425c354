import sharp from 'sharp';

/**
 * Demo pictures drawn from code: abstract shapes in the programme's themes, no text (so nothing
 * depends on the machine's fonts) and byte-for-byte the same on every run.
 */
export interface Artwork {
  name: string;
  buffer: Buffer;
  ext: string;
  mime: string;
}

/** Small deterministic PRNG (mulberry32) seeded from a string. */
function random(seedText: string) {
  let seed = 0;
  for (const ch of seedText) seed = (Math.imul(seed, 31) + ch.codePointAt(0)!) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PALETTES = [
  ['#0b3d91', '#1f6fd1', '#f2c200', '#e8f1ff'],
  ['#7a1020', '#c0392b', '#f5b041', '#fff4e6'],
  ['#0e5e3a', '#27ae60', '#f1c40f', '#eafaf1'],
  ['#3b1f6b', '#8e44ad', '#48c9b0', '#f4ecf7'],
  ['#0a4d5c', '#17a2b8', '#ffd166', '#e6f7fa'],
  ['#5a3510', '#d35400', '#2e86c1', '#fdf2e9'],
];

function motif(kind: number, rnd: () => number, w: number, h: number, colours: string[]): string {
  const parts: string[] = [];
  if (kind === 0) {
    // circuit board: traces and pads
    for (let i = 0; i < 26; i++) {
      const x = Math.round(rnd() * w),
        y = Math.round(rnd() * h),
        len = 60 + rnd() * 220;
      const horizontal = rnd() > 0.5;
      const x2 = horizontal ? x + len : x,
        y2 = horizontal ? y : y + len;
      parts.push(
        `<path d="M${x} ${y} L${x2} ${y2} L${x2 + 40} ${y2 + 40}" stroke="${colours[2]}" stroke-width="6" fill="none" opacity="0.8"/>`,
      );
      parts.push(`<circle cx="${x2 + 40}" cy="${y2 + 40}" r="11" fill="${colours[3]}"/>`);
    }
  } else if (kind === 1) {
    // atom: orbits around a nucleus
    const cx = w * (0.35 + rnd() * 0.3),
      cy = h * 0.5,
      r = Math.min(w, h) * 0.38;
    for (let i = 0; i < 3; i++) {
      parts.push(
        `<ellipse cx="${cx}" cy="${cy}" rx="${r}" ry="${r * 0.36}" transform="rotate(${i * 60} ${cx} ${cy})" ` +
          `stroke="${colours[3]}" stroke-width="8" fill="none"/>`,
      );
    }
    parts.push(`<circle cx="${cx}" cy="${cy}" r="${r * 0.14}" fill="${colours[2]}"/>`);
  } else if (kind === 2) {
    // rising bar chart: growth of the digital economy
    const bars = 7,
      bw = w / (bars * 1.6);
    for (let i = 0; i < bars; i++) {
      const bh = h * (0.15 + (i / bars) * 0.6 + rnd() * 0.08);
      parts.push(
        `<rect x="${w * 0.1 + i * bw * 1.5}" y="${h * 0.88 - bh}" width="${bw}" height="${bh}" rx="8" ` +
          `fill="${i % 2 ? colours[2] : colours[3]}"/>`,
      );
    }
  } else if (kind === 3) {
    // rice terraces and a signal tower: smart agriculture
    for (let i = 0; i < 6; i++) {
      const y = h * (0.45 + i * 0.09);
      parts.push(
        `<path d="M0 ${y} Q ${w * 0.3} ${y - 50 + rnd() * 30} ${w * 0.6} ${y} T ${w} ${y} V ${h} H 0 Z" ` +
          `fill="${i % 2 ? colours[1] : colours[0]}" opacity="0.85"/>`,
      );
    }
    const tx = w * (0.6 + rnd() * 0.25);
    parts.push(
      `<path d="M${tx} ${h * 0.12} L${tx - 40} ${h * 0.55} M${tx} ${h * 0.12} L${tx + 40} ${h * 0.55}" ` +
        `stroke="${colours[3]}" stroke-width="8"/>`,
    );
    for (let i = 1; i <= 3; i++)
      parts.push(
        `<path d="M${tx - 30 * i} ${h * 0.1 - 10 * i} A ${34 * i} ${34 * i} 0 0 1 ${tx + 30 * i} ${h * 0.1 - 10 * i}" ` +
          `stroke="${colours[2]}" stroke-width="6" fill="none"/>`,
      );
  } else {
    // network of nodes: data and connectivity
    const nodes = Array.from({ length: 14 }, () => [w * (0.08 + rnd() * 0.84), h * (0.1 + rnd() * 0.8)]);
    nodes.forEach(([x, y], i) => {
      const [x2, y2] = nodes[(i * 5 + 3) % nodes.length];
      parts.push(`<line x1="${x}" y1="${y}" x2="${x2}" y2="${y2}" stroke="${colours[3]}" stroke-width="4" opacity="0.7"/>`);
    });
    nodes.forEach(([x, y], i) =>
      parts.push(`<circle cx="${x}" cy="${y}" r="${10 + (i % 4) * 6}" fill="${i % 3 ? colours[2] : colours[3]}"/>`),
    );
  }
  return parts.join('');
}

function scene(name: string, w: number, h: number): string {
  const rnd = random(name);
  const colours = PALETTES[Math.floor(rnd() * PALETTES.length)];
  const kind = Math.floor(rnd() * 5);
  const gradient =
    '<linearGradient id="g" x1="0" y1="0" x2="1" y2="1">' +
    `<stop offset="0" stop-color="${colours[0]}"/><stop offset="1" stop-color="${colours[1]}"/></linearGradient>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<defs>${gradient}</defs>
<rect width="${w}" height="${h}" fill="url(#g)"/>${motif(kind, rnd, w, h, colours)}</svg>`;
}

async function raster(name: string, svg: string, format: 'jpeg' | 'png'): Promise<Artwork> {
  const image = sharp(Buffer.from(svg));
  const buffer =
    format === 'jpeg' ? await image.jpeg({ quality: 78, mozjpeg: true }).toBuffer() : await image.png({ compressionLevel: 9 }).toBuffer();
  return { name, buffer, ext: format === 'jpeg' ? 'jpg' : 'png', mime: `image/${format}` };
}

const SIZES: Record<string, [number, number]> = {
  cover: [1200, 675],
  poster: [800, 1131],
  infographic: [800, 1600],
  banner: [1600, 400],
  honour: [900, 600],
};

/** An illustration by name, e.g. "cover-03", "poster-01", "banner-02", "honour-04". */
export async function illustration(name: string): Promise<Artwork> {
  const family = name.split('-')[0];
  const [w, h] = SIZES[family] ?? SIZES.cover;
  return raster(name, scene(name, w, h), 'jpeg');
}

/** A body's emblem: concentric rings in its brand colours with a star, as a square PNG. */
export async function logo(slug: string, primary: string, secondary: string): Promise<Artwork> {
  const rnd = random(slug);
  const points = 5;
  const star = Array.from({ length: points * 2 }, (_, i) => {
    const r = i % 2 ? 34 : 80,
      a = (Math.PI / points) * i - Math.PI / 2;
    return `${128 + r * Math.cos(a)},${128 + r * Math.sin(a)}`;
  }).join(' ');
  const rayCount = 12 + Math.floor(rnd() * 12);
  const rays = Array.from({ length: rayCount }, (_, i) => {
    const a = (2 * Math.PI * i) / rayCount;
    return (
      `<line x1="${128 + 96 * Math.cos(a)}" y1="${128 + 96 * Math.sin(a)}" ` +
      `x2="${128 + 116 * Math.cos(a)}" y2="${128 + 116 * Math.sin(a)}" stroke="${secondary}" stroke-width="5"/>`
    );
  }).join('');
  const ring = `<circle cx="128" cy="128" r="90" fill="none" stroke="${secondary}" stroke-width="6"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
<circle cx="128" cy="128" r="124" fill="${primary}"/>${rays}${ring}
<polygon points="${star}" fill="${secondary}"/></svg>`;
  return raster(`logo-${slug}`, svg, 'png');
}

/** A one-page PDF guide, written by hand so it needs no PDF library (ASCII text only). */
export function guidePdf(name: string, lines: string[]): Artwork {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const text = lines.map((line, i) => `BT /F1 ${i === 0 ? 20 : 12} Tf 60 ${760 - i * 28} Td (${escape(line)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { name, buffer: Buffer.from(body, 'latin1'), ext: 'pdf', mime: 'application/pdf' };
}
