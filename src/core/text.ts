// Small text helpers shared by the core and the renderers.

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
