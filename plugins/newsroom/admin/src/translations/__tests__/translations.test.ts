import fs from 'node:fs';
import path from 'node:path';

import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

import en from '../en.json';
import fr from '../fr.json';

const SRC = path.resolve(__dirname, '..', '..');

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });

describe('admin translations', () => {
  it('has every English key in French, and nothing else', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(fr))
      expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
  });

  it('has an English string for every literal key the screens use', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    /** The ICU arguments a message uses ({count}, {count, plural, ...}), not the words of its plural branches. */
    const argumentsOf = (elements: MessageFormatElement[]): string[] =>
      elements.flatMap((element) => {
        if (element.type === TYPE.literal || element.type === TYPE.pound) return [];
        if (element.type === TYPE.plural || element.type === TYPE.select)
          return [element.value, ...Object.values(element.options).flatMap((option) => argumentsOf(option.value))];
        if (element.type === TYPE.tag) return argumentsOf(element.children);
        return [element.value];
      });
    const placeholders = (text: string) => [...new Set(argumentsOf(parse(text)))].sort();
    for (const [key, value] of Object.entries(en)) {
      expect({ key, placeholders: placeholders((fr as Record<string, string>)[key]!) }).toEqual({
        key,
        placeholders: placeholders(value),
      });
    }
  });
});
