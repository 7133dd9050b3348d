/**
 * Fuzzes every public function of the core and survey domains (issue 10): hostile
 * values in each argument, a few huge ones, and near-valid inputs built from the
 * documentation's examples. See harness.ts for what each call must do.
 */
import { fuzzDomains } from './suite.js';

fuzzDomains('core', 'survey');
