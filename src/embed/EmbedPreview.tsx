/**
 * A live preview of the embed at one width (360 or 730 px): a real iframe of embed.html that sizes
 * itself over the pym protocol, with the dialog playing the host page. Scaled down by a transform
 * when the dialog is narrower. Inert: it is a picture of the embed, not a second copy of the story
 * for keyboards and screen readers to wade through (the caption says what it shows).
 * Sizes are set as React style props, i.e. through the CSSOM, which a strict style-src allows.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { parsePixels, parsePymMessage } from './pymChild';
import { useT } from '../i18n/useT';

/** Props of EmbedPreview. */
export interface EmbedPreviewProps {
  /** The embed URL (embed.html with its options). */
  src: string;
  /** The width to render the embed at, in CSS pixels. */
  width: number;
  /** Called with each height the embed reports. */
  onHeight?: (px: number) => void;
}

/** Height shown until the embed reports its own (it does within a frame or two of loading). */
const FIRST_HEIGHT = 480;

/** One preview frame with its caption. */
export function EmbedPreview({ src, width, onHeight }: EmbedPreviewProps) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  const [scale, setScale] = useState(1);
  const childId = `embed-preview-${width}`;
  // What pym's parent would add: the child answers to this id.
  const frameSrc = useMemo(() => {
    const url = new URL(src);
    url.searchParams.set('initialWidth', String(width));
    url.searchParams.set('childId', childId);
    return url.href;
  }, [src, width, childId]);

  useEffect(() => {
    const onMessage = (event: MessageEvent<unknown>) => {
      // Only this preview's own frame, only its pym height message.
      if (!frame.current || event.source !== frame.current.contentWindow) return;
      const message = parsePymMessage(event.data, childId);
      const px = message?.type === 'height' ? parsePixels(message.payload) : null;
      if (px === null) return;
      setHeight(px);
      onHeight?.(px);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [childId, onHeight]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setScale(Math.min(1, el.clientWidth / width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [width]);

  const shown = height ?? FIRST_HEIGHT;
  return (
    <figure className="m-0 min-w-0 shrink-0" style={{ width, maxWidth: '100%' }}>
      <figcaption className="mb-2 text-sm text-muted">
        <span className="font-semibold text-fg">{t('embed.previewWidth', { width })}</span>
        {scale < 0.995 && t('embed.previewScale', { percent: Math.round(scale * 100) })}
        {height !== null ? t('embed.previewHeight', { height }) : t('embed.previewLoading')}
      </figcaption>
      <div ref={box} inert className="overflow-hidden rounded bg-bg ring-1 ring-line" style={{ height: Math.ceil(shown * scale) }}>
        <iframe
          ref={frame}
          src={frameSrc}
          title={t('embed.previewFrame', { width })}
          width={width}
          height={shown}
          className="origin-top-left"
          style={{ transform: scale < 1 ? `scale(${scale})` : undefined }}
        />
      </div>
    </figure>
  );
}
