// The `nodule:runtime/fs` interface over an in-memory tree: what host/src/fs does with a
// real directory and cap-std, with the same error codes for the same mistakes. The tree
// holds `/project` (the program's files) and `/tmp`; both are granted read and write,
// and any other path is `access-denied`, as an ungranted path is in the CLI.

/** The granted roots. */
export const GRANTED_ROOTS = ['/project', '/tmp'];

/** Node's `kIoMaxLength`: the most one read returns and the largest file readFile reads. */
const MAX_IO = 2 ** 31;
/** Symbolic links followed while resolving one path before it is `eloop` (Linux's limit). */
const MAX_SYMLINK_HOPS = 40;
/** Bits of `mode` that are permissions, and the file-type bits `stat` adds. */
const PERMISSION_BITS = 0o7777;
const TYPE_BITS = { file: 0o100000, directory: 0o040000, symlink: 0o120000, 'char-device': 0o020000 };
const UMASK = 0o022;

/** A failed operation: `code` is a `nodule:runtime/types` error-code. */
export class FsError {
  constructor(code) {
    this.code = code;
  }
}

const fail = (code) => {
  throw new FsError(code);
};

/** Now, in nanoseconds since the epoch, as the WIT's s64 times are. */
export const nowNs = () => BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)) * 1000n;

/** Resolves `.` and `..` lexically, as host/src/fs/paths.rs does; null for a relative path. */
export function normalize(path) {
  if (!path.startsWith('/')) return null;
  const parts = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '' && part !== '.') parts.push(part);
  }
  return `/${parts.join('/')}`;
}

const granted = (path) => GRANTED_ROOTS.some((root) => path === root || path.startsWith(`${root}/`));

const parentOf = (path) => path.slice(0, path.lastIndexOf('/')) || '/';

let nextIno = 1;

function makeNode(kind, mode) {
  const time = nowNs();
  const node = {
    kind,
    ino: nextIno++,
    mode: TYPE_BITS[kind] | (mode & PERMISSION_BITS),
    nlink: 1,
    atime: time,
    mtime: time,
    ctime: time,
    birthtime: time,
  };
  if (kind === 'file') {
    node.bytes = new Uint8Array(0);
    node.size = 0;
  } else if (kind === 'directory') {
    node.entries = new Map();
    node.nlink = 2;
  }
  return node;
}

/** A file's contents, grown to `size` bytes (zeros past the old end). */
function resize(node, size) {
  if (size > node.bytes.length) {
    const bytes = new Uint8Array(Math.max(size, Math.min(node.bytes.length * 2, size + (16 << 20))));
    bytes.set(node.bytes.subarray(0, node.size));
    node.bytes = bytes;
  } else if (size < node.size) {
    node.bytes.fill(0, size, node.size);
  }
  node.size = size;
}

function writeAt(node, data, position) {
  const end = position + data.length;
  if (end > node.size) resize(node, end);
  node.bytes.set(data, position);
  node.mtime = node.ctime = nowNs();
}

function fileStat(node) {
  const size = node.kind === 'file' ? node.size : node.kind === 'symlink' ? new TextEncoder().encode(node.target).length : 4096;
  return {
    kind: node.kind,
    dev: 2049n,
    ino: BigInt(node.ino),
    mode: node.mode,
    nlink: BigInt(node.nlink),
    uid: 1000,
    gid: 1000,
    rdev: 0n,
    size: BigInt(size),
    blksize: 4096n,
    blocks: BigInt(Math.ceil(size / 4096) * 8),
    atimeNs: node.atime,
    mtimeNs: node.mtime,
    ctimeNs: node.ctime,
    birthtimeNs: node.birthtime,
  };
}

const isReadOnly = (node) => (node.mode & 0o222) === 0;

/** chmod and fchmod: the permission bits change, the file's kind stays. */
function setMode(node, mode) {
  node.mode = (node.mode & ~PERMISSION_BITS) | (mode & PERMISSION_BITS);
  node.ctime = nowNs();
}

/** utimes and futimes, in nanoseconds. */
function setTimes(node, atime, mtime) {
  [node.atime, node.mtime] = [atime, mtime];
  node.ctime = nowNs();
}

export class MemoryFileSystem {
  constructor() {
    this.root = makeNode('directory', 0o755);
    // Standard input: a page has none, so descriptor 0 reads as an empty file.
    this.descriptors = new Map([[0, { node: makeNode('char-device', 0o620), offset: 0, readable: true, writable: false, append: false }]]);
    this.nextDescriptor = 3;
    for (const root of GRANTED_ROOTS) this.mkdir(root, true);
  }

