// Colour and emphasis as plain functions, so renderers stay pure and tests
// can render with no escape codes at all.
import type { Urgency } from '../core/kb/vocabulary.js';

type Paint = (text: string) => string;

export interface Style {
  heading: Paint;
  strong: Paint;
  dim: Paint;
  id: Paint;
  warn: Paint;
  urgency: Record<Urgency, Paint>;
}

const same: Paint = (text) => text;

export const plainStyle: Style = {
  heading: same,
  strong: same,
  dim: same,
  id: same,
  warn: same,
  urgency: { emergency: same, urgent: same, doctor_soon: same },
};

export async function styleFor(color: boolean): Promise<Style> {
  if (!color) return plainStyle;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  // One argument only: chalk joins extra arguments with spaces, so passing a
  // chalk function straight to lines.map() would print the index and the array.
  const one =
    (paint: (...text: unknown[]) => string): Paint =>
    (text) =>
      paint(text);
  return {
    heading: one(chalk.bold.underline),
    strong: one(chalk.bold),
    dim: one(chalk.dim),
    id: one(chalk.cyan),
    warn: one(chalk.yellow),
    urgency: { emergency: one(chalk.bold.red), urgent: one(chalk.bold.yellow), doctor_soon: one(chalk.bold.blue) },
  };
}
