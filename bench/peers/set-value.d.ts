// set-value ships no types; this is the part the benchmarks call.
declare module 'set-value' {
  function setValue<Target extends object>(target: Target, path: string | readonly (string | number)[], value: unknown): Target;
  export default setValue;
}
