//! Error plumbing shared by every command: hints that tell the user the fix, errors that came
//! from a child process, and the exit code an error maps to (podman's: 125 den's own failure,
//! 126 cannot execute, 127 not found).

use std::fmt;

/// den's own failure.
pub const EXIT_DEN: i32 = 125;
/// The container's command exists but cannot be executed.
pub const EXIT_CANNOT_EXECUTE: i32 = 126;
/// The container's command was not found.
pub const EXIT_NOT_FOUND: i32 = 127;

/// An error annotated with what den knows beyond its message: the fix to print as `hint:`,
/// and the exit code den should end with (126 or 127 for a command that cannot run).
/// Annotating an already annotated error merges into it, so the chain has one of these.
#[derive(Debug)]
pub struct Annotated {
    pub hint: Option<String>,
    pub code: Option<i32>,
    inner: anyhow::Error,
}

impl fmt::Display for Annotated {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.inner)
    }
}

impl std::error::Error for Annotated {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner.chain().nth(1)
    }
}

fn annotate(e: anyhow::Error, edit: impl FnOnce(&mut Annotated)) -> anyhow::Error {
    let mut a = match e.downcast::<Annotated>() {
        Ok(a) => a,
        Err(inner) => Annotated {
            hint: None,
            code: None,
            inner,
        },
    };
    edit(&mut a);
    anyhow::Error::new(a)
}

/// Attaches a fix to an error: `hint: <text>` is printed after the error.
pub trait HintExt<T> {
    fn hint(self, hint: impl Into<String>) -> anyhow::Result<T>;
}

impl<T, E: Into<anyhow::Error>> HintExt<T> for Result<T, E> {
    fn hint(self, hint: impl Into<String>) -> anyhow::Result<T> {
        self.map_err(|e| annotate(e.into(), |a| a.hint = Some(hint.into())))
    }
}

/// Attaches the exit code den should end with to an error.
pub trait ExitCodeExt<T> {
    fn exit_code(self, code: i32) -> anyhow::Result<T>;
}

impl<T, E: Into<anyhow::Error>> ExitCodeExt<T> for Result<T, E> {
    fn exit_code(self, code: i32) -> anyhow::Result<T> {
        self.map_err(|e| annotate(e.into(), |a| a.code = Some(code)))
    }
}

/// Builds an error with a hint in one call.
pub fn hinted(message: impl fmt::Display, hint: impl Into<String>) -> anyhow::Error {
    annotate(anyhow::anyhow!("{message}"), |a| a.hint = Some(hint.into()))
}

/// Whether `err` comes from a full disk (ENOSPC), in this process or a helper of den's.
pub fn is_no_space(err: &anyhow::Error) -> bool {
    let enospc = nix::errno::Errno::ENOSPC as i32;
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.raw_os_error() == Some(enospc))
            || cause.to_string().contains(&format!("(os error {enospc})"))
    })
}

/// A full disk says so first, names the store, and hints the fix; other errors pass as they
/// are.
pub fn explain_no_space(err: anyhow::Error, store: &std::path::Path) -> anyhow::Error {
    if !is_no_space(&err) {
        return err;
    }
    let err = err.context(format!(
        "no space left on device: the store \"{}\" is full",
        store.display()
    ));
    annotate(err, |a| {
        a.hint = Some(
            "free space on that file system (den image prune removes unused images), or put \
             the store on a larger one with --root or [storage] root in config.toml"
                .to_string(),
        );
    })
}

/// An error that happened in another process of den (a namespace helper, the container's
/// setup) and was sent to the parent as its chain of messages.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Remote {
    pub messages: Vec<String>,
    pub hint: Option<String>,
    pub exit_code: i32,
}

impl Remote {
    /// Captures an error for sending to the parent.
    pub fn capture(err: &anyhow::Error) -> Remote {
        let mut messages = Vec::new();
        let mut hint = None;
        let mut exit_code = EXIT_DEN;
        for cause in err.chain() {
            if let Some(remote) = cause.downcast_ref::<Remote>() {
                messages.extend(remote.messages.iter().cloned());
                hint = hint.or_else(|| remote.hint.clone());
                exit_code = remote.exit_code;
                break;
            }
            if let Some(a) = cause.downcast_ref::<Annotated>() {
                hint = hint.or_else(|| a.hint.clone());
                if let Some(code) = a.code {
                    exit_code = code;
                }
            }
            messages.push(cause.to_string());
        }
        messages.dedup();
        Remote {
            messages,
            hint,
            exit_code,
        }
    }
}

impl fmt::Display for Remote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.messages.join(": "))
    }
}

impl std::error::Error for Remote {}

/// Prints an error the one way den prints errors, and returns the exit code for it.
pub fn report(err: &anyhow::Error) -> i32 {
    let remote = Remote::capture(err);
    let mut lines = remote.messages.iter();
    if let Some(first) = lines.next() {
        eprintln!("error: {first}");
    }
    for line in lines {
        eprintln!("  caused by: {line}");
    }
    if let Some(hint) = &remote.hint {
        eprintln!("hint: {hint}");
    }
    remote.exit_code
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn capture_keeps_chain_hint_and_code() {
        let err: anyhow::Result<()> = Err(std::io::Error::from(std::io::ErrorKind::NotFound))
            .exit_code(127)
            .hint("install it")
            .context("running \"foo\"");
        let remote = Remote::capture(&err.unwrap_err());
        assert_eq!(remote.exit_code, 127);
        assert_eq!(remote.hint.as_deref(), Some("install it"));
        assert_eq!(remote.messages[0], "running \"foo\"");
        assert!(remote.messages.iter().any(|m| m.contains("not found")));
    }

    #[test]
    fn a_full_disk_is_named_and_hinted() {
        let full: anyhow::Result<()> =
            Err(std::io::Error::from_raw_os_error(28)).context("reading layer 1 of \"x.tar\"");
        let err = explain_no_space(full.unwrap_err(), std::path::Path::new("/s"));
        let remote = Remote::capture(&err);
        assert_eq!(
            remote.messages[0],
            "no space left on device: the store \"/s\" is full"
        );
        assert_eq!(remote.messages[1], "reading layer 1 of \"x.tar\"");
        assert!(remote.hint.is_some_and(|h| h.contains("prune")));
        let other = explain_no_space(anyhow::anyhow!("boom"), std::path::Path::new("/s"));
        assert_eq!(other.to_string(), "boom");
        assert!(is_no_space(&anyhow::anyhow!(
            "writing: no space left on device (os error 28)"
        )));
    }
}
