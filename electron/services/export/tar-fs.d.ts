// tar-fs ships no types; this is the one function Claimwork uses (unpacking the packaged Chromium).
declare module 'tar-fs' {
  import type { Writable } from 'node:stream';
  export interface ExtractOptions {
    /** Mode bits added to every folder / file. */
    dmode?: number;
    fmode?: number;
    /** Bits removed from every mode. */
    umask?: number;
    /** As root, tar-fs gives files the archive's owners unless this is false. */
    chown?: boolean;
  }
  export function extract(folder: string, options?: ExtractOptions): Writable;
}
