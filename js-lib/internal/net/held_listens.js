'use strict';
// `nodule serve` snapshots a tenant's instance once the app's top level has run (the
// guest's `prepare`) and starts each request's instance from that snapshot. A listen
// made before the snapshot would leave the host's listener behind, out of reach of
// every later instance; so while the app is prepared, a server's listen is held here
// and made when an instance resumes.

let holding = false;
const held = [];

/** From now until `release`, `hold` keeps listens instead of letting them be made. */
function holdListens() {
  holding = true;
}

/** Keeps `listen` (which makes a server's listen) for `release`; false when not holding. */
function hold(listen) {
  if (!holding) return false;
  held.push(listen);
  return true;
}

function heldCount() {
  return held.length;
}

/** Makes the held listens, in order, and stops holding. */
function release() {
  holding = false;
  for (const listen of held.splice(0)) listen();
}

module.exports = { holdListens, hold, heldCount, release };
