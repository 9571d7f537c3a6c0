import { describe, expect, it } from 'vitest';
import { DEFAULT_PYM_SCRIPT, embedSrc, escapeHtml, fullPageHref, iframeSnippet, pymSnippet, safeScriptSrc } from '../../src/embed/snippet';

const HOSTILE = 'Pompeo “meets” Putin: <script>alert(1)</script> & the "reset" \'talks\'';

/** Parses a snippet the way a CMS would and returns its first element. */
function attrsOf(html: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}\\s([^>]*)>`).exec(html);
  if (!m?.[1]) throw new Error(`no <${tag}>`);
  const out: Record<string, string> = {};
  for (const a of m[1].matchAll(/([a-z-]+)="([^"]*)"/g)) {
    out[a[1] ?? ''] = (a[2] ?? '').replace(/&(amp|lt|gt|quot|#39);/g, (_x: string, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
  }
  return out;
}

describe('embedSrc', () => {
  it('points at embed.html beside the page, whatever the page is called', () => {
    expect(embedSrc('https://news.example/graphics/story/')).toBe('https://news.example/graphics/story/embed.html');
    expect(embedSrc('https://news.example/graphics/story/index.html#event=a')).toBe('https://news.example/graphics/story/embed.html');
  });
  it('carries the page’s valid options and drops invalid and unknown ones', () => {
    const src = embedSrc('https://n.example/s/?theme=dark&view=2019-05-01,2019-05-31&event=bad%20id&utm_source=x&data=other.json');
    const url = new URL(src);
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(url.searchParams.get('view')).toBe('2019-05-01,2019-05-31');
    expect(url.searchParams.get('data')).toBe('https://n.example/s/other.json');
    expect(url.searchParams.has('event')).toBe(false);
    expect(url.searchParams.has('utm_source')).toBe(false);
  });
  it('applies the editor’s choices over the page’s options', () => {
    expect(embedSrc('https://n.example/s/?theme=dark&event=a', { theme: 'auto', event: 'b' })).toBe('https://n.example/s/embed.html?event=b');
    expect(embedSrc('https://n.example/s/?event=a', { event: null })).toBe('https://n.example/s/embed.html');
  });
  it('embeds another dataset from the page without a story of its own, and links back to it', () => {
    const src = embedSrc('https://n.example/s/?data=other.json&event=a');
    expect(src).toBe('https://n.example/s/app.html?embed=1&event=a&data=https%3A%2F%2Fn.example%2Fs%2Fother.json');
    expect(fullPageHref(src)).toBe('https://n.example/s/app.html?event=a&data=https%3A%2F%2Fn.example%2Fs%2Fother.json');
  });
  it('never carries a javascript: data URL', () => {
    expect(new URL(embedSrc('https://n.example/s/?data=javascript:alert(1)')).searchParams.has('data')).toBe(false);
  });
});

describe('iframeSnippet', () => {
  const html = iframeSnippet({ src: 'https://n.example/s/embed.html?theme=dark&event=a', title: HOSTILE, height: 612.4 });
  it('escapes the title and the address', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&amp;event=a');
    const a = attrsOf(html, 'iframe');
    expect(a.title).toBe(HOSTILE);
    expect(a.src).toBe('https://n.example/s/embed.html?theme=dark&event=a&layout=horizontal');
  });
  it('has the attributes newsrooms expect, and no style', () => {
    const a = attrsOf(html, 'iframe');
    expect(a).toMatchObject({ width: '100%', height: '612', loading: 'lazy', frameborder: '0' });
    expect(html).not.toMatch(/style=/);
    expect(html).toMatch(/<\/iframe>$/);
  });
  it('keeps the starting height sane', () => {
    expect(attrsOf(iframeSnippet({ src: 'https://n.example/', title: 't', height: Number.NaN }), 'iframe').height).toBe('600');
    expect(attrsOf(iframeSnippet({ src: 'https://n.example/', title: 't', height: 20 }), 'iframe').height).toBe('150');
  });
});

describe('pymSnippet', () => {
  const target = { src: 'https://n.example/s/embed.html?theme=dark', title: HOSTILE, height: 600 };
  it('is NPR’s one-line loader with the host’s own pym.js', () => {
    const html = pymSnippet(target, 'https://cdn.news.example/js/pym.v1.min.js');
    expect(html).not.toContain('\n');
    expect(attrsOf(html, 'div')).toEqual({ 'data-pym-src': target.src, 'data-pym-title': HOSTILE });
    expect(attrsOf(html, 'script')).toEqual({ src: 'https://cdn.news.example/js/pym.v1.min.js' });
    expect(html).toMatch(/^<div [^>]*><a href="[^"]*">[^<]*<\/a><\/div><script src="[^"]*"><\/script>$/);
  });
  it('links to the full page for readers whose CMS strips the script', () => {
    const html = pymSnippet(target);
    expect(attrsOf(html, 'a').href).toBe('https://n.example/s/?theme=dark');
    expect(html).toContain(`>${escapeHtml(HOSTILE)}</a>`);
  });
  it('falls back to the default script path for an unusable address', () => {
    for (const bad of ['javascript:alert(1)', '//evil.example/pym.js', '/a"onload="x', 'pym.js']) {
      expect(attrsOf(pymSnippet(target, bad), 'script').src).toBe(DEFAULT_PYM_SCRIPT);
    }
  });
});

describe('helpers', () => {
  it('escapeHtml escapes the five specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
  it('safeScriptSrc accepts root paths and http(s) only', () => {
    expect(safeScriptSrc(' /js/pym.v1.min.js ')).toBe('/js/pym.v1.min.js');
    expect(safeScriptSrc('https://a.example/pym.js')).toBe('https://a.example/pym.js');
    expect(safeScriptSrc('https://u:p@a.example/pym.js')).toBeNull();
    expect(safeScriptSrc('data:text/javascript,1')).toBeNull();
  });
  it('fullPageHref drops embed.html and keeps the options', () => {
    expect(fullPageHref('https://n.example/s/embed.html?event=a')).toBe('https://n.example/s/?event=a');
  });
});
