// The limits a person or a script can meet on the command line, in one place:
// checks, messages and help read them from here.

export const LIMITS = {
  /** Characters in a diary note (log --note), after control characters are removed. */
  noteChars: 2000,
  /** The longest duration a flag takes (--ice, --heat, --rest): a sanity bound for typing, not a clinical rule. */
  flagDuration: { seconds: 24 * 3600, text: '24h', example: '20m' },
  /** How far back history --days reaches: ten years. */
  historyDays: 3660,
  /** Sessions one ice-heat-timer run may count. */
  timerCycles: 20,
  /** An answers file, or answers on stdin: far more than any set of answers needs. */
  answersBytes: 1024 * 1024,
  /** How long the calendar's daily pain-score reminder runs: 6 weeks, the usual course of an episode. */
  reminderDays: 42,
  /** The longest BACKCARE_BROWSER_TIMEOUT, in seconds. */
  browserTimeoutSeconds: 3600,
} as const;
