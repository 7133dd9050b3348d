/**
 * peerlearn: the typed, pure core for apps that run peer-to-peer learning programmes.
 *
 * The root re-exports the shared kernel and every module; each module is also available on
 * its own subpath (`peerlearn/survey`, `peerlearn/pairing`, `peerlearn/action-learning`,
 * `peerlearn/practice`, `peerlearn/programme`).
 *
 * @module
 */
export * from './core/index.js';
export * from './survey/index.js';
export * from './pairing/index.js';
export * from './action-learning/index.js';
export * from './practice/index.js';
export * from './programme/index.js';
