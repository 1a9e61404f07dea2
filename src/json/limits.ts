/**
 * @internal How deep a payload may nest: the segments of a path plus the levels of the value set there.
 * Every walk of a payload (copy, freeze, emit, diff) recurses, so this keeps them all far from the stack's end.
 */
export const MAX_DEPTH = 1000;
