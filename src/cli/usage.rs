//! Parsing the command line with podman's exit codes and den's error layout: an unknown
//! command or flag, a missing argument or a bad value is exit 125 with `error:` naming the
//! problem and `hint:` the nearest real command or flag (never clap's exit 2, nor its tip to
//! pass a flag after `--`); `--help` and `--version` print and exit 0.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::Cli;
use crate::error::EXIT_DEN;

/// Parses `std::env::args`; on a usage error, prints it and returns the exit code.
pub fn parse() -> Result<Cli, i32> {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    parse_from(&args)
}

/// `parse` of `args` (den's name first).
fn parse_from(args: &[String]) -> Result<Cli, i32> {
    // Not built: the walk and the parse each build only the subcommand on the line
    // (`cli::Lazy`; building all of them was den's largest start-up cost).
    let cmd = <Cli as clap::CommandFactory>::command();
    let line = arranged(&cmd, args);
    let mut cmd = globals_on_root_only(cmd);
    cmd.try_get_matches_from_mut(&line)
        .and_then(|mut m| <Cli as clap::FromArgMatches>::from_arg_matches_mut(&mut m))
        .map_err(|e| report(&e.format(&mut cmd), args))
}

/// `cmd` with its global flags defined on the root alone (`arranged` has moved them there):
/// clap would copy each into every subcommand when it builds the root.
fn globals_on_root_only(mut cmd: clap::Command) -> clap::Command {
    let globals: Vec<clap::Id> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().clone())
        .collect();
    for id in globals {
        cmd = cmd.mut_arg(id, |a| a.global(false));
    }
    cmd
}

/// `args` arranged for the parse (`cli::argv::arrange`): podman stops parsing flags at
/// `run`'s image, as what follows is the program's, and global flags after a subcommand are
/// moved before it.
fn arranged(root: &clap::Command, args: &[String]) -> Vec<String> {
    match args.split_first() {
        Some((program, rest)) => {
            let mut line = vec![program.clone()];
            line.extend(super::argv::arrange(root, rest));
            line
        }
        None => args.to_vec(),
    }
}

/// Prints a clap error den's way and returns the exit code for it.
fn report(e: &clap::Error, args: &[String]) -> i32 {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            0
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            EXIT_DEN
        }
        _ => {
            let (message, hint) = describe(e, args);
            eprintln!("error: {message}");
            eprintln!("hint: {hint}");
            EXIT_DEN
        }
    }
}

/// The `error:` line and the `hint:` line for a usage error.
fn describe(e: &clap::Error, args: &[String]) -> (String, String) {
    let path = command_path(e).unwrap_or_else(|| path_from_args(args));
    let help = format!("see: {path} --help");
    let strings = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    };
    let did_you_mean = |found: Vec<String>, quote: bool| {
        if found.is_empty() {
            help.clone()
        } else if quote {
            let names: Vec<String> = found.iter().map(|s| format!("\"{s}\"")).collect();
            format!("did you mean {}? ({help})", names.join(" or "))
        } else {
            format!("did you mean {}? ({help})", found.join(" or "))
        }
    };
    match e.kind() {
        ErrorKind::InvalidSubcommand => {
            let given = strings(ContextKind::InvalidSubcommand).join(" ");
            let near = strings(ContextKind::SuggestedSubcommand);
            (
                format!("{path} has no command \"{given}\""),
                did_you_mean(near, true),
            )
        }
        ErrorKind::UnknownArgument => {
            let given = strings(ContextKind::InvalidArg).join(" ");
            let near: Vec<String> = strings(ContextKind::SuggestedArg)
                .into_iter()
                .filter(|s| s.starts_with('-'))
                .collect();
            if given.starts_with('-') {
                let flag = given.split('=').next().unwrap_or(&given);
                (
                    format!("{path} has no flag {flag}"),
                    did_you_mean(near, false),
                )
            } else {
                (format!("{path} takes no argument \"{given}\""), help)
            }
        }
        ErrorKind::MissingSubcommand => (format!("{path} needs a command"), help),
        ErrorKind::InvalidValue if !strings(ContextKind::ValidValue).is_empty() => (
            first_line(e),
            format!(
                "valid values: {} ({help})",
                strings(ContextKind::ValidValue).join(", ")
            ),
        ),
        _ => (first_line(e), help),
    }
}

