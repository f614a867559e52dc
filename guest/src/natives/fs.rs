//! File system requests for js-lib's `fs`: `call(kind, ...args)` runs one now,
//! `start(kind, ...args)` in the background (see `event_loop`). A result comes back as
//! a plain JavaScript value, a failure as a negative errno (a number where no success
//! is one) from which js-lib builds Node's error: it knows the syscall and the path.

use rquickjs::function::Rest;
use rquickjs::{ArrayBuffer, Ctx, Exception, FromJs, Function, IntoJs, Object, TypedArray, Value};

use crate::wit::nodule::runtime::fs::{self, FileKind, FileStat, OpenMode, Request, Response};

fn kind_number(kind: FileKind) -> u32 {
    kind as u32
}

/// Every kind by its name, for js-lib (`internalBinding('fs').kinds.DIRECTORY`): the
/// numbers `kind_number` gives, so the two sides cannot disagree.
const KINDS: [(&str, FileKind); 8] = [
    ("FILE", FileKind::File),
    ("DIRECTORY", FileKind::Directory),
    ("SYMLINK", FileKind::Symlink),
    ("BLOCK_DEVICE", FileKind::BlockDevice),
    ("CHAR_DEVICE", FileKind::CharDevice),
    ("FIFO", FileKind::Fifo),
    ("SOCKET", FileKind::Socket),
    ("UNKNOWN", FileKind::Unknown),
];

/// The bits of an open mode as js-lib passes it (`internalBinding('fs').openFlags`).
const OPEN_FLAGS: [(&str, u32); 6] = [("READ", 1), ("WRITE", 2), ("APPEND", 4), ("CREATE", 8), ("TRUNCATE", 16), ("EXCLUSIVE", 32)];

fn open_mode(bits: u32) -> OpenMode {
    let set = |name: &str| OPEN_FLAGS.iter().any(|&(flag, bit)| flag == name && bits & bit != 0);
    OpenMode {
        read: set("READ"),
        write: set("WRITE"),
        append: set("APPEND"),
        create: set("CREATE"),
        truncate: set("TRUNCATE"),
        exclusive: set("EXCLUSIVE"),
    }
}

/// The arguments of one request, taken in order.
struct Args<'js> {
    ctx: Ctx<'js>,
    values: std::vec::IntoIter<Value<'js>>,
}

impl<'js> Args<'js> {
    fn next<T: rquickjs::FromJs<'js>>(&mut self) -> rquickjs::Result<T> {
        let value = self.values.next().unwrap_or_else(|| Value::new_undefined(self.ctx.clone()));
        T::from_js(&self.ctx, value)
    }

    fn bytes(&mut self) -> rquickjs::Result<Vec<u8>> {
        let array: TypedArray<u8> = self.next()?;
        // SAFETY: copied out at once, before any JavaScript runs.
        Ok(unsafe { array.as_bytes() }.unwrap_or_default().to_vec())
    }

    /// A file position: absent (`null`/negative) means the descriptor's own offset. A
    /// bigint (js-lib checked it fits 64 bits) is taken exactly: a number cannot say every
    /// position past 2^53.
    fn position(&mut self) -> rquickjs::Result<Option<u64>> {
        let value: Value<'js> = self.next()?;
        if let Some(big) = value.as_big_int() {
            return Ok(u64::try_from(big.clone().to_i64()?).ok());
        }
        let position: Option<f64> = Option::from_js(&self.ctx, value)?;
        Ok(position.filter(|p| *p >= 0.0).map(|p| p as u64))
    }

    fn nanoseconds(&mut self) -> rquickjs::Result<i64> {
        let milliseconds: f64 = self.next()?;
        Ok((milliseconds * 1e6) as i64)
    }
}

fn request<'js>(ctx: &Ctx<'js>, kind: &str, args: Vec<Value<'js>>) -> rquickjs::Result<Request> {
    let mut a = Args { ctx: ctx.clone(), values: args.into_iter() };
    Ok(match kind {
        "readFile" => Request::ReadFile(a.next()?),
        "readDescriptor" => Request::ReadDescriptor(a.next()?),
        "writeFile" => Request::WriteFile((a.next()?, a.bytes()?, open_mode(a.next()?))),
        "stat" => Request::Stat(a.next()?),
        "lstat" => Request::Lstat(a.next()?),
        "readDir" => Request::ReadDir(a.next()?),
        "mkdir" => Request::Mkdir((a.next()?, a.next()?)),
        "rmdir" => Request::Rmdir(a.next()?),
        "rm" => Request::Rm((a.next()?, a.next()?, a.next()?)),
        "unlink" => Request::Unlink(a.next()?),
        "rename" => Request::Rename((a.next()?, a.next()?)),
        "copyFile" => Request::CopyFile((a.next()?, a.next()?, a.next()?)),
        "realpath" => Request::Realpath(a.next()?),
        "readlink" => Request::Readlink(a.next()?),
        "symlink" => Request::Symlink((a.next()?, a.next()?)),
        "link" => Request::Link((a.next()?, a.next()?)),
        "truncate" => Request::Truncate((a.next()?, a.next::<f64>()? as u64)),
        "chmod" => Request::Chmod((a.next()?, a.next()?)),
        "utimes" => Request::Utimes((a.next()?, a.nanoseconds()?, a.nanoseconds()?)),
        "access" => Request::Access((a.next()?, a.next()?)),
        "mkdtemp" => Request::Mkdtemp(a.next()?),
        "open" => Request::Open((a.next()?, open_mode(a.next()?), a.next()?)),
        "close" => Request::Close(a.next()?),
        "read" => Request::Read((a.next()?, a.next::<f64>()? as u64, a.position()?)),
        "write" => Request::Write((a.next()?, a.bytes()?, a.position()?)),
        "fstat" => Request::Fstat(a.next()?),
        "ftruncate" => Request::Ftruncate((a.next()?, a.next::<f64>()? as u64)),
        "fchmod" => Request::Fchmod((a.next()?, a.next()?)),
        "futimes" => Request::Futimes((a.next()?, a.nanoseconds()?, a.nanoseconds()?)),
        "fsync" => Request::Fsync(a.next()?),
        "statfs" => Request::Statfs(a.next()?),
        _ => return Err(Exception::throw_type(ctx, &format!("unknown fs request {kind}"))),
    })
}

