// Colour and emphasis as plain functions, so renderers stay pure and tests
// can render with no escape codes at all.
import type { Urgency } from '../core/vocabulary.js';

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

/**
 * Styles whose colour is a mark (see colour-marks.ts), turned into colour by
 * writeOut after the text is escaped; the SGR codes are chalk's at level 1.
 */
export async function styleFor(color: boolean): Promise<Style> {
  if (!color) return plainStyle;
  const { colourMark } = await import('../runtime/colour-marks.js');
  const sgr =
    (...pairs: [string, string][]): Paint =>
    (text) =>
      pairs.map(([open]) => colourMark(open)).join('') +
      text +
      [...pairs]
        .reverse()
        .map(([, close]) => colourMark(close))
        .join('');
  const bold: [string, string] = ['1', '22'];
  return {
    heading: sgr(bold, ['4', '24']),
    strong: sgr(bold),
    dim: sgr(['2', '22']),
    id: sgr(['36', '39']),
    warn: sgr(['33', '39']),
    urgency: {
      emergency: sgr(bold, ['31', '39']),
      urgent: sgr(bold, ['33', '39']),
      doctor_soon: sgr(bold, ['34', '39']),
    },
  };
}
