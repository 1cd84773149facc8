import type { ImportNote, NoteLevel } from './types';

/** More notes than this and the rest are summed up in one: a reader cannot use a thousand. */
export const MAX_NOTES = 100;

export interface Notes {
  info(message: string, paragraphIndex?: number): void;
  warn(message: string, paragraphIndex?: number): void;
  list(): ImportNote[];
}

export const createNotes = (): Notes => {
  const notes: ImportNote[] = [];
  let dropped = 0;
  const add = (level: NoteLevel, message: string, paragraphIndex?: number): void => {
    if (notes.length >= MAX_NOTES) {
      dropped += 1;
      return;
    }
    notes.push(paragraphIndex === undefined ? { level, message } : { level, message, paragraphIndex });
  };
  return {
    info: (message, paragraphIndex) => add('info', message, paragraphIndex),
    warn: (message, paragraphIndex) => add('warning', message, paragraphIndex),
    list: () => (dropped ? [...notes, { level: 'info', message: `${dropped} more notes left out.` }] : [...notes]),
  };
};
