pub mod completions;
