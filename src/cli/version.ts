// What --version prints: the version, then whether a clinician has signed off the built-in knowledge base.
import { versionReviewLine } from '../kb/source.js';

declare const __BACKCARE_VERSION__: string;

export function versionText(): string {
  return `${__BACKCARE_VERSION__}\n${versionReviewLine()}\n`;
}
