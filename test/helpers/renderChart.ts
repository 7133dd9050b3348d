import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { expect } from 'vitest';
import type { VegaLiteSpec } from '../../src/index.js';

/**
 * Compiles a chart with vega-lite and draws it with vega, as an app would, failing on any
 * warning; returns the SVG text.
 */
export async function renderChart(spec: VegaLiteSpec): Promise<string> {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (m: unknown) => warnings.push(String(m)),
    warn: (m: unknown) => warnings.push(String(m)),
    info: () => logger,
    debug: () => logger,
  };
  const compiled = vegaLite.compile(spec as unknown as vegaLite.TopLevelSpec, {
    logger: logger as never,
  });
  expect(warnings).toEqual([]);
  const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none' });
  return view.toSVG();
}
