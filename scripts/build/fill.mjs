// Writing build data into a source file: one JSON value in place of one token, so the source
// stays real, linted JavaScript (the token is a valid expression: `self.__BUILD__`).

/** `source` with `value` as JSON in place of `token`. Throws unless the token is there once. */
export function fillToken(source, token, value) {
  if (source.split(token).length !== 2) throw new Error(`the source must hold ${token} exactly once`);
  return source.replace(token, () => JSON.stringify(value));
}
