/**
 * What a fetched file really is, by its first bytes: the build keeps pictures and videos the page
 * can show (the formats src/build/mimeTypes.ts serves), and nothing else, whatever the server said.
 */

export type Sniffed = { ext: 'png' | 'jpg' | 'gif' | 'webp' | 'svg' | 'mp4' | 'webm' } | { problem: string };

/** Content types a server may give a picture without naming its format (raw.githubusercontent.com: text/plain). */
const GENERIC = /^(application\/octet-stream|binary\/octet-stream|application\/binary|text\/plain)?$/;
const XML = /^(image\/svg\+xml|text\/xml|application\/xml)$/;

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

function rasterOrVideo(bytes: Uint8Array): Exclude<Sniffed, { problem: string }> | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ext: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ext: 'jpg' };
  if (/^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return { ext: 'gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { ext: 'webp' };
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return { ext: 'webm' };
  // ISO media: `ftyp` then a brand; pictures in this box (AVIF, HEIC) and QuickTime are not served.
  if (
    ascii(bytes, 4, 8) === 'ftyp' &&
    /^(isom|iso[2-9]|mp4[12]|avc1|M4V |dash|mmp4)$/.test(ascii(bytes, 8, 12))
  )
    return { ext: 'mp4' };
  return undefined;
}

/**
 * Whether text is an SVG document: its root element, after an XML declaration, comments and a
 * doctype, is `<svg`. One with script in it is refused: served from the deck's own origin, it
 * would run there if opened by itself.
 */
function svgProblem(bytes: Uint8Array): string | undefined | 'not svg' {
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 1_000_000))
    .replace(/^\uFEFF/, '');
  const prolog = /^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i.exec(text);
  const rest = text.slice(prolog?.[0].length ?? 0);
  if (!/^<svg[\s>/]/.test(rest)) return 'not svg';
  if (/<script\b|<foreignObject\b|\son[a-z]+\s*=|javascript:|<!ENTITY/i.test(text))
    return 'an SVG with script or entities in it is not served';
  return undefined;
}

/** The file's format from its bytes and declared type, or why it is not kept. */
export function sniffMedia(bytes: Uint8Array, declaredType: string): Sniffed {
  const declared = declaredType.split(';')[0].trim().toLowerCase();
  const named = declared === '' ? 'no content type' : declared;
  if (/^(text\/html|application\/xhtml\+xml|application\/(java|ecma)script|text\/javascript)$/.test(declared))
    return { problem: `not a picture or video (${named})` };
  const found = rasterOrVideo(bytes);
  if (found) {
    if (/^(image|video)\//.test(declared) || GENERIC.test(declared)) return found;
    return { problem: `not a picture or video (${named})` };
  }
  if (XML.test(declared) || GENERIC.test(declared)) {
    const svg = svgProblem(bytes);
    if (svg === undefined) return { ext: 'svg' };
    if (svg !== 'not svg') return { problem: svg };
  }
  if (/^(image|video)\//.test(declared)) return { problem: `a format the deck cannot serve (${named})` };
  return { problem: `not a picture or video (${named})` };
}
