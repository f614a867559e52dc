'use strict';
// DOMException (WebIDL) as Node has it. QuickJS-ng has one built in, but its stack lacks
// the `Name: message` line and it takes no options bag, so this one replaces it. Like
// Node's, it is not a native error: its prototype chain reaches Error.prototype, and
// the stack comes from Error.captureStackTrace.

/** The legacy codes, in order from 1; names that no longer exist have code 0. */
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'],
  [null, 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'],
  [null, 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'],
  ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'],
  [null, 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'],
  ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 'DATA_CLONE_ERR'],
];
const codeByName = new Map();
legacyCodes.forEach(([name], index) => {
  if (name !== null) codeByName.set(name, index + 1);
});

let isDOMException;

/** Node throws this one by hand, without its usual `must be of type` wording. */
function checkThis(value) {
  if (isDOMException(value)) return;
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  throw err;
}

class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      this.#name = `${options.name}`;
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, enumerable: false, configurable: true });
      }
    } else {
      this.#name = `${options}`;
    }
    // After name and message: the stack's first line is worked out from them.
    Error.captureStackTrace(this);
  }

  get name() {
    checkThis(this);
    return this.#name;
  }

  get message() {
    checkThis(this);
    return this.#message;
  }

  get code() {
    checkThis(this);
    return codeByName.get(this.#name) ?? 0;
  }

  static {
    isDOMException = (value) => value !== null && typeof value === 'object' && #name in value;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  name: { enumerable: true },
  message: { enumerable: true },
  code: { enumerable: true },
});
legacyCodes.forEach(([, constant], index) => {
  const descriptor = { value: index + 1, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constant, descriptor);
  Object.defineProperty(DOMException.prototype, constant, descriptor);
});
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });

module.exports = { DOMException };
