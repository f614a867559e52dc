// Preloaded by node_options.js's child (-r): what the child's script then finds.
globalThis.preloaded = 'by -r';
