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
  return {
    heading: chalk.bold.underline,
    strong: chalk.bold,
    dim: chalk.dim,
    id: chalk.cyan,
    warn: chalk.yellow,
    urgency: { emergency: chalk.bold.red, urgent: chalk.bold.yellow, doctor_soon: chalk.bold.blue },
  };
}