/// clap's own message, its first line without `error: `.
fn first_line(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let line = text.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line).to_string()
}

/// `den`, `den rm`, `den container rm`: the command the error is about, from clap's usage.
fn command_path(e: &clap::Error) -> Option<String> {
    let usage = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        _ => String::new(),
    };
    let words: Vec<&str> = usage
        .lines()
        .next()
        .unwrap_or_default()
        .trim()
        .trim_start_matches("Usage:")
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The command path from the arguments themselves, for errors clap gives no usage with
/// (a flag without its value): subcommand names, skipping flags and their values.
fn path_from_args(args: &[String]) -> String {
    let root = super::full_command();
    let mut cmd = root.clone();
    let mut path = vec!["den".to_string()];
    let takes_value = |cmd: &clap::Command, matches: &dyn Fn(&clap::Arg) -> bool| {
        cmd.get_arguments()
            .chain(root.get_arguments())
            .any(|a| matches(a) && a.get_action().takes_values())
    };
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        if arg == "--" {
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            if !long.contains('=') && takes_value(&cmd, &|a| a.get_long() == Some(long)) {
                rest.next();
            }
            continue;
        }
        if let Some(shorts) = arg.strip_prefix('-') {
            if let Some(last) = shorts.chars().last()
                && shorts.chars().count() == 1
                && takes_value(&cmd, &|a| a.get_short() == Some(last))
            {
                rest.next();
            }
            continue;
        }
        let Some(sub) = cmd.find_subcommand(arg).cloned() else {
            break;
        };
        path.push(sub.get_name().to_string());
        cmd = sub;
    }
    path.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, Parser};

    fn error_for(args: &[&str]) -> (String, String) {
        let e = Cli::try_parse_from(args).unwrap_err();
        let args: Vec<String> = args.iter().map(ToString::to_string).collect();
        describe(&e, &args)
    }

    #[test]
    fn unknown_commands_name_the_nearest() {
        let (message, hint) = error_for(&["den", "psx"]);
        assert_eq!(message, "den has no command \"psx\"");
        assert!(hint.contains("\"ps\""), "{hint}");
        let (message, _) = error_for(&["den", "container", "nosuch"]);
        assert_eq!(message, "den container has no command \"nosuch\"");
    }

    #[test]
    fn unknown_flags_name_the_command() {
        let (message, hint) = error_for(&["den", "rm", "--forc", "x"]);
        assert_eq!(message, "den rm has no flag --forc");
        assert!(hint.contains("--force"), "{hint}");
        assert!(!hint.contains("-- --forc"), "{hint}");
        let (message, _) = error_for(&["den", "rm", "--nosuch=1", "x"]);
        assert_eq!(message, "den rm has no flag --nosuch");
    }

    /// Lines with global flags anywhere parse as clap parses them with the flags copied into
    /// every subcommand.
    #[test]
    fn global_flags_anywhere_parse_as_when_copied() {
        for line in [
            "den ps --root /s -a",
            "den --runroot /r container rm --root=/s -f --log-level debug a",
            "den run --storage-driver vfs --rm -e A=1 img sh -c x --root y",
            "den network create --syslog --subnet 10.1.0.0/24 n",
            "den image ls --storage-opt a=b --storage-opt c=d",
            "den exec -it --events-backend none web ls",
            "den --root /a ps --root /b",
        ] {
            let args: Vec<String> = line.split(' ').map(String::from).collect();
            let ours = parse_from(&args).unwrap_or_else(|code| panic!("{line}: exit {code}"));
            let copied = Cli::try_parse_from(arranged(&Cli::command(), &args)).unwrap();
            assert_eq!(format!("{ours:?}"), format!("{copied:?}"), "{line}");
        }
        let args: Vec<String> = ["den", "ps", "--root", "/s"].map(String::from).to_vec();
        assert_eq!(
            parse_from(&args).unwrap().root,
            Some(std::path::PathBuf::from("/s"))
        );
    }

    #[test]
    fn usage_errors_are_125() {
        let e = Cli::try_parse_from(["den", "kill", "-s"]).unwrap_err();
        assert_eq!(report(&e, &[]), EXIT_DEN);
        let (_, hint) = error_for(&["den", "--root", "/s", "container", "kill", "-s"]);
        assert_eq!(hint, "see: den container kill --help");
        let e = Cli::try_parse_from(["den", "--help"]).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::DisplayHelp);
    }
}
