//! File operations, checked against the grants first (`prepare`, on the instance's
//! thread) and then carried out (`run`, inline or on tokio's blocking pool). Nothing
//! that can wait (opening a FIFO, a slow disk) happens in `prepare`, and every buffer
//! is sized by what the file holds, never by what the guest asked, and reserved
//! against the instance's buffer budget first.

use std::io::{Read, Seek as _, Write};
use std::os::unix::fs::FileExt as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use cap_std::fs::{Dir, FileTypeExt as _, Metadata, MetadataExt as _, OpenOptions, Permissions, PermissionsExt as _};

use super::sandbox::{Access, FileSystem};
use crate::bindings::fs::{DirEntry, FileKind, FileStat, FsStats, OpenMode, Request, Response};
use crate::bindings::types::ErrorCode;
use crate::errno::error_code;
use crate::io::buffers::{BufferBudget, Reservation};

/// A checked operation, ready to run anywhere: it holds the directory handles and
/// files it needs, not the instance.
pub enum Prepared {
    ReadFile(Dir, PathBuf, Arc<BufferBudget>),
    ReadDescriptor(Arc<std::fs::File>, Arc<BufferBudget>),
    WriteFile(Dir, PathBuf, Vec<u8>, OpenMode),
    Stat(Dir, PathBuf),
    Lstat(Dir, PathBuf),
    ReadDir(Dir, PathBuf),
    Mkdir(Dir, PathBuf, PathBuf, bool),
    Rmdir(Dir, PathBuf),
    Rm(Dir, PathBuf, bool, bool),
    Unlink(Dir, PathBuf),
    Rename(Dir, PathBuf, Dir, PathBuf),
    CopyFile(Dir, PathBuf, Dir, PathBuf, bool),
    Realpath(Dir, PathBuf, PathBuf),
    Readlink(Dir, PathBuf),
    Symlink(String, Dir, PathBuf),
    Link(Dir, PathBuf, Dir, PathBuf),
    Truncate(Dir, PathBuf, u64),
    Chmod(Dir, PathBuf, u32),
    Utimes(Dir, PathBuf, i64, i64),
    Access(Dir, PathBuf, bool),
    Mkdtemp(Dir, PathBuf, PathBuf),
    /// With whether the file lies inside a write grant (what its descriptor may change).
    Open(Dir, PathBuf, OpenMode, u32, bool),
    Read(Arc<std::fs::File>, u64, Option<u64>, Arc<BufferBudget>),
    Write(Arc<std::fs::File>, Vec<u8>, Option<u64>),
    Fstat(Arc<std::fs::File>),
    Ftruncate(Arc<std::fs::File>, u64),
    Fchmod(Arc<std::fs::File>, u32),
    Futimes(Arc<std::fs::File>, i64, i64),
    Fsync(Arc<std::fs::File>),
    Statfs(Dir, PathBuf),
    /// Work already done while preparing (close).
    Finished(Response),
}

/// What a finished operation hands back: a response, or a file opened off the
/// instance's thread, which gets its descriptor there (`FileSystem::finish`).
pub enum Done {
    Response(Response),
    /// Bytes read, with the budget they are held against until the guest takes them.
    Read(Vec<u8>, Reservation),
    /// A file opened, and whether it lies inside a write grant.
    Opened(std::fs::File, bool),
}

/// The largest file `readFile` reads, and the most one read returns: Node's
/// `kIoMaxLength` (2 GiB less a byte); a bigger file is `ERR_FS_FILE_TOO_LARGE` in Node.
const MAX_IO: u64 = (2 << 30) - 1;

/// How much a read whose size is not known up front (a pipe, a `/proc` file) asks
/// for at a time.
const READ_CHUNK: usize = 64 << 10;

/// Reads a file from an offset without moving its cursor.
struct PositionedReader<'a> {
    file: &'a std::fs::File,
    offset: u64,
}

impl Read for PositionedReader<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let count = self.file.read_at(buffer, self.offset)?;
        self.offset += count as u64;
        Ok(count)
    }
}

