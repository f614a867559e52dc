pub mod completions;
pub mod buffers;
