/**
 * A ref holding the value of the latest render: for a callback made once (so that memoised
 * children keep receiving the same function) that must still read what the latest render saw.
 */
import { useRef, type RefObject } from 'react';

/** `value` as of the latest render, in a ref that keeps its identity. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
