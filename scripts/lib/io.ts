/** Where a command-line tool writes, so its tests can run it in-process and read what it printed. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}
