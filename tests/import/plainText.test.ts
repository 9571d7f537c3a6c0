import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlLinks, htmlToLine, htmlToPlainText } from '../../src/import/plainText';
import { decodeEntities } from '../../src/import/htmlEntities';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';

describe('htmlToPlainText', () => {
  it('removes tags and keeps their text', () => {
    expect(htmlToPlainText('The talks were <b>productive</b>, <a href="https://x.example">says</a> the <i>Kremlin</i>.')).toBe(
      'The talks were productive, says the Kremlin.',
    );
  });
  it('separates paragraphs with a blank line and keeps line breaks', () => {
    expect(htmlToPlainText('<p>One.</p><p>Two<br>lines.</p>\n<ul><li>a</li><li>b</li></ul>')).toBe('One.\n\nTwo\nlines.\n\na\n\nb');
  });
  it('drops scripts, styles, comments and declarations with their content', () => {
    expect(htmlToPlainText('<!DOCTYPE html><style>p{}</style>A<script>alert("x")</script>B<!-- note -->C')).toBe('ABC');
    expect(htmlToPlainText('Before<script>never closed')).toBe('Before');
  });
  it('does not end a tag at a ">" inside a quoted attribute', () => {
    expect(htmlToPlainText('<a title="a > b" href="#">link</a> text')).toBe('link text');
  });
  it('reads a quote as a value only after "=": `<b">` is a tag, and a value may hold ">"', () => {
    expect(htmlToPlainText('a<b">c')).toBe('ac');
    expect(htmlToPlainText('<a b = "c>d" e=f>x</a>')).toBe('x');
  });
  it('gives up on a tag that never closes in linear time', () => {
    // Thousands of attributes and no ">": each is tried once, not every way of splitting them.
    expect(htmlToPlainText(`x <a${' y=""'.repeat(20_000)}`)).toBe('x');
  });
  it('removes a tag cut off by the end of the text', () => {
    expect(htmlToPlainText('Summit <a href="https://x')).toBe('Summit');
  });
  it('leaves a lone "<" that starts no tag', () => {
    expect(htmlToPlainText('2 < 3 and x <- y')).toBe('2 < 3 and x <- y');
  });
  it('leaves no tag that removing another tag would form', () => {
    expect(htmlToPlainText('<<b>b>bold<</b>/b>')).toBe('bold');
  });
  it('decodes entities after removing tags, so escaped markup stays text', () => {
    expect(htmlToPlainText('Use &lt;b&gt; for &quot;bold&quot; &amp; more')).toBe('Use <b> for "bold" & more');
  });
  it('collapses white space, including no-break spaces', () => {
    expect(htmlToPlainText('  a \t b&nbsp;&nbsp;c\n\n\n\nd  ')).toBe('a b c\n\nd');
  });
  it('never leaves a complete tag when the input has no entities', () => {
    const piece = fc.constantFrom('<', '>', '/', 'b', 'p', '!', '-', '"', "'", '=', ' ', 'x', '<b>', '</p>', '<!--', '-->', '<script>', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        expect(htmlToPlainText(pieces.join(''))).not.toMatch(/<\/?[A-Za-z][^>]*>|<[!?][^>]*>/);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('htmlToLine', () => {
  it('puts everything on one line', () => {
    expect(htmlToLine('<p>Trump &amp; Putin:</p><p>&ldquo;productive&rdquo;</p>')).toBe('Trump & Putin: “productive”');
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references once', () => {
    expect(decodeEntities('&eacute;&#233;&#xE9;&amp;lt;')).toBe('ééé&lt;');
  });
  it('leaves unknown names and bare ampersands as written', () => {
    expect(decodeEntities('AT&T &bogus; & x')).toBe('AT&T &bogus; & x');
  });
  it('decodes as the HTML spec does: legacy names without a semicolon, remapped numbers, every name', () => {
    // A bare "&amp" is a legacy reference: browsers show "&", so the import does too.
    expect(decodeEntities('&copy 2019 &amp')).toBe('© 2019 &');
    expect(decodeEntities('&#128;5 &#x80; &#150;')).toBe('€5 € –');
    expect(decodeEntities('&Kcedil;&rarr;&CounterClockwiseContourIntegral;&fjlig;')).toBe('Ķ→∳fj');
  });
  it('makes no-break spaces plain and drops soft hyphens', () => {
    expect(decodeEntities('a&nbsp;b&#160;c&shy;d')).toBe('a b cd');
  });
  it('turns impossible code points into U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });
});

describe('htmlLinks', () => {
  it('decodes an href as an attribute: a legacy name before "=" stays', () => {
    expect(htmlLinks('<a href="https://a.example/?x=1&copy=2&amp;y=&#128;">a</a>')).toEqual(['https://a.example/?x=1&copy=2&y=€']);
  });
  it('lists link targets in order, decoded', () => {
    expect(htmlLinks(`<a href="https://a.example/?x=1&amp;y=2">a</a> <A class=x HREF='b.html'>b</A> <a href=c>c</a>`)).toEqual([
      'https://a.example/?x=1&y=2',
      'b.html',
      'c',
    ]);
  });
});
