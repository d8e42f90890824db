// lz-string's `compressToEncodedURIComponent` (MIT licence, Pieroxy, https://github.com/pieroxy/lz-string),
// the part a share link's `a=` uses, so tests can make links by hand (a rule set from the future,
// say). The page and the CLI use its Rust port, lz-str; keep-test checks the two agree.

const KEYS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/** `text` compressed into lz-string's URL-safe alphabet (6 bits a character). */
export function compressToEncodedURIComponent(text) {
  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const dict = {}; const toCreate = {}; const data = [];
  let w = ''; let enlarge = 2; let dictSize = 3; let numBits = 2; let val = 0; let pos = 0;
  const put = (bit) => {
    val = (val << 1) | bit;
    if (pos === 5) { pos = 0; data.push(KEYS.charAt(val)); val = 0; } else pos += 1;
  };
  const putBits = (n, value) => { for (let i = 0; i < n; i += 1) { put(value & 1); value >>= 1; } };
  const grow = () => { enlarge -= 1; if (enlarge === 0) { enlarge = 2 ** numBits; numBits += 1; } };
  const emit = () => {
    if (has(toCreate, w)) {
      const code = w.charCodeAt(0);
      if (code < 256) { putBits(numBits, 0); putBits(8, code); } else { putBits(numBits, 1); putBits(16, code); }
      grow();
      delete toCreate[w];
    } else {
      putBits(numBits, dict[w]);
    }
    grow();
  };
  for (const c of text) {
    if (!has(dict, c)) { dict[c] = dictSize; dictSize += 1; toCreate[c] = true; }
    const wc = w + c;
    if (has(dict, wc)) { w = wc; continue; }
    emit();
    dict[wc] = dictSize; dictSize += 1;
    w = c;
  }
  if (w !== '') emit();
  putBits(numBits, 2);
  for (;;) { val <<= 1; if (pos === 5) { data.push(KEYS.charAt(val)); break; } pos += 1; }
  return data.join('');
}