/// Reads up to `max` bytes, expecting about `expected`: the buffer and its
/// reservation grow as data arrives, both fallibly, so neither a lying size (a sparse
/// or growing file) nor a huge request can make the host allocate what it cannot hold.
/// More than `max` available is `EFBIG` when `whole` (readFile), a short read otherwise.
fn read_bounded(
    mut reader: impl Read,
    expected: u64,
    max: u64,
    whole: bool,
    budget: &Arc<BufferBudget>,
) -> Result<(Vec<u8>, Reservation), ErrorCode> {
    let limit = if whole { max.saturating_add(1) } else { max };
    if limit == 0 {
        return Ok((Vec::new(), budget.try_reserve(0).ok_or(ErrorCode::Enomem)?));
    }
    let mut capacity = expected.clamp(1, limit) as usize;
    let mut reservation = budget.try_reserve(capacity).ok_or(ErrorCode::Enomem)?;
    let mut buffer = Vec::new();
    buffer.try_reserve_exact(capacity).map_err(|_| ErrorCode::Enomem)?;
    loop {
        if buffer.len() == capacity {
            if capacity as u64 >= limit {
                break;
            }
            let more = capacity.max(READ_CHUNK).min((limit - capacity as u64) as usize);
            if !reservation.try_grow(more) {
                return Err(ErrorCode::Enomem);
            }
            buffer.try_reserve_exact(more).map_err(|_| ErrorCode::Enomem)?;
            capacity += more;
        }
        let start = buffer.len();
        if whole {
            // Straight into the reserved capacity, which is never zeroed first: a whole
            // file can be large. Short of the capacity means the end of the file.
            io((&mut reader).take((capacity - start) as u64).read_to_end(&mut buffer))?;
            if buffer.len() < capacity {
                break;
            }
            continue;
        }
        // A read of part of a file returns what one read gives, as read(2) does.
        buffer.resize(capacity, 0);
        match reader.read(&mut buffer[start..]) {
            Ok(count) => {
                buffer.truncate(start + count);
                break;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => buffer.truncate(start),
            Err(e) => return Err(error_code(&e)),
        }
    }
    if whole && buffer.len() as u64 > max {
        return Err(ErrorCode::Efbig);
    }
    reservation.shrink_to(buffer.len());
    Ok((buffer, reservation))
}

/// The rest of a file from its current offset, as `readFile` reads it: at most
/// `MAX_IO` bytes, refused (`EFBIG`) before reading when the file says it has more.
fn read_whole(file: &std::fs::File, budget: &Arc<BufferBudget>) -> Result<Done, ErrorCode> {
    let metadata = io(file.metadata())?;
    if metadata.is_dir() {
        return Err(ErrorCode::Eisdir);
    }
    // Regular files say their size; a FIFO or a /proc file says 0 and is read as it comes.
    let offset = if metadata.is_file() { io((&*file).stream_position())? } else { 0 };
    let expected = metadata.len().saturating_sub(offset);
    if expected > MAX_IO {
        return Err(ErrorCode::Efbig);
    }
    let (bytes, reservation) = read_bounded(file, expected, MAX_IO, true, budget)?;
    Ok(Done::Read(bytes, reservation))
}

/// Opens without waiting for a FIFO's other end: for operations that only need the
/// file's inode (times, length), where Node calls no `open(2)` at all.
fn open_nonblocking(dir: &Dir, rel: &std::path::Path, write: bool) -> Result<std::fs::File, ErrorCode> {
    let mut options = OpenOptions::new();
    options.read(!write).write(write);
    cap_std::fs::OpenOptionsExt::custom_flags(&mut options, rustix::fs::OFlags::NONBLOCK.bits() as i32);
    Ok(io(dir.open_with(rel, &options))?.into_std())
}

fn io<T>(result: std::io::Result<T>) -> Result<T, ErrorCode> {
    result.map_err(|e| error_code(&e))
}

/// Removes a directory and everything under it. An entry that disappears meanwhile
/// (another `unlink` racing this one) counts as removed, as in Node's rimraf;
/// cap-std's `remove_dir_all` gives up on it instead, leaving the tree half removed
/// while `force` reports success.
fn remove_tree(parent: &Dir, name: &std::path::Path) -> std::io::Result<()> {
    remove_contents(&parent.open_dir(name)?)?;
    parent.remove_dir(name)
}

/// Each subdirectory is opened from its entry, a handle that cap-std confines to
/// that subdirectory: an entry swapped for a symbolic link meanwhile cannot lead
/// the removal anywhere else.
fn remove_contents(dir: &Dir) -> std::io::Result<()> {
    for entry in dir.entries()? {
        let entry = entry?;
        let removed = if entry.file_type()?.is_dir() {
            entry.open_dir().and_then(|child| remove_contents(&child)).and_then(|()| entry.remove_dir())
        } else {
            entry.remove_file()
        };
        match removed {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            other => other?,
        }
    }
    Ok(())
}

fn kind_of(file_type: cap_std::fs::FileType) -> FileKind {
    if file_type.is_file() {
        FileKind::File
    } else if file_type.is_dir() {
        FileKind::Directory
    } else if file_type.is_symlink() {
        FileKind::Symlink
    } else if file_type.is_block_device() {
        FileKind::BlockDevice
    } else if file_type.is_char_device() {
        FileKind::CharDevice
    } else if file_type.is_fifo() {
        FileKind::Fifo
    } else if file_type.is_socket() {
        FileKind::Socket
    } else {
        FileKind::Unknown
    }
}

fn nanos(seconds: i64, nanoseconds: i64) -> i64 {
    seconds.saturating_mul(1_000_000_000).saturating_add(nanoseconds)
}

fn file_stat(metadata: &Metadata) -> FileStat {
    let birth = metadata
        .created()
        .ok()
        .and_then(|t| t.into_std().duration_since(UNIX_EPOCH).ok())
        .map_or(nanos(metadata.ctime(), metadata.ctime_nsec()), |d| d.as_nanos() as i64);
    FileStat {
        kind: kind_of(metadata.file_type()),
        dev: metadata.dev(),
        ino: metadata.ino(),
        mode: metadata.mode(),
        nlink: metadata.nlink(),
        uid: metadata.uid(),
        gid: metadata.gid(),
        rdev: metadata.rdev(),
        size: metadata.len(),
        blksize: metadata.blksize(),
        blocks: metadata.blocks(),
        atime_ns: nanos(metadata.atime(), metadata.atime_nsec()),
        mtime_ns: nanos(metadata.mtime(), metadata.mtime_nsec()),
        ctime_ns: nanos(metadata.ctime(), metadata.ctime_nsec()),
        birthtime_ns: birth,
    }
}

fn open_options(mode: &OpenMode) -> OpenOptions {
    let mut options = OpenOptions::new();
    options
        .read(mode.read)
        .write(mode.write || mode.append)
        .append(mode.append)
        .truncate(mode.truncate)
        .create(mode.create && !mode.exclusive)
        .create_new(mode.create && mode.exclusive);
    options
}

fn needs_write(mode: &OpenMode) -> bool {
    mode.write || mode.append || mode.create || mode.truncate
}

fn system_time(nanoseconds: i64) -> SystemTime {
    if nanoseconds >= 0 {
        UNIX_EPOCH + Duration::from_nanos(nanoseconds as u64)
    } else {
        UNIX_EPOCH - Duration::from_nanos(nanoseconds.unsigned_abs())
    }
}

fn set_times(file: &std::fs::File, atime: i64, mtime: i64) -> Result<(), ErrorCode> {
    io(file.set_times(std::fs::FileTimes::new().set_accessed(system_time(atime)).set_modified(system_time(mtime))))
}

/// A name for mkdtemp: six characters, as Node's `XXXXXX`.
fn temp_suffix() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut seed = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64) ^ (std::process::id() as u64) << 32;
    (0..6)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            ALPHABET[(seed % ALPHABET.len() as u64) as usize] as char
        })
        .collect()
}

