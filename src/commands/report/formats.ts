// The formats `backcare report --format` takes, apart from the code that
// writes them, so shell completion can list them without loading it.
export const FORMATS = ['md', 'html', 'csv', 'fhir', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];
export const ALIASES: Record<string, Format> = { markdown: 'md', htm: 'html', json: 'fhir' };
