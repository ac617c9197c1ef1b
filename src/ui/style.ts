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
  // chalk joins all its arguments, so never hand it straight to Array#map.
  const paint = (f: (...text: string[]) => string): Paint => (text) => f(text);
  return {
    heading: paint(chalk.bold.underline),
    strong: paint(chalk.bold),
    dim: paint(chalk.dim),
    id: paint(chalk.cyan),
    warn: paint(chalk.yellow),
    urgency: { emergency: paint(chalk.bold.red), urgent: paint(chalk.bold.yellow), doctor_soon: paint(chalk.bold.blue) },
  };
}
