// The prompt library's theme without colour. The library decides colour for
// itself from the terminal and NO_COLOR, so it never sees --no-color; when
// backcare has decided against colour, every prompt is given this theme,
// which keeps the library's symbols and drops only the escape sequences.

const same = (text: string): string => text;

export const PLAIN_THEME = {
  prefix: { idle: '?', done: '\u2714' },
  spinner: { interval: 80, frames: ['-', '\\', '|', '/'] },
  icon: { cursor: '\u276f', checked: '\u25c9', unchecked: '\u25ef' },
  style: {
    answer: same,
    message: same,
    error: (text: string) => `> ${text}`,
    defaultAnswer: (text: string) => `(${text})`,
    help: same,
    highlight: same,
    key: (text: string) => `<${text}>`,
    description: same,
    disabled: (text: string) => `- ${text}`,
    disabledChoice: (text: string) => `- ${text}`,
    keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${action}`).join(' \u2022 '),
  },
};