  /** Writes `files` (path relative to `/project` → text) into the tree. */
  populate(files) {
    const encoder = new TextEncoder();
    for (const [name, text] of Object.entries(files)) {
      const path = `/project/${name}`;
      this.mkdir(parentOf(path), true);
      this.writeFile(path, encoder.encode(text), { write: true, create: true, truncate: true });
    }
  }

  /**
   * Finds `path`: its parent directory, its name there, the node (null when missing)
   * and its path with every symbolic link on the way resolved. Links in the middle
   * are always followed; the last one only when `followLast`.
   */
  walk(rawPath, followLast, hops = 0) {
    const path = normalize(rawPath);
    if (path === null || !granted(path)) fail('access-denied');
    const parts = path.split('/').filter(Boolean);
    let dir = this.root;
    let dirPath = '';
    for (let i = 0; i < parts.length; i++) {
      if (dir.kind !== 'directory') fail('enotdir');
      const name = parts[i];
      const node = dir.entries.get(name) ?? null;
      const last = i === parts.length - 1;
      if (node === null) {
        if (!last) fail('enoent');
        return { parent: dir, name, node, path: `${dirPath}/${name}` };
      }
      if (node.kind === 'symlink' && (!last || followLast)) {
        if (hops >= MAX_SYMLINK_HOPS) fail('eloop');
        const target = node.target.startsWith('/') ? node.target : `${dirPath}/${node.target}`;
        return this.walk([target, ...parts.slice(i + 1)].join('/'), followLast, hops + 1);
      }
      if (last) return { parent: dir, name, node, path: `${dirPath}/${name}` };
      dir = node;
      dirPath += `/${name}`;
    }
    return { parent: null, name: '', node: dir, path: '/' };
  }

  existing(path, follow = true) {
    const found = this.walk(path, follow);
    if (found.node === null) fail('enoent');
    return found;
  }

  descriptor(fd) {
    return this.descriptors.get(fd) ?? fail('ebadf');
  }

  /** Adds `node` to a directory that must exist. */
  link(found, node) {
    if (found.parent === null) fail('eexist');
    if (isReadOnly(found.parent)) fail('eacces');
    found.parent.entries.set(found.name, node);
    found.parent.mtime = found.parent.ctime = nowNs();
    if (node.kind === 'directory') found.parent.nlink++;
  }

  unlinkEntry(found) {
    found.parent.entries.delete(found.name);
    found.parent.mtime = found.parent.ctime = nowNs();
    if (found.node.kind === 'directory') found.parent.nlink--;
    found.node.nlink--;
    found.node.ctime = nowNs();
  }

  open(path, mode, permissions) {
    const writes = mode.write || mode.append;
    // As Rust's OpenOptions (what the CLI opens with): creating or truncating needs write access.
    if ((mode.create || mode.truncate) && !writes) fail('einval');
    const found = this.walk(path, !(mode.create && mode.exclusive));
    let node = found.node;
    if (node === null) {
      if (!mode.create) fail('enoent');
      node = makeNode('file', permissions & ~UMASK);
      this.link(found, node);
    } else {
      if (mode.create && mode.exclusive) fail('eexist');
      if (node.kind === 'directory' && writes) fail('eisdir');
      if (writes && isReadOnly(node)) fail('eacces');
      if (mode.truncate && node.kind === 'file') resize(node, 0);
    }
    const fd = this.nextDescriptor++;
    this.descriptors.set(fd, { node, offset: 0, readable: mode.read, writable: writes, append: mode.append });
    return fd;
  }

  /** What remains of an open file from its offset, read whole (readFile of a descriptor). */
  readRest(open) {
    const { node } = open;
    if (node.kind === 'directory') fail('eisdir');
    if (!open.readable) fail('ebadf');
    if (node.kind !== 'file') return new Uint8Array(0);
    const start = Math.min(open.offset, node.size);
    if (node.size - start > MAX_IO) fail('efbig');
    open.offset = node.size;
    node.atime = nowNs();
    return node.bytes.slice(start, node.size);
  }

  readFile(path) {
    const { node } = this.existing(path);
    return this.readRest({ node, offset: 0, readable: true });
  }

  writeFile(path, bytes, mode) {
    const fd = this.open(
      path,
      { read: false, write: true, append: false, create: false, truncate: false, exclusive: false, ...mode },
      0o666,
    );
    const open = this.descriptors.get(fd);
    this.descriptors.delete(fd);
    this.writeDescriptor(open, bytes, undefined);
  }