/// A stat as the flat array js-lib reads (`fs.Stats` is built from it), with each
/// field's name: the one description of the layout, which js-lib takes from the binding
/// (`statLayout`). A time is two fields, whole seconds and nanoseconds.
fn stat_fields(stat: &FileStat) -> [(&'static str, f64); 19] {
    let seconds = |ns: i64| ns.div_euclid(1_000_000_000) as f64;
    let nanoseconds = |ns: i64| ns.rem_euclid(1_000_000_000) as f64;
    [
        ("kind", kind_number(stat.kind) as f64),
        ("dev", stat.dev as f64),
        ("ino", stat.ino as f64),
        ("mode", stat.mode as f64),
        ("nlink", stat.nlink as f64),
        ("uid", stat.uid as f64),
        ("gid", stat.gid as f64),
        ("rdev", stat.rdev as f64),
        ("size", stat.size as f64),
        ("blksize", stat.blksize as f64),
        ("blocks", stat.blocks as f64),
        ("atimeSeconds", seconds(stat.atime_ns)),
        ("atimeNanoseconds", nanoseconds(stat.atime_ns)),
        ("mtimeSeconds", seconds(stat.mtime_ns)),
        ("mtimeNanoseconds", nanoseconds(stat.mtime_ns)),
        ("ctimeSeconds", seconds(stat.ctime_ns)),
        ("ctimeNanoseconds", nanoseconds(stat.ctime_ns)),
        ("birthtimeSeconds", seconds(stat.birthtime_ns)),
        ("birthtimeNanoseconds", nanoseconds(stat.birthtime_ns)),
    ]
}

/// A response as JavaScript sees it. Stats are a flat array of numbers (js-lib builds
/// `fs.Stats` from it); directory entries alternate name and kind.
pub fn response_to_js<'js>(ctx: &Ctx<'js>, response: Response) -> rquickjs::Result<Value<'js>> {
    match response {
        Response::Done => Ok(Value::new_undefined(ctx.clone())),
        Response::Bytes(bytes) => Ok(ArrayBuffer::new(ctx.clone(), bytes)?.into_value()),
        Response::Stat(stat) => stat_fields(&stat).iter().map(|&(_, value)| value).collect::<Vec<_>>().into_js(ctx),
        Response::Entries(entries) => {
            let mut flat = Vec::with_capacity(entries.len() * 2);
            for entry in entries {
                flat.push(entry.name.into_js(ctx)?);
                flat.push(kind_number(entry.kind).into_js(ctx)?);
            }
            flat.into_js(ctx)
        }
        Response::Path(path) => path.into_js(ctx),
        Response::Fd(fd) => fd.into_js(ctx),
        Response::Count(count) => (count as f64).into_js(ctx),
        // In the order of Node's StatFs fields (js-lib's fs.StatFs).
        Response::Statfs(stats) => [stats.kind, stats.bsize, stats.blocks, stats.bfree, stats.bavail, stats.files, stats.ffree]
            .iter()
            .map(|&value| value as f64)
            .collect::<Vec<_>>()
            .into_js(ctx),
    }
}

fn call<'js>(ctx: Ctx<'js>, kind: String, args: Rest<Value<'js>>) -> rquickjs::Result<Value<'js>> {
    match fs::call(&request(&ctx, &kind, args.0)?) {
        Ok(response) => response_to_js(&ctx, response),
        Err(code) => super::errno(code).into_js(&ctx),
    }
}

fn start<'js>(ctx: Ctx<'js>, kind: String, args: Rest<Value<'js>>) -> rquickjs::Result<f64> {
    Ok(fs::start(&request(&ctx, &kind, args.0)?) as f64)
}

pub fn create<'js>(ctx: &Ctx<'js>) -> rquickjs::Result<Object<'js>> {
    let binding = Object::new(ctx.clone())?;
    binding.set("call", Function::new(ctx.clone(), call)?)?;
    binding.set("start", Function::new(ctx.clone(), start)?)?;
    binding.set("ACCESS_DENIED", super::ACCESS_DENIED)?;
    let kinds = Object::new(ctx.clone())?;
    for (name, kind) in KINDS {
        kinds.set(name, kind_number(kind))?;
    }
    binding.set("kinds", kinds)?;
    let flags = Object::new(ctx.clone())?;
    for (name, bit) in OPEN_FLAGS {
        flags.set(name, bit)?;
    }
    binding.set("openFlags", flags)?;
    let zero = FileStat {
        kind: FileKind::Unknown,
        dev: 0,
        ino: 0,
        mode: 0,
        nlink: 0,
        uid: 0,
        gid: 0,
        rdev: 0,
        size: 0,
        blksize: 0,
        blocks: 0,
        atime_ns: 0,
        mtime_ns: 0,
        ctime_ns: 0,
        birthtime_ns: 0,
    };
    binding.set("statLayout", stat_fields(&zero).iter().map(|&(name, _)| name).collect::<Vec<_>>())?;
    Ok(binding)
}
