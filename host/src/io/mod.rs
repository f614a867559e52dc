pub mod buffers;
pub mod completions;
