// A problem found in a knowledge base, before it is placed in a file.
export type PathSegment = string | number;

export interface KbProblem {
  /** Which part of the base (and so which file) the problem is in. */
  part: string;
  path: PathSegment[];
  message: string;
}

/** `remedies[3].dose.session.max` */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((out, seg) => {
    if (typeof seg === 'number') return `${out}[${seg}]`;
    return out === '' ? seg : `${out}.${seg}`;
  }, '');
}
