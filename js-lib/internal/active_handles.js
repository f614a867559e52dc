'use strict';
// The handles a program holds open (connected sockets, listening servers), for
// process._getActiveHandles() and process.getActiveResourcesInfo(), which list the ones that
// keep the event loop alive by the owner object and by Node's wrap type name.

/** Live handle owners: owner -> { type, isRefed }. */
const handles = new Map();

/** Records that `owner` holds a handle of Node's `type` ('TCPSocketWrap'), alive while `isRefed(owner)`. */
function addHandle(owner, type, isRefed) {
  handles.set(owner, { type, isRefed });
}

function removeHandle(owner) {
  handles.delete(owner);
}

/** The owners of the handles that keep the program running, oldest first. */
function activeHandles() {
  const owners = [];
  for (const [owner, { isRefed }] of handles) if (isRefed(owner)) owners.push(owner);
  return owners;
}

/** Node's type names of those handles. */
function activeHandleTypes() {
  return activeHandles().map((owner) => handles.get(owner).type);
}

module.exports = { addHandle, removeHandle, activeHandles, activeHandleTypes };
