"""Pure logic: values and `now` in, values out; no I/O, no clock, no I/O libraries."""
