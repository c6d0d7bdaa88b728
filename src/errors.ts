/** Errors thrown for bad input: the message always starts with `hearsay:`. */
export function typeError(message: string): TypeError {
  return new TypeError(`hearsay: ${message}`);
}

export function rangeError(message: string): RangeError {
  return new RangeError(`hearsay: ${message}`);
}
