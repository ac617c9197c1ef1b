// The files that ship inside the package (dist/kb-data/, data/), found from
// the folder of the running bundle: the build defines __PACKAGE_ROOT__ as the
// way up from each bundle to the package, and the tests, which run the
// sources, as the repository's absolute path. A plain path, not a URL: making
// and parsing file URLs was about 2 M instructions of every command that
// reads the knowledge base.
import { resolve } from 'node:path';

declare const __PACKAGE_ROOT__: string;

let root: string | undefined;

/** The absolute path of `relative` ("dist/kb-data/meta.json", "data") inside the installed package. */
export function packagePath(relative: string): string {
  root ??= resolve(import.meta.dirname, __PACKAGE_ROOT__);
  return resolve(root, relative);
}
