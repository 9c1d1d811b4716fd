//! The container's environment: an ordered list where a later NAME replaces an earlier one in
//! place, merged in linear time (an image may carry hundreds of thousands of entries), and the
//! check that the program's arguments and environment fit what execve(2) accepts.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::error::hinted;

/// The longest single argument or `NAME=VALUE` string execve(2) takes (`MAX_ARG_STRLEN`:
/// 32 pages).
const MAX_ARG_STRLEN: usize = 32 * 4096;

/// An ordered environment where a later NAME replaces an earlier one in place. The index of
/// names keeps every `set` O(1), so a merge is linear in the number of entries.
#[derive(Debug, Default)]
pub(crate) struct EnvList {
    entries: Vec<String>,
    index: HashMap<String, usize>,
}

impl EnvList {
    /// The list `base`, in order (a later duplicate NAME replaces the earlier one).
    pub(crate) fn from_entries(base: &[String]) -> EnvList {
        let mut env = EnvList::default();
        for e in base {
            env.set(e);
        }
        env
    }

    pub(crate) fn set(&mut self, entry: &str) {
        let name = entry.split('=').next().unwrap_or(entry);
        if let Some(&slot) = self.index.get(name) {
            self.entries[slot] = entry.to_string();
        } else {
            self.index.insert(name.to_string(), self.entries.len());
            self.entries.push(entry.to_string());
        }
    }

    pub(crate) fn contains_name(&self, name: &str) -> bool {
        self.index.contains_key(name)
    }

    /// `NAME=VALUE`, or `NAME` alone to copy den's own value (skipped when unset, as podman).
    pub(crate) fn set_from_flag(
        &mut self,
        flag: &str,
        host: &dyn Fn(&str) -> Option<String>,
    ) -> Result<()> {
        let name = flag.split('=').next().unwrap_or(flag);
        if name.is_empty() || name.contains(char::is_whitespace) {
            bail!("invalid environment variable \"{flag}\": expected NAME=VALUE");
        }
        if flag.contains('=') {
            self.set(flag);
        } else if let Some(value) = host(name) {
            self.set(&format!("{name}={value}"));
        }
        Ok(())
    }

    /// The lines of an `--env-file`: `NAME=VALUE` or `NAME`; blank lines and `#` comments
    /// are skipped.
    pub(crate) fn set_from_file(
        &mut self,
        path: &Path,
        text: &str,
        host: &dyn Fn(&str) -> Option<String>,
    ) -> Result<()> {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            self.set_from_flag(line, host)
                .with_context(|| format!("in env file \"{}\", line {}", path.display(), n + 1))?;
        }
        Ok(())
    }

    pub(crate) fn into_vec(self) -> Vec<String> {
        self.entries
    }
}

/// Refuses a program whose arguments and environment execve(2) would reject with E2BIG:
/// the kernel counts every string with its NUL and one pointer per string against `arg_max`
/// (a quarter of the stack limit), and no single string may exceed `MAX_ARG_STRLEN`.
pub(crate) fn check_exec_size(argv: &[String], env: &[String], arg_max: usize) -> Result<()> {
    if let Some(long) = argv.iter().chain(env).find(|s| s.len() >= MAX_ARG_STRLEN) {
        let name: String = long.chars().take(40).collect();
        bail!(
            "an argument or environment variable is too long for execve (E2BIG): \"{name}...\" is {} bytes, the limit is {MAX_ARG_STRLEN}",
            long.len()
        );
    }
    let strings = |list: &[String]| list.iter().map(|s| s.len() + 1).sum::<usize>();
    let pointers = (argv.len() + env.len()) * std::mem::size_of::<usize>();
    let env_bytes = strings(env);
    let total = strings(argv) + env_bytes + pointers;
    if total > arg_max {
        return Err(hinted(
            format!(
                "the container's environment is too large for execve (E2BIG): {} variables of {env_bytes} bytes; with the command that is {total} bytes, the limit is {arg_max}",
                env.len()
            ),
            "set fewer variables (the image's Env, run.env, --env-file, -e)",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_names_replace_earlier_ones_in_place() {
        let mut env = EnvList::from_entries(&["A=1".into(), "B=2".into(), "A=3".into()]);
        env.set("B=4");
        env.set("C");
        assert!(env.contains_name("C"));
        assert_eq!(env.into_vec(), ["A=3", "B=4", "C"]);
    }

    // A 200,000-entry image Env took minutes: each set searched the whole list. (The bound
    // is loose for a debug build on a busy machine; the quadratic merge needed minutes.)
    #[test]
    fn merging_a_huge_environment_is_linear() {
        let image: Vec<String> = (0..200_000).map(|i| format!("V{i}={i}")).collect();
        let start = std::time::Instant::now();
        let mut env = EnvList::from_entries(&image);
        for e in &image {
            env.set(e);
        }
        assert_eq!(env.into_vec().len(), 200_000);
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "took {:?}",
            start.elapsed()
        );
    }

    #[test]
    fn exec_size_follows_the_kernels_limits() {
        let argv = vec!["sh".to_string()];
        assert!(check_exec_size(&argv, &["A=1".into()], 128 * 1024).is_ok());
        let env: Vec<String> = (0..200_000).map(|i| format!("V{i}={i}")).collect();
        let err = check_exec_size(&argv, &env, 2 << 20)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("E2BIG") && err.contains("200000 variables"),
            "{err}"
        );
        let long = vec![format!("X={}", "y".repeat(MAX_ARG_STRLEN))];
        assert!(check_exec_size(&argv, &long, usize::MAX).is_err());
    }
}