impl FileSystem {
    /// Checks `request` against the grants and returns the work to do.
    pub fn prepare(&mut self, request: Request) -> Result<Prepared, ErrorCode> {
        let read = |fs: &Self, path: &str| fs.resolve(path, Access::Read).map(|r| (r.dir, r.relative));
        let write = |fs: &Self, path: &str| fs.resolve(path, Access::Write).map(|r| (r.dir, r.relative));
        Ok(match request {
            Request::ReadFile(path) => {
                let (dir, rel) = read(self, &path)?;
                if let Some(read_modules) = &self.read_modules {
                    read_modules.note(&path);
                }
                Prepared::ReadFile(dir, rel, self.budget.clone())
            }
            Request::ReadDescriptor(fd) => Prepared::ReadDescriptor(self.descriptor(fd)?, self.budget.clone()),
            Request::WriteFile((path, bytes, mode)) => {
                let (dir, rel) = write(self, &path)?;
                Prepared::WriteFile(dir, rel, bytes, mode)
            }
            Request::Stat(path) => {
                let (dir, rel) = read(self, &path)?;
                Prepared::Stat(dir, rel)
            }
            Request::Lstat(path) => {
                let (dir, rel) = read(self, &path)?;
                Prepared::Lstat(dir, rel)
            }
            Request::ReadDir(path) => {
                let (dir, rel) = read(self, &path)?;
                Prepared::ReadDir(dir, rel)
            }
            Request::Mkdir((path, recursive)) => {
                let resolved = self.resolve(&path, Access::Write)?;
                let root = resolved.root.to_path_buf();
                Prepared::Mkdir(resolved.dir, resolved.relative, root, recursive)
            }
            Request::Rmdir(path) => {
                let (dir, rel) = write(self, &path)?;
                Prepared::Rmdir(dir, rel)
            }
            Request::Rm((path, recursive, force)) => {
                let (dir, rel) = write(self, &path)?;
                Prepared::Rm(dir, rel, recursive, force)
            }
            Request::Unlink(path) => {
                let (dir, rel) = write(self, &path)?;
                Prepared::Unlink(dir, rel)
            }
            Request::Rename((from, to)) => {
                let (from_dir, from_rel) = write(self, &from)?;
                let (to_dir, to_rel) = write(self, &to)?;
                Prepared::Rename(from_dir, from_rel, to_dir, to_rel)
            }
            Request::CopyFile((from, to, exclusive)) => {
                let (from_dir, from_rel) = read(self, &from)?;
                let (to_dir, to_rel) = write(self, &to)?;
                Prepared::CopyFile(from_dir, from_rel, to_dir, to_rel, exclusive)
            }
            Request::Realpath(path) => {
                let resolved = self.resolve(&path, Access::Read)?;
                let root = resolved.root.to_path_buf();
                Prepared::Realpath(resolved.dir, resolved.relative, root)
            }
            Request::Readlink(path) => {
                let (dir, rel) = read(self, &path)?;
                Prepared::Readlink(dir, rel)
            }
            Request::Symlink((target, path)) => {
                let (dir, rel) = write(self, &path)?;
                Prepared::Symlink(target, dir, rel)
            }
            Request::Link((existing, new)) => {
                // The new name shares the file: whoever may write through it may write
                // the original, so linking needs write access to the original too.
                let (from_dir, from_rel) = write(self, &existing)?;
                let (to_dir, to_rel) = write(self, &new)?;
                Prepared::Link(from_dir, from_rel, to_dir, to_rel)
            }
            Request::Truncate((path, length)) => {
                let (dir, rel) = write(self, &path)?;
                Prepared::Truncate(dir, rel, length)
            }
            Request::Chmod((path, mode)) => {
                let (dir, rel) = write(self, &path)?;
                Prepared::Chmod(dir, rel, mode)
            }
            Request::Utimes((path, atime, mtime)) => {
                let (dir, rel) = write(self, &path)?;
                Prepared::Utimes(dir, rel, atime, mtime)
            }
            Request::Access((path, mode)) => {
                let wants_write = mode & 2 != 0;
                let (dir, rel) = if wants_write { write(self, &path) } else { read(self, &path) }?;
                Prepared::Access(dir, rel, wants_write)
            }
            Request::Mkdtemp(prefix) => {
                let resolved = self.resolve(&prefix, Access::Write)?;
                let root = resolved.root.to_path_buf();
                Prepared::Mkdtemp(resolved.dir, resolved.relative, root)
            }
            Request::Open((path, mode, permissions)) => {
                let in_write_grant = self.resolve(&path, Access::Write).is_ok();
                let (dir, rel) = if needs_write(&mode) { write(self, &path) } else { read(self, &path) }?;
                Prepared::Open(dir, rel, mode, permissions, in_write_grant)
            }
            Request::Close(fd) => {
                self.remove_descriptor(fd)?;
                Prepared::Finished(Response::Done)
            }
            Request::Read((fd, length, position)) => Prepared::Read(self.descriptor(fd)?, length, position, self.budget.clone()),
            Request::Write((fd, bytes, position)) => Prepared::Write(self.descriptor(fd)?, bytes, position),
            Request::Fstat(fd) => Prepared::Fstat(self.descriptor(fd)?),
            Request::Ftruncate((fd, length)) => Prepared::Ftruncate(self.descriptor(fd)?, length),
            // A descriptor changes its file's mode and times only where a path could.
            Request::Fchmod((fd, mode)) => Prepared::Fchmod(self.writable_descriptor(fd)?, mode),
            Request::Futimes((fd, atime, mtime)) => Prepared::Futimes(self.writable_descriptor(fd)?, atime, mtime),
            Request::Fsync(fd) => Prepared::Fsync(self.descriptor(fd)?),
            Request::Statfs(path) => {
                let (dir, rel) = read(self, &path)?;
                Prepared::Statfs(dir, rel)
            }
        })
    }
}

