// Scanning text by code point: the helpers the Document's tokenizer and the claims' fine tokens share.

/** The code point at `i`, reading a surrogate pair only when both halves lie before `end` (as a slice would). */
export function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * A character classifier remembered per code point: `classify` (given the character, returning a
 * non-zero class below 256) runs once per BMP code point met (a table, lone surrogates included) and
 * once per astral one, up to 4096 of them.
 */
export function classesOf(classify: (ch: string) => number): (cp: number) => number {
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, number>();
  return (cp) => {
    if (cp < 0x10000) {
      let c = bmp[cp]!;
      if (c === 0) bmp[cp] = c = classify(String.fromCharCode(cp));
      return c;
    }
    let c = astral.get(cp);
    if (c === undefined) {
      c = classify(String.fromCodePoint(cp));
      if (astral.size < 4096) astral.set(cp, c);
    }
    return c;
  };
}
