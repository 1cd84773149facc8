export interface Token {
  /** The word without the punctuation around it; keeps the period of "Mr." and of an initial. */
  word: string;
  index: number;
  end: number;
  /** Punctuation before the word ("(", "“"): nothing before it continues into it. */
  opens: boolean;
  /** Punctuation after the word (",", ".", "”"): the phrase it belongs to ends with it. */
  closes: string;
}

const LEADING = '“"‘«([';
const TRAILING = ',.;:!?)”"’»]…';
const KEEPS_PERIOD = /^(?:\p{Lu}|Mr|Mrs|Ms|Mx|Dr|Prof|St|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Brig|H\.E|Jr|Sr)\.$/u;

/** How many characters of `chars` the text starts (step 1) or ends (step -1) with; a loop, not a regex. */
const countFrom = (text: string, chars: string, step: 1 | -1): number => {
  let count = 0;
  let at = step === 1 ? 0 : text.length - 1;
  while (at >= 0 && at < text.length && chars.includes(text[at] ?? '')) {
    count += 1;
    at += step;
  }
  return count;
};

/** The whitespace-separated words of `text`, punctuation split off; the first `limit` of them. */
export const tokenise = (text: string, limit = Infinity): Token[] => {
  const tokens: Token[] = [];
  const words = /\S+/g;
  for (let match = words.exec(text); match && tokens.length < limit; match = words.exec(text)) {
    const raw = match[0];
    const lead = raw.slice(0, countFrom(raw, LEADING, 1));
    let core = raw.slice(lead.length);
    let trail = core.slice(core.length - countFrom(core, TRAILING, -1));
    if (trail.startsWith('.') && KEEPS_PERIOD.test(core.slice(0, core.length - trail.length + 1)))
      trail = trail.slice(1);
    core = core.slice(0, core.length - trail.length);
    if (!core) continue;
    const index = match.index + lead.length;
    tokens.push({ word: core, index, end: index + core.length, opens: lead !== '', closes: trail });
  }
  return tokens;
};