impl Prepared {
    pub fn run(self) -> Result<Done, ErrorCode> {
        Ok(Done::Response(match self {
            Prepared::ReadFile(dir, rel, budget) => return read_whole(&io(dir.open(rel))?.into_std(), &budget),
            Prepared::ReadDescriptor(file, budget) => return read_whole(&file, &budget),
            Prepared::WriteFile(dir, rel, bytes, mode) => {
                let mut file = io(dir.open_with(rel, &open_options(&mode)))?;
                io(file.write_all(&bytes))?;
                Response::Done
            }
            Prepared::Stat(dir, rel) => Response::Stat(file_stat(&io(dir.metadata(rel))?)),
            Prepared::Lstat(dir, rel) => Response::Stat(file_stat(&io(dir.symlink_metadata(rel))?)),
            Prepared::ReadDir(dir, rel) => {
                let mut entries = Vec::new();
                for entry in io(dir.read_dir(rel))? {
                    let entry = io(entry)?;
                    let kind = entry.file_type().map_or(FileKind::Unknown, kind_of);
                    entries.push(DirEntry { name: entry.file_name().to_string_lossy().into_owned(), kind });
                }
                Response::Entries(entries)
            }
            Prepared::Mkdir(dir, rel, root, recursive) => {
                if !recursive {
                    io(dir.create_dir(&rel))?;
                    return Ok(Done::Response(Response::Path(None)));
                }
                // Node reports the first directory it had to create.
                let mut first_missing = None;
                for ancestor in rel.ancestors().collect::<Vec<_>>().into_iter().rev() {
                    if ancestor.as_os_str().is_empty() || ancestor == std::path::Path::new(".") {
                        continue;
                    }
                    if dir.metadata(ancestor).is_err() {
                        first_missing = Some(root.join(ancestor).to_string_lossy().into_owned());
                        break;
                    }
                }
                io(dir.create_dir_all(&rel))?;
                Response::Path(first_missing)
            }
            Prepared::Rmdir(dir, rel) => {
                io(dir.remove_dir(rel))?;
                Response::Done
            }
            Prepared::Rm(dir, rel, recursive, force) => {
                let result = match dir.symlink_metadata(&rel) {
                    Ok(metadata) if metadata.is_dir() => {
                        if recursive {
                            remove_tree(&dir, &rel)
                        } else {
                            return Err(ErrorCode::Eisdir);
                        }
                    }
                    Ok(_) => dir.remove_file(&rel),
                    Err(e) => Err(e),
                };
                match result {
                    Err(e) if force && e.kind() == std::io::ErrorKind::NotFound => {}
                    other => io(other)?,
                }
                Response::Done
            }
            Prepared::Unlink(dir, rel) => {
                io(dir.remove_file(rel))?;
                Response::Done
            }
            Prepared::Rename(from_dir, from, to_dir, to) => {
                io(from_dir.rename(from, &to_dir, to))?;
                Response::Done
            }
            Prepared::CopyFile(from_dir, from, to_dir, to, exclusive) => {
                if exclusive && to_dir.symlink_metadata(&to).is_ok() {
                    return Err(ErrorCode::Eexist);
                }
                io(from_dir.copy(from, &to_dir, to))?;
                Response::Done
            }
            Prepared::Realpath(dir, rel, root) => {
                // Reaching the file through the grant proves the path resolves inside
                // it; the name is then read from the kernel, which is far cheaper than
                // cap-std's canonicalize (its first use checks all of /proc, half a
                // millisecond of every start). A name that resolves elsewhere by then
                // (a symbolic link swapped meanwhile) is refused all the same.
                io(dir.metadata(&rel))?;
                let real = io(std::fs::canonicalize(root.join(&rel)))?;
                if !real.starts_with(&root) {
                    return Err(ErrorCode::AccessDenied);
                }
                Response::Path(Some(real.to_string_lossy().into_owned()))
            }
            Prepared::Readlink(dir, rel) => Response::Path(Some(io(dir.read_link_contents(rel))?.to_string_lossy().into_owned())),
            Prepared::Symlink(target, dir, rel) => {
                io(dir.symlink_contents(target, rel))?;
                Response::Done
            }
            Prepared::Link(from_dir, from, to_dir, to) => {
                io(from_dir.hard_link(from, &to_dir, to))?;
                Response::Done
            }
            Prepared::Truncate(dir, rel, length) => {
                // truncate(2) refuses what is not a regular file; opening a FIFO to try would wait.
                let metadata = io(dir.metadata(&rel))?;
                if metadata.is_dir() {
                    return Err(ErrorCode::Eisdir);
                } else if !metadata.is_file() {
                    return Err(ErrorCode::Einval);
                }
                io(open_nonblocking(&dir, &rel, true)?.set_len(length))?;
                Response::Done
            }
            Prepared::Chmod(dir, rel, mode) => {
                io(dir.set_permissions(rel, Permissions::from_mode(mode)))?;
                Response::Done
            }
            Prepared::Utimes(dir, rel, atime, mtime) => {
                set_times(&open_nonblocking(&dir, &rel, false)?, atime, mtime)?;
                Response::Done
            }
            Prepared::Fchmod(file, mode) => {
                io(file.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(mode)))?;
                Response::Done
            }
            Prepared::Futimes(file, atime, mtime) => {
                set_times(&file, atime, mtime)?;
                Response::Done
            }
            Prepared::Access(dir, rel, wants_write) => {
                let metadata = io(dir.metadata(rel))?;
                if wants_write && metadata.permissions().readonly() {
                    return Err(ErrorCode::Eacces);
                }
                Response::Done
            }
            Prepared::Mkdtemp(dir, prefix, root) => {
                for _ in 0..16 {
                    let name = PathBuf::from(format!("{}{}", prefix.display(), temp_suffix()));
                    match dir.create_dir(&name) {
                        Ok(()) => return Ok(Done::Response(Response::Path(Some(root.join(name).to_string_lossy().into_owned())))),
                        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                        Err(e) => return Err(error_code(&e)),
                    }
                }
                return Err(ErrorCode::Eexist);
            }
            Prepared::Open(dir, rel, mode, permissions, in_write_grant) => {
                let mut options = open_options(&mode);
                cap_std::fs::OpenOptionsExt::mode(&mut options, permissions);
                return Ok(Done::Opened(io(dir.open_with(&rel, &options))?.into_std(), in_write_grant));
            }
            Prepared::Read(file, length, position, budget) => {
                // A guest may ask for any length: expect what the file can give, not what was asked.
                let length = length.min(MAX_IO);
                let metadata = io(file.metadata())?;
                let expected = if metadata.is_file() {
                    let offset = match position {
                        Some(offset) => offset,
                        None => io((&*file).stream_position())?,
                    };
                    metadata.len().saturating_sub(offset).min(length)
                } else {
                    length.min(READ_CHUNK as u64)
                };
                let (bytes, reservation) = match position {
                    Some(offset) => read_bounded(PositionedReader { file: &file, offset }, expected, length, false, &budget)?,
                    None => read_bounded(&*file, expected, length, false, &budget)?,
                };
                return Ok(Done::Read(bytes, reservation));
            }
            Prepared::Write(file, bytes, position) => {
                match position {
                    Some(offset) => io(file.write_all_at(&bytes, offset))?,
                    None => io((&*file).write_all(&bytes))?,
                }
                Response::Count(bytes.len() as u64)
            }
            Prepared::Fstat(file) => Response::Stat(file_stat(&io(Metadata::from_file(&file))?)),
            Prepared::Ftruncate(file, length) => {
                io(file.set_len(length))?;
                Response::Done
            }
            Prepared::Fsync(file) => {
                io(file.sync_all())?;
                Response::Done
            }
            Prepared::Statfs(dir, rel) => {
                // Opened only to name the file system (a FIFO does not wait for its other end).
                let stats = io(rustix::fs::fstatfs(open_nonblocking(&dir, &rel, false)?).map_err(std::io::Error::from))?;
                Response::Statfs(FsStats {
                    kind: stats.f_type as u64,
                    bsize: stats.f_bsize as u64,
                    blocks: stats.f_blocks,
                    bfree: stats.f_bfree,
                    bavail: stats.f_bavail,
                    files: stats.f_files,
                    ffree: stats.f_ffree,
                })
            }
            Prepared::Finished(response) => response,
        }))
    }
}
