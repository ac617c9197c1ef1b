// Whether a person asked for output a screen reader can follow: --accessible,
// or BACKCARE_ACCESSIBLE set to anything but empty, 0 or false.

export function accessibleWanted(flags: { accessible?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const fromEnv = env.BACKCARE_ACCESSIBLE;
  return (
    flags.accessible === true || (fromEnv !== undefined && fromEnv !== '' && fromEnv !== '0' && fromEnv !== 'false')
  );
}
