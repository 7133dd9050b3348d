import { parseWith } from '../../core/validation.js';
import { isSettledInstrument, settleInstrument } from '../instrument/defineInstrument.js';
import { Instrument, type InstrumentInput } from '../instrument/instrument.js';

/**
 * Checks an instrument passed to a scoring function and settles its bands. An instrument
 * that {@link defineInstrument} returned is already checked and deeply frozen, so it is
 * used as it is; anything else (a stored definition, say) is checked on every call.
 */
export function resolveInstrument(instrument: InstrumentInput, fn: string): Instrument {
  if (isSettledInstrument(instrument)) return instrument;
  return settleInstrument(parseWith(Instrument, instrument, { fn, root: 'instrument' }));
}
