//! Walking a command line through clap's definition of den without parsing it: which word is
//! a subcommand, a flag, a flag's value or a positional. Shell completion uses it to find the
//! positional being typed (`cli::complete`), and `cli::parse` to find where `run`'s image
//! ends, so that the program's own flags are never taken for den's (podman stops parsing at
//! the image: `den run --entrypoint stat IMG -c %u F` passes `-c` to stat).

use clap::{Arg, Command};

/// What one word of the line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word<'a> {
    /// A subcommand name: the walk continues in it.
    Subcommand,
    /// A flag; `Some(arg)` when its value is the next word.
    Flag(&'a Arg, bool),
    /// A flag den does not know (clap will say so).
    UnknownFlag,
    /// The value of the flag before it.
    Value(&'a Arg),
    /// The N-th (0-based) positional of the current command.
    Positional(usize),
    /// `--`: every later word is a positional.
    EndOfFlags,
}

/// The walk's state: the current command and how many positionals it has had.
pub struct Walker<'a> {
    pub cmd: &'a Command,
    pub path: Vec<String>,
    pub positionals: usize,
    pending: Option<&'a Arg>,
    rest_are_positional: bool,
    /// A built copy of one top-level subcommand, walked in its place (see `built_subcommand`).
    substitute: Option<&'a Command>,
}

fn takes_value(arg: &Arg) -> bool {
    arg.get_action().takes_values() && arg.get_num_args().is_none_or(|n| n.min_values() > 0)
}

fn find_long<'a>(cmd: &'a Command, name: &str) -> Option<&'a Arg> {
    cmd.get_arguments().find(|a| long_named(a, name))
}

/// Whether `--name` is `arg`'s long flag or one of its aliases.
fn long_named(arg: &Arg, name: &str) -> bool {
    arg.get_long() == Some(name) || arg.get_all_aliases().is_some_and(|al| al.contains(&name))
}

fn find_short(cmd: &Command, c: char) -> Option<&Arg> {
    cmd.get_arguments().find(|a| a.get_short() == Some(c))
}

impl<'a> Walker<'a> {
    pub fn new(cmd: &'a Command) -> Walker<'a> {
        Walker {
            cmd,
            path: Vec::new(),
            positionals: 0,
            pending: None,
            rest_are_positional: false,
            substitute: None,
        }
    }

    /// Whether the last word was a flag still waiting for its value.
    pub fn wants_value(&self) -> bool {
        self.pending.is_some()
    }

    /// Takes the next word.
    pub fn step(&mut self, word: &str) -> Word<'a> {
        if let Some(arg) = self.pending.take() {
            return Word::Value(arg);
        }
        if self.rest_are_positional {
            self.positionals += 1;
            return Word::Positional(self.positionals - 1);
        }
        if word == "--" {
            self.rest_are_positional = true;
            return Word::EndOfFlags;
        }
        if let Some(long) = word.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, _)) => (n, true),
                None => (long, false),
            };
            return match find_long(self.cmd, name) {
                Some(arg) => {
                    let next = !inline && takes_value(arg);
                    if next {
                        self.pending = Some(arg);
                    }
                    Word::Flag(arg, next)
                }
                None => Word::UnknownFlag,
            };
        }
        if word.len() > 1 && word.starts_with('-') {
            // A cluster of short flags: one that takes a value ends it, and its value is the
            // rest of the word or the next word.
            let shorts: Vec<char> = word[1..].chars().collect();
            let mut last = None;
            for (i, c) in shorts.iter().enumerate() {
                let Some(arg) = find_short(self.cmd, *c) else {
                    return Word::UnknownFlag;
                };
                last = Some(arg);
                if takes_value(arg) {
                    let next = i + 1 == shorts.len();
                    if next {
                        self.pending = Some(arg);
                    }
                    return Word::Flag(arg, next);
                }
            }
            return last.map_or(Word::UnknownFlag, |a| Word::Flag(a, false));
        }
        if self.positionals == 0
            && let Some(mut sub) = self.cmd.find_subcommand(word)
        {
            if let Some(built) = self.substitute
                && self.path.is_empty()
                && built.get_name() == sub.get_name()
            {
                sub = built;
            }
            self.path.push(sub.get_name().to_string());
            self.cmd = sub;
            return Word::Subcommand;
        }
        self.positionals += 1;
        Word::Positional(self.positionals - 1)
    }
}

