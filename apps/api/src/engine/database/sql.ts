/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