  writeDescriptor(open, bytes, position) {
    if (!open.writable) fail('ebadf');
    if (open.node.kind === 'directory') fail('eisdir');
    if (open.node.kind !== 'file') return bytes.length;
    // pwrite on a file opened to append still appends, as on Linux.
    const at = open.append ? open.node.size : (position ?? open.offset);
    if (at + bytes.length > Number.MAX_SAFE_INTEGER) fail('efbig');
    writeAt(open.node, bytes, at);
    if (position === undefined || open.append) open.offset = at + bytes.length;
    return bytes.length;
  }

  readDescriptor(open, length, position) {
    if (!open.readable) fail('ebadf');
    const { node } = open;
    if (node.kind === 'directory') fail('eisdir');
    if (position !== undefined && position > Number.MAX_SAFE_INTEGER) fail('einval');
    if (node.kind !== 'file') return new Uint8Array(0);
    const start = Math.min(position ?? open.offset, node.size);
    const end = Math.min(start + Math.min(length, MAX_IO), node.size);
    if (position === undefined) open.offset = end;
    node.atime = nowNs();
    return node.bytes.slice(start, end);
  }

  mkdir(path, recursive) {
    if (!recursive) {
      const found = this.walk(path, false);
      if (found.node !== null) fail('eexist');
      this.link(found, makeNode('directory', 0o777 & ~UMASK));
      return undefined;
    }
    const target = normalize(path);
    if (target === null) fail('access-denied');
    let first;
    let prefix = '';
    for (const part of target.split('/').filter(Boolean)) {
      prefix += `/${part}`;
      const found = this.walk(prefix, true);
      if (found.node === null) {
        this.link(found, makeNode('directory', 0o777 & ~UMASK));
        first ??= found.path;
      } else if (found.node.kind !== 'directory') {
        fail(prefix === target ? 'eexist' : 'enotdir');
      }
    }
    return first;
  }

  rmdir(path) {
    const found = this.existing(path, false);
    if (found.node.kind !== 'directory') fail('enotdir');
    if (found.node.entries.size > 0) fail('enotempty');
    this.unlinkEntry(found);
  }

  rm(path, recursive, force) {
    const found = this.walk(path, false);
    if (found.node === null) {
      if (force) return;
      fail('enoent');
    }
    if (found.node.kind === 'directory' && !recursive) fail('eisdir');
    this.unlinkEntry(found);
  }

  unlink(path) {
    const found = this.existing(path, false);
    if (found.node.kind === 'directory') fail('eisdir');
    this.unlinkEntry(found);
  }

  rename(from, to) {
    const source = this.existing(from, false);
    const dest = this.walk(to, false);
    if (source.node === dest.node) return;
    if (source.node.kind === 'directory' && `${dest.path}/`.startsWith(`${source.path}/`)) fail('einval');
    if (dest.node !== null) {
      if (source.node.kind === 'directory' && dest.node.kind !== 'directory') fail('enotdir');
      if (source.node.kind !== 'directory' && dest.node.kind === 'directory') fail('eisdir');
      if (dest.node.kind === 'directory' && dest.node.entries.size > 0) fail('enotempty');
      this.unlinkEntry(dest);
    }
    this.unlinkEntry(source);
    source.node.nlink++;
    this.link(dest, source.node);
  }

  copyFile(from, to, exclusive) {
    const { node } = this.existing(from);
    // std::fs::copy's refusal of what is not a regular file (InvalidInput: einval).
    if (node.kind !== 'file') fail('einval');
    const dest = this.walk(to, false);
    if (exclusive && dest.node !== null) fail('eexist');
    this.writeFile(to, node.bytes.slice(0, node.size), { create: true, truncate: true });
  }

  realpath(path) {
    return this.existing(path).path;
  }

  readlink(path) {
    const { node } = this.existing(path, false);
    if (node.kind !== 'symlink') fail('einval');
    return node.target;
  }

  symlink(target, path) {
    const found = this.walk(path, false);
    if (found.node !== null) fail('eexist');
    const node = makeNode('symlink', 0o777);
    node.target = target;
    this.link(found, node);
  }

  hardLink(existing, path) {
    const { node } = this.existing(existing, false);
    if (node.kind === 'directory') fail('eperm');
    const found = this.walk(path, false);
    if (found.node !== null) fail('eexist');
    this.link(found, node);
    node.nlink++;
    node.ctime = nowNs();
  }

  truncate(path, length) {
    const { node } = this.existing(path);
    if (node.kind === 'directory') fail('eisdir');
    if (node.kind !== 'file') fail('einval');
    if (isReadOnly(node)) fail('eacces');
    this.truncateNode(node, length);
  }

  truncateNode(node, length) {
    if (length > MAX_IO * 2) fail('efbig');
    resize(node, Number(length));
    node.mtime = node.ctime = nowNs();
  }

