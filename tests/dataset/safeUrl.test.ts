import { describe, expect, it } from 'vitest';
import { resolveDataUrl, safeHttpUrl } from '../../src/dataset/safeUrl';

describe('safeHttpUrl', () => {
  it('keeps absolute http: and https: URLs, normalised', () => {
    expect(safeHttpUrl('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
    expect(safeHttpUrl('http://example.com')).toBe('http://example.com/');
    expect(safeHttpUrl('HTTPS://EXAMPLE.com/News Story')).toBe('https://example.com/News%20Story');
    expect(safeHttpUrl('https://xn--bcher-kva.example/')).toBe('https://xn--bcher-kva.example/');
    expect(safeHttpUrl('https://bücher.example/')).toBe('https://xn--bcher-kva.example/');
  });

  it('refuses script and data schemes in any casing', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)', 'file:///etc/passwd', 'blob:https://example.com/x', 'ftp://example.com/', 'mailto:a@example.com']) {
      expect(safeHttpUrl(url), url).toBeNull();
    }
  });

  it('refuses leading whitespace or control characters, and embedded tabs and newlines', () => {
    for (const url of [' javascript:alert(1)', '\u0000javascript:alert(1)', '\u001fhttps://example.com', 'java\tscript:alert(1)',
      'java\nscript:alert(1)', 'java\rscript:alert(1)', ' https://example.com', 'https://example.com/\n', 'ht\ttps://example.com',
      'https://exa\u007fmple.com']) {
      expect(safeHttpUrl(url), JSON.stringify(url)).toBeNull();
    }
  });

  it('refuses relative and protocol-relative URLs', () => {
    for (const url of ['//evil.example/x', '/path', 'example.com', '', 'https:', 'https://']) {
      expect(safeHttpUrl(url), url).toBeNull();
    }
  });

  it('refuses URLs with credentials, which can disguise the real host', () => {
    expect(safeHttpUrl('https://trusted.example@evil.example/')).toBeNull();
    expect(safeHttpUrl('https://user:pass@example.com/')).toBeNull();
  });

  it('returns null, not an exception, for non-strings that slip through', () => {
    expect(safeHttpUrl(42 as unknown as string)).toBeNull();
  });
});

describe('resolveDataUrl', () => {
  const page = 'https://news.example/graphics/timeline/?data=x';

  it('resolves a relative ?data= value against the page', () => {
    expect(resolveDataUrl('data/timeline.json', page)?.href).toBe('https://news.example/graphics/timeline/data/timeline.json');
    expect(resolveDataUrl('/feeds/t.json', page)?.href).toBe('https://news.example/feeds/t.json');
    expect(resolveDataUrl('//cdn.example/t.json', page)?.href).toBe('https://cdn.example/t.json');
  });

  it('accepts an absolute http(s) value', () => {
    expect(resolveDataUrl('https://cdn.example/t.json', page)?.href).toBe('https://cdn.example/t.json');
  });

  it('refuses anything that resolves to another scheme, or odd input', () => {
    for (const value of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:application/json,{}', 'java\tscript:alert(1)',
      ' javascript:alert(1)', '', 'file:///etc/passwd']) {
      expect(resolveDataUrl(value, page), JSON.stringify(value)).toBeNull();
    }
  });

  it('refuses everything when the base is not a URL, and relative values against a non-http base', () => {
    expect(resolveDataUrl('t.json', 'not a url')).toBeNull();
    expect(resolveDataUrl('t.json', 'file:///srv/index.html')).toBeNull();
  });
});
