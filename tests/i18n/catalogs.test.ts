import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { COMPILED_DIR, compiledCatalogs, readCatalog, sectionOf } from '../../scripts/catalogText';
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { loadLanguage, translator } from '../../src/i18n/i18n';

const root = resolve(import.meta.dirname, '../..');
const catalogs = new Map(LANGUAGES.map((l) => [l, readCatalog(root, l)]));
const en = catalogs.get('en')!;

interface Use { name: string; type: string | undefined; cases: string[] }

/** Every argument a compiled message uses, with its plural or select cases. */
function uses(message: CompiledMessage, out: Use[] = []): Use[] {
  for (const token of message) {
    if (typeof token === 'string') continue;
    const [name, type, format] = token;
    const cases = type === 'plural' || type === 'select' ? Object.keys(format as object).filter((k) => k !== 'offset') : [];
    out.push({ name, type, cases });
    if (cases.length) for (const k of cases) uses((format as Record<string, CompiledMessage>)[k]!, out);
  }
  return out;
}

const argumentNames = (message: string) => [...new Set(uses(compileMessageOrThrow(message)).map((u) => u.name))].sort();

describe('the interface catalogs', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every message of English and no other', (language) => {
    const catalog = catalogs.get(language)!;
    expect(Object.keys(catalog).filter((id) => !(id in en)), 'messages English does not have').toEqual([]);
    expect(Object.keys(en).filter((id) => !(id in catalog)), 'messages missing').toEqual([]);
  });

  it.each(LANGUAGES)('%s: every message is valid ICU and uses the same arguments as English', (language) => {
    for (const [id, message] of Object.entries(catalogs.get(language)!)) {
      expect(argumentNames(message), `${language} "${id}"`).toEqual(argumentNames(en[id]!));
      expect(message.trim(), `${language} "${id}" is empty`).not.toBe('');
    }
  });

  // Russian (one/few/many) and Arabic (zero/one/two/few/many/other) are where a missing form shows;
  // Hebrew has a dual. Every plural must give every form the language's rules choose between.
  it.each(['ru', 'ar', 'he'] as const)('%s: every plural has every form of the language', (language) => {
    const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [id, message] of Object.entries(catalogs.get(language)!)) {
      for (const use of uses(compileMessageOrThrow(message)).filter((u) => u.type === 'plural')) {
        expect(use.cases, `${language} "${id}" {${use.name}, plural}`).toEqual(expect.arrayContaining([...forms]));
      }
    }
  });

  // The English words of a part loaded on first use arrive with that part: only its own modules may show them.
  it('words of a lazily loaded part are used only by that part', () => {
    const owners: Record<string, string[]> = {
      embed: ['src/embed/EmbedDialog.tsx', 'src/embed/SnippetField.tsx', 'src/embed/EmbedPreview.tsx'],
      reader: ['src/quotes/SourceReader.tsx'],
    };
    const files = readdirSync(resolve(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('i18n'))
      .map((f) => resolve(root, 'src', f));
    for (const file of files) {
      const name = relative(root, file);
      for (const [, id] of readFileSync(file, 'utf8').matchAll(/'([a-zA-Z]+\.[a-zA-Z0-9]+)'/g)) {
        const section = id! in en ? sectionOf(id!) : null;
        if (section) expect(owners[section], `${name} uses "${id}"`).toContain(name);
      }
    }
  });

  it('every message translates without a warning from the runtime (which warns on uncompiled ones)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (const language of LANGUAGES) {
        await loadLanguage(language);
        const t = translator(language);
        for (const [id, message] of Object.entries(catalogs.get(language)!)) {
          const values = Object.fromEntries(uses(compileMessageOrThrow(message)).map((u) => [u.name, u.type === 'plural' ? 2 : 'x']));
          t(id as Parameters<typeof t>[0], values);
        }
      }
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('the compiled modules are fresh (npm run catalogs)', () => {
    for (const [name, text] of compiledCatalogs(root)) {
      expect(readFileSync(resolve(root, COMPILED_DIR, `${name}.ts`), 'utf8'), `${COMPILED_DIR}/${name}.ts`).toBe(text);
    }
  });
});

describe('plurals by the language\'s rules', () => {
  beforeAll(() => Promise.all(LANGUAGES.map((l: Language) => loadLanguage(l))));

  it('Russian: one, few, many', () => {
    const t = translator('ru');
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => t('who.count', { count }))).toEqual([
      '1 цитата', '2 цитаты', '5 цитат', '11 цитат', '21 цитата', '22 цитаты', '25 цитат',
    ]);
    expect(t('filters.shown', { shown: 2, total: 21 })).toBe('Показано 2 из 21 события.');
  });

  it('Arabic: zero, one, two, few, many, other', () => {
    const t = translator('ar');
    const n = (x: number) => new Intl.NumberFormat('ar').format(x);
    expect([0, 1, 2, 3, 11, 100].map((count) => t('card.events', { count }))).toEqual([
      'لا أحداث', 'حدث واحد', 'حدثان', `${n(3)} أحداث`, `${n(11)} حدثًا`, `${n(100)} حدث`,
    ]);
  });

  it('Hebrew has a dual; Chinese one form', () => {
    expect([1, 2, 7].map((count) => translator('he')('who.count', { count }))).toEqual(['ציטוט אחד', 'שני ציטוטים', '7 ציטוטים']);
    expect([1, 7].map((count) => translator('zh')('who.count', { count }))).toEqual(['1 条引语', '7 条引语']);
  });

  it('English until a catalog is loaded', () => {
    expect(translator('en')('zoom.in')).toBe('Zoom in');
    expect(translator('fr')('zoom.in')).toBe('Zoomer');
  });
});
