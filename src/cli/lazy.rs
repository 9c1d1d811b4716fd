//! `Lazy<T>`: a subcommand's flags, defined only when clap builds that subcommand.
//!
//! Building all of den's ~60 subcommands (about 2,000 flags, with the global flags copied
//! into each) took 5 ms and 4.6 MB of heap on every start, more than the container's own
//! set-up. clap's `Command::defer` delays a command's definition until it is built, and the
//! parser builds only the subcommand on the command line; the derive API has no attribute for
//! it (clap issue 4959), so each top-level variant wraps its arguments in `Lazy`. Help, man
//! pages and completions build the whole tree and see every flag as before.

use std::cell::Cell;
use std::ops::{Deref, DerefMut};

use clap::{ArgMatches, Args, Command, FromArgMatches};

thread_local! {
/// Set for good (on this thread) by `define_all`: from then on `Lazy` defines its flags at once, as plain
/// derive does, so a whole tree for completion or man pages comes out exactly as without
/// `Lazy` (clap's own `help` subcommand copies the tree as it stands when the root is built:
/// with deferred subcommands it would lack their nested ones). Only speed depends on it.
static EAGER: Cell<bool> = const { Cell::new(false) };
}

/// Makes every later `Lazy` of this thread define its flags at once (see `EAGER`).
pub fn define_all() {
    EAGER.set(true);
}

/// `T`'s arguments, added to their subcommand when it is built.
#[derive(Debug)]
pub struct Lazy<T>(pub T);

impl<T> Lazy<T> {
    /// The arguments.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> From<T> for Lazy<T> {
    fn from(t: T) -> Self {
        Lazy(t)
    }
}

impl<T> Deref for Lazy<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for Lazy<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<T: FromArgMatches> FromArgMatches for Lazy<T> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Lazy)
    }
    fn from_arg_matches_mut(matches: &mut ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches_mut(matches).map(Lazy)
    }
    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }
    fn update_from_arg_matches_mut(&mut self, matches: &mut ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches_mut(matches)
    }
}

/// `T`'s flags, added when the subcommand is built. The subcommand's about (the variant's doc
/// comment) was set after the deferral; the doc comments of `T` and of what it flattens would
/// replace it, so it is put back, as it is when clap adds the flags at once.
fn define<T: Args>(cmd: Command, update: bool) -> Command {
    let about = cmd.get_about().cloned();
    let long_about = cmd.get_long_about().cloned();
    let cmd = if update {
        T::augment_args_for_update(cmd)
    } else {
        T::augment_args(cmd)
    };
    let cmd = match about {
        Some(about) => cmd.about(about),
        None => cmd.about(None::<&str>),
    };
    match long_about {
        Some(long) => cmd.long_about(long),
        None => cmd.long_about(None::<&str>),
    }
}

impl<T: Args> Args for Lazy<T> {
    fn augment_args(cmd: Command) -> Command {
        if EAGER.get() {
            return T::augment_args(cmd);
        }
        cmd.defer(|cmd| define::<T>(cmd, false))
    }
    fn augment_args_for_update(cmd: Command) -> Command {
        if EAGER.get() {
            return T::augment_args_for_update(cmd);
        }
        cmd.defer(|cmd| define::<T>(cmd, true))
    }
    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// What a subcommand shows: its about texts, each flag's id, help and value names, and its
    /// subcommands.
    fn shape(cmd: &clap::Command) -> Vec<String> {
        let mut out = vec![
            format!("{:?}", cmd.get_about().map(ToString::to_string)),
            format!("{:?}", cmd.get_long_about().map(ToString::to_string)),
        ];
        let mut args: Vec<String> = cmd
            .get_arguments()
            .map(|a| {
                format!(
                    "{} {:?} {:?} {:?}",
                    a.get_id(),
                    a.get_long(),
                    a.get_help().map(ToString::to_string),
                    a.get_value_names()
                )
            })
            .collect();
        args.sort();
        out.extend(args);
        // Nested subcommands are built when the parse reaches them: their names and abouts.
        let mut subs: Vec<String> = cmd
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .map(|s| {
                format!(
                    "{} {:?}",
                    s.get_name(),
                    s.get_about().map(ToString::to_string)
                )
            })
            .collect();
        subs.sort();
        out.extend(subs);
        out
    }

    #[test]
    fn each_subcommand_built_alone_is_the_one_of_the_whole_tree() {
        // This thread has not called define_all: the Lazy variants defer.
        let lazy = crate::cli::Cli::command();
        let deferred: Vec<&clap::Command> = lazy.get_subcommands().collect();
        assert!(
            deferred.iter().any(|s| s.get_arguments().next().is_none()),
            "no subcommand was deferred"
        );
        let full = std::thread::spawn(crate::cli::full_command).join().unwrap();
        for sub in deferred {
            let mut one = lazy.clone();
            let name = sub.get_name().to_string();
            // Built as the parser builds the subcommand on the line: the root, then it.
            let mut m = one.try_get_matches_from_mut(["den", name.as_str(), "--help"]);
            assert!(m.as_mut().is_err(), "{name} --help did not stop the parse");
            let built = one.find_subcommand(&name).unwrap();
            let whole = full.find_subcommand(&name).unwrap();
            assert_eq!(shape(built), shape(whole), "den {name}");
        }
    }
}