  access(path, mode) {
    const { node } = this.existing(path);
    if (mode & 2 && isReadOnly(node)) fail('eacces');
  }

  mkdtemp(prefix) {
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    for (let attempt = 0; attempt < 16; attempt++) {
      const suffix = Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) => alphabet[byte % alphabet.length]).join('');
      const found = this.walk(`${prefix}${suffix}`, false);
      if (found.node === null) {
        this.link(found, makeNode('directory', 0o700));
        return found.path;
      }
    }
    fail('eexist');
  }

  /** Runs one `request` (a WIT `fs.request`) and returns its `fs.response`. */
  run({ tag, val }) {
    switch (tag) {
      case 'read-file':
        return { tag: 'bytes', val: this.readFile(val) };
      case 'read-descriptor':
        return { tag: 'bytes', val: this.readRest(this.descriptor(val)) };
      case 'write-file':
        this.writeFile(val[0], val[1], val[2]);
        return { tag: 'done' };
      case 'stat':
        return { tag: 'stat', val: fileStat(this.existing(val).node) };
      case 'lstat':
        return { tag: 'stat', val: fileStat(this.existing(val, false).node) };
      case 'read-dir': {
        const { node } = this.existing(val);
        if (node.kind !== 'directory') fail('enotdir');
        return { tag: 'entries', val: [...node.entries].map(([name, entry]) => ({ name, kind: entry.kind })) };
      }
      case 'mkdir':
        return { tag: 'path', val: this.mkdir(val[0], val[1]) };
      case 'rmdir':
        this.rmdir(val);
        return { tag: 'done' };
      case 'rm':
        this.rm(val[0], val[1], val[2]);
        return { tag: 'done' };
      case 'unlink':
        this.unlink(val);
        return { tag: 'done' };
      case 'rename':
        this.rename(val[0], val[1]);
        return { tag: 'done' };
      case 'copy-file':
        this.copyFile(val[0], val[1], val[2]);
        return { tag: 'done' };
      case 'realpath':
        return { tag: 'path', val: this.realpath(val) };
      case 'readlink':
        return { tag: 'path', val: this.readlink(val) };
      case 'symlink':
        this.symlink(val[0], val[1]);
        return { tag: 'done' };
      case 'link':
        this.hardLink(val[0], val[1]);
        return { tag: 'done' };
      case 'truncate':
        this.truncate(val[0], val[1]);
        return { tag: 'done' };
      case 'chmod':
        setMode(this.existing(val[0]).node, val[1]);
        return { tag: 'done' };
      case 'utimes':
        setTimes(this.existing(val[0]).node, val[1], val[2]);
        return { tag: 'done' };
      case 'access':
        this.access(val[0], val[1]);
        return { tag: 'done' };
      case 'mkdtemp':
        return { tag: 'path', val: this.mkdtemp(val) };
      case 'open':
        return { tag: 'fd', val: this.open(val[0], val[1], val[2]) };
      case 'close':
        if (!this.descriptors.delete(val)) fail('ebadf');
        return { tag: 'done' };
      case 'read':
        return {
          tag: 'bytes',
          val: this.readDescriptor(
            this.descriptor(val[0]),
            Number(val[1] > BigInt(MAX_IO) ? MAX_IO : val[1]),
            val[2] === undefined ? undefined : Number(val[2]),
          ),
        };
      case 'write':
        return {
          tag: 'count',
          val: BigInt(this.writeDescriptor(this.descriptor(val[0]), val[1], val[2] === undefined ? undefined : Number(val[2]))),
        };
      case 'fstat':
        return { tag: 'stat', val: fileStat(this.descriptor(val).node) };
      case 'ftruncate': {
        const open = this.descriptor(val[0]);
        if (!open.writable || open.node.kind !== 'file') fail('einval');
        this.truncateNode(open.node, val[1]);
        return { tag: 'done' };
      }
      case 'fsync':
        this.descriptor(val);
        return { tag: 'done' };
      case 'fchmod':
        setMode(this.descriptor(val[0]).node, val[1]);
        return { tag: 'done' };
      case 'futimes':
        setTimes(this.descriptor(val[0]).node, val[1], val[2]);
        return { tag: 'done' };
      default:
        return fail('enotsup');
    }
  }

  /** `run` as a WIT `result`: a JavaScript failure (memory exhausted) is an error code too. */
  call(request) {
    try {
      return { tag: 'ok', val: this.run(request) };
    } catch (error) {
      if (error instanceof FsError) return { tag: 'err', val: error.code };
      if (error instanceof RangeError) return { tag: 'err', val: 'enomem' };
      throw error;
    }
  }
}
