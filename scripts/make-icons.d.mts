// Types for make-icons.mjs, so tests can check the ICNS writer.
export declare const ICNS_TYPES: ReadonlyArray<readonly [string, number]>;
export declare function buildIcns(entries: Array<[string, Buffer]>): Buffer;
export declare function renderPng(svg: Buffer | string, size: number): Buffer;
