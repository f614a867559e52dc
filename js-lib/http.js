'use strict';
// Node's `http`: the server (_http_server), the client (_http_client, _http_agent) and
// the message classes they share.

const { methods } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const agent = require('_http_agent');
const { ClientRequest, request, get } = require('_http_client');
const { STATUS_CODES, Server, ServerResponse, _connectionListener } = require('_http_server');
const { validateInteger } = require('internal/validators');

/** Node's default limit on a message head, in bytes (`--max-http-header-size`). */
const maxHeaderSize = 16384;

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = {
  _connectionListener,
  METHODS: [...methods].sort(),
  STATUS_CODES,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  Agent: agent.Agent,
  ClientRequest,
  request,
  get,
  validateHeaderName,
  validateHeaderValue,
  /** Checked as Node checks it; Nodule keeps no pool of idle parsers for it to size. */
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
  },
  maxHeaderSize,
  get globalAgent() {
    return agent.globalAgent;
  },
  set globalAgent(value) {
    agent.globalAgent = value;
  },
};
