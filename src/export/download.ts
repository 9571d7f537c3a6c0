/**
 * "Download image": the current view (src/export/imageSvg.ts) saved as an SVG file, or as a PNG at
 * 1× or 2× the screen's pixels. Loaded on first use, like the other downloads. The PNG is drawn
 * from a data: URL (the strict CSP allows `img-src data:`, not blob:), then saved through a blob
 * link as every download here is.
 */
import type { Timeline } from '../dataset/model';
import { creditLine, fileStem, shareAddress, type ImageText } from './imageText';
import { saveFile } from '../download/saveFile';
import { imageSvg, rangeInView } from './imageSvg';
import type { Translate } from '../i18n/i18n';

/** What "Download image" can save. */
export type ImageKind = 'svg' | 'png' | 'png2x';

const save = (name: string, blob: Blob) => saveFile(name, blob.type, blob);

/** The words around the picture of the current view. */
export function currentImageText(timeline: Timeline, t: Translate, doc: Document = document): ImageText {
  return { title: timeline.title, subtitle: rangeInView(doc), credit: creditLine(timeline, t, shareAddress(doc.location.href)) };
}

/** Draws the SVG onto a canvas `scale` times its size and returns the PNG; rejects with a sentence in `t`'s language. */
export async function svgToPng(svg: string, scale: number, t: Translate): Promise<Blob> {
  const img = new Image();
  img.decoding = 'sync';
  const loaded = new Promise<void>((ok, fail) => {
    img.onload = () => ok();
    img.onerror = () => fail(new Error(t('image.cannotDraw')));
  });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(img.naturalWidth * scale);
  canvas.height = Math.round(img.naturalHeight * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('image.noCanvas'));
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error(t('image.cannotEncode')))), 'image/png'));
}

/**
 * Saves the picture of the current view as `kind`. Throws with a sentence to show when there is no
 * chart on the page or the browser cannot draw it.
 */
export async function downloadImage(timeline: Timeline, kind: ImageKind, t: Translate): Promise<void> {
  const svg = imageSvg(document, currentImageText(timeline, t));
  if (!svg) throw new Error(t('image.noChart'));
  const stem = `${fileStem(timeline)}-timeline`;
  if (kind === 'svg') {
    save(`${stem}.svg`, new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' }));
    return;
  }
  const scale = kind === 'png2x' ? 2 : 1;
  save(`${stem}${scale === 2 ? '@2x' : ''}.png`, await svgToPng(svg, scale, t));
}