/// `args` (argv without den's own name) arranged for clap's parse of a root whose global
/// flags are not copied into subcommands (`cli::parse`):
/// - a global flag given after the subcommand (`den ps --root DIR`, podman takes it
///   anywhere) is moved, with its value, to just before the first subcommand name, in the
///   order given;
/// - `--` is put after the first positional of a command whose later positionals take
///   whatever follows (`run IMAGE COMMAND...`, `exec CONTAINER COMMAND...`), so that no word
///   of the program's is parsed as den's flag (nor moved as a global one).
///
/// Copying the ~20 global flags into each of the ~60 subcommands was the largest part of
/// den's start-up that was left after `cli::Lazy` (each clap `Arg` is cloned, about 1,200 of
/// them, on every start). `cmd` need not be built: only the subcommand on the line is
/// (`built_subcommand`), so that den's start does not pay for defining the others.
pub fn arrange(cmd: &Command, args: &[String]) -> Vec<String> {
    let built = built_subcommand(cmd, args);
    let globals: Vec<&Arg> = cmd.get_arguments().filter(|a| a.is_global_set()).collect();
    let mut walker = Walker::new(cmd);
    walker.substitute = built.as_ref();
    let mut front = Vec::new();
    let mut moved = Vec::new();
    let mut rest = Vec::new();
    let mut words = args.iter();
    while let Some(word) = words.next() {
        if !walker.path.is_empty()
            && !walker.wants_value()
            && !walker.rest_are_positional
            && let Some(global) = global_flag(&globals, walker.cmd, word)
        {
            moved.push(word.clone());
            if !word.contains('=') && takes_value(global) {
                let Some(value) = words.next() else {
                    // No value: the line ends with the flag, for clap's error about it.
                    front.extend(moved);
                    return front;
                };
                moved.push(value.clone());
            }
            continue;
        }
        let step = walker.step(word);
        if walker.path.is_empty() {
            front.push(word.clone());
            continue;
        }
        rest.push(word.clone());
        if step == Word::Positional(0) && takes_program(walker.cmd) {
            let remaining: Vec<String> = words.cloned().collect();
            if remaining.first().is_some_and(|next| next != "--") {
                rest.push("--".to_string());
            }
            rest.extend(remaining);
            break;
        }
    }
    front.extend(moved);
    front.extend(rest);
    front
}

/// The global flag `word` is (`--root`, `--root=DIR`), when `cmd` has no flag of that name.
fn global_flag<'a>(globals: &[&'a Arg], cmd: &Command, word: &str) -> Option<&'a Arg> {
    let long = word.strip_prefix("--")?;
    let name = long.split_once('=').map_or(long, |(n, _)| n);
    if name.is_empty() || find_long(cmd, name).is_some() {
        return None;
    }
    globals.iter().copied().find(|a| long_named(a, name))
}

/// The top-level subcommand `args` name, built (its deferred flags defined, and nested
/// subcommands), as clap's parser will build it; None when the line names none.
fn built_subcommand(root: &Command, args: &[String]) -> Option<Command> {
    let mut walker = Walker::new(root);
    for word in args {
        match walker.step(word) {
            Word::Subcommand => {
                let mut sub = walker.cmd.clone();
                sub.build();
                return Some(sub);
            }
            Word::Positional(_) | Word::EndOfFlags => return None,
            _ => {}
        }
    }
    None
}

/// Whether `cmd`'s last positional is a trailing list of the program's words.
fn takes_program(cmd: &Command) -> bool {
    let positionals: Vec<&Arg> = cmd.get_positionals().collect();
    positionals.len() >= 2
        && positionals
            .last()
            .is_some_and(|a| a.is_trailing_var_arg_set() || cmd.is_trailing_var_arg_set())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn protect(line: &str) -> String {
        let cmd = crate::cli::Cli::command();
        let args: Vec<String> = line.split(' ').map(String::from).collect();
        arrange(&cmd, &args).join(" ")
    }

    #[test]
    fn the_programs_flags_stay_the_programs() {
        assert_eq!(
            protect("run --rm --entrypoint stat img -c %u /f"),
            "run --rm --entrypoint stat img -- -c %u /f"
        );
        assert_eq!(protect("run img ls -l"), "run img -- ls -l");
        assert_eq!(protect("run img"), "run img");
        assert_eq!(protect("run img -- ls"), "run img -- ls");
        assert_eq!(
            protect("--root /s container create -e A=1 -v x:/y img -c"),
            "--root /s container create -e A=1 -v x:/y img -- -c"
        );
        assert_eq!(protect("exec -it web -c x"), "exec -it web -- -c x");
        // Commands whose positionals are all names are left alone.
        assert_eq!(protect("rm -f a -t 0"), "rm -f a -t 0");
        assert_eq!(protect("ps -a"), "ps -a");
    }

    #[test]
    fn global_flags_move_before_the_subcommand() {
        assert_eq!(protect("ps --root /s -a"), "--root /s ps -a");
        assert_eq!(
            protect("--runroot /r container rm --root=/s -f --log-level debug a"),
            "--runroot /r --root=/s --log-level debug container rm -f a"
        );
        assert_eq!(protect("ps --syslog -a"), "--syslog ps -a");
        // A root-only flag stays where it is (clap refuses it after the subcommand).
        assert_eq!(protect("images --noout"), "images --noout");
        // A missing value is clap's to report, on the flag.
        assert_eq!(protect("ps -a --root"), "--root");
        // A value that looks like a global flag stays the flag's value.
        assert_eq!(protect("run -e --root img"), "run -e --root img");
        // The program's words are its own, and so is whatever follows `--`.
        assert_eq!(
            protect("run --rm img ls --root /x"),
            "run --rm img -- ls --root /x"
        );
        assert_eq!(
            protect("run --log-level=debug img -- --root"),
            "--log-level=debug run img -- --root"
        );
    }
}
