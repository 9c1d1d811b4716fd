//! Everything a command prints on stdout goes through here: one writer that ends the
//! command quietly when the reader has gone (`den images | head -1`), one table printer
//! (podman's tabwriter layout), podman's size and duration wording (go-units), Go-template
//! rendering for `--format`, and pretty JSON. Commands print with `say!` or
//! `writeln!(output::stdout(), ..)`, never `println!` (which panics on a closed pipe).

use std::io::{self, Write};

use anyhow::Result;

pub mod format;
pub mod table;
pub mod template;
pub mod units;

pub use format::{Listing, Shape, parse_format, print_rows};
pub use table::format_table;
pub use template::Template;
pub use units::{GO_ZERO_TIME, go_time, human_duration, human_size};

/// The exit status when stdout's reader has gone: podman is ended by SIGPIPE and reports
/// 128 + 13, as a shell does (`set -o pipefail; podman images | head -c0` gives 141).
pub const EXIT_CLOSED_PIPE: i32 = 141;

/// Ends den at once, quietly, because nobody reads its output any more.
pub fn exit_closed_pipe() -> ! {
    std::process::exit(EXIT_CLOSED_PIPE)
}

/// den's stdout: a write to a closed pipe ends den quietly with `EXIT_CLOSED_PIPE` instead of
/// returning an error (or a panic, as `println!` gives); other errors are returned.
pub struct Stdout(io::StdoutLock<'static>);

/// den's stdout, locked for the caller.
pub fn stdout() -> Stdout {
    Stdout(io::stdout().lock())
}

/// Ends den quietly when `result` is a closed pipe.
fn check<T>(result: io::Result<T>) -> io::Result<T> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => exit_closed_pipe(),
        other => other,
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        check(self.0.write(buf))
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        check(self.0.write_all(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        check(self.0.flush())
    }
}

/// Prints one line on stdout through `output::stdout()`: a closed pipe ends den quietly, and
/// the line is a result (a name, an id), so a failed write is not worth failing the verb for.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!($crate::output::stdout(), $($arg)*);
    }};
}
pub(crate) use say;

/// Prints `value` as indented JSON and a newline, as podman's `--format json`.
pub fn print_json(value: &impl serde::Serialize) -> Result<()> {
    let mut out = stdout();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}
