/** A JSON value: what a chart specification is made of. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * A Vega-Lite specification: plain JSON that any Vega-Lite renderer (vega-embed in a page,
 * `vl-convert`, the vega and vega-lite packages in Node) draws. peerlearn builds the
 * specification and leaves drawing to the app.
 */
export interface VegaLiteSpec {
  /** The Vega-Lite JSON schema the specification follows. */
  readonly $schema: string;
  /** Everything else: data, mark, encoding, layers. */
  readonly [key: string]: JsonValue;
}

/** The schema every peerlearn chart declares (Vega-Lite 5, read by Vega-Lite 5 and 6). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';
